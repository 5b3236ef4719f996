import Foundation

/// Reads trade bulletins — press reports of customs and statistics releases, in Vietnamese or
/// English — into normalized figures, each with the sentence it came from.
///
///     let extractor = BulletinExtractor(reference: try ReferenceData.load(from: store.db))
///     let result = extractor.extract(text, year: 2024)
///     result.facts.first?.valueUSD   // 10000000000
///
/// The text is read sentence by sentence. In each, amounts in US dollars are found first; each
/// takes its flow, partner, commodity, sector and period from the words around it, falling back to
/// what earlier sentences established (a period stated once holds until another is stated).
public struct BulletinExtractor: Sendable {
    private let reference: ReferenceData
    private let partnerNames: Gazetteer

    public init(reference: ReferenceData) {
        self.reference = reference
        self.partnerNames = .partners(reference.partnerNames)
    }

    /// Extracts every money figure. `year` is used when the text names a month without its year
    /// and states no year anywhere; `language` overrides detection.
    ///
    /// `assumingYear` is for a text that states no year at all and gets none from `year` or a
    /// dateline: its months are then taken to be of that year, with a warning saying so.
    public func extract(_ text: String, year: Int? = nil, language: Language? = nil,
                        assumingYear: Int? = nil) -> ExtractionResult {
        let normalized = Self.normalize(text)
        let language = language ?? Language.detect(normalized)
        let tokens = Tokenizer.tokens(of: normalized)
        let scalars = Array(normalized.unicodeScalars)
        let commodityNames = Gazetteer.commodities(reference.commodityNames, language: language)
        let scanned = SentenceSplitter.split(tokens).map { sentence in
            (sentence, SentenceScanner(tokens: sentence.tokens, language: language, partners: partnerNames,
                                       commodities: commodityNames).scan())
        }
        let statedYear = Self.firstStatedYear(scanned.map(\.1)) ?? year ?? Dateline.year(in: tokens)
        var context = DocumentContext(fallbackYear: statedYear ?? assumingYear)
        context.soleCommodity = Self.soleCommodity(scanned.map(\.1))
        var facts: [ExtractedFact] = [], warnings: [ExtractionWarning] = []
        for (sentence, mentions) in scanned {
            var assembler = FactAssembler(sentence: sentence, mentions: mentions, scalars: scalars)
            let found = assembler.assemble(context: &context)
            facts = Self.merge(found.facts, into: facts)
            warnings += found.warnings
        }
        if statedYear == nil, context.statedYear == nil, let assumingYear, !facts.isEmpty {
            warnings.insert(ExtractionWarning(message: "the text states no year; its figures were taken as \(assumingYear)'s "
                + "(pass --year to say which)", text: ""), at: 0)
        }
        return ExtractionResult(language: language, facts: facts, warnings: warnings)
    }

    /// The first year the text states for its own figures, for sentences that come before it (a headline).
    private static func firstStatedYear(_ mentions: [SentenceMentions]) -> Int? {
        mentions.lazy.flatMap { $0.periods }.first { !$0.isComparison && $0.mention.statedYear != nil }?.mention.statedYear
    }

    /// The commodity a bulletin is about: the only one it names, named in its headline (first sentence).
    private static func soleCommodity(_ mentions: [SentenceMentions]) -> String? {
        let codes = Set(mentions.flatMap { $0.commodities.map(\.code) })
        guard codes.count == 1, let code = codes.first, mentions.first?.commodities.contains(where: { $0.code == code }) == true
        else { return nil }
        return code
    }

    /// NFC, with the spaces and dashes of copied web text made plain.
    static func normalize(_ text: String) -> String {
        var result = text.precomposedStringWithCanonicalMapping
        for (from, to) in [("\u{00A0}", " "), ("\u{2009}", " "), ("\u{202F}", " "), ("\r\n", "\n"), ("\r", "\n"),
                           ("\u{2212}", "-")] {
            result = result.replacingOccurrences(of: from, with: to)
        }
        return result
    }

    /// Adds `new` facts, folding a figure stated twice into the first statement. A restatement may
    /// round differently ("hơn 114,5 tỷ USD" in the lead, "114,57 tỷ USD" in the body): within 0.6%
    /// it is the same figure, and the exactly stated value is kept.
    static func merge(_ new: [ExtractedFact], into facts: [ExtractedFact]) -> [ExtractedFact] {
        var merged = facts
        for fact in new {
            if let index = merged.firstIndex(where: { $0.sameFigure(as: fact) }) {
                if merged[index].qualifier != .exact, fact.qualifier == .exact {
                    merged[index].valueUSD = fact.valueUSD
                    merged[index].qualifier = .exact
                }
                merged[index].yoyPct = merged[index].yoyPct ?? fact.yoyPct
                merged[index].momPct = merged[index].momPct ?? fact.momPct
                merged[index].deltaUSD = merged[index].deltaUSD ?? fact.deltaUSD
                merged[index].quantity = merged[index].quantity ?? fact.quantity
                merged[index].unit = merged[index].unit ?? fact.unit
            } else {
                merged.append(fact)
            }
        }
        return merged
    }
}

extension ExtractedFact {
    func sameFigure(as other: ExtractedFact) -> Bool {
        flow == other.flow && period == other.period && partner == other.partner && sector == other.sector
            && commodity == other.commodity
            && abs(Double(valueUSD) - Double(other.valueUSD)) <= 0.006 * abs(Double(valueUSD))
    }
}
