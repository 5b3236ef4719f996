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

    /// Extracts every money figure. Months written without a year take the year ranked by
    /// `YearEvidence`: the first figure's own period, then `year` (or the year of `published`) or a
    /// dateline, then a period stated later, a comparison ("so với cùng kỳ 2012" → 2013), a bare year.
    /// With `published`, a month after the publication date is of the year before.
    /// `language` overrides detection.
    ///
    /// A text that states no year at all and gets none from `year` or a dateline is dated by its
    /// figures when they match the published figures of one year (`FigureDating`), with a warning
    /// saying so. Otherwise, with `assumingYear`, its months are taken to be of that year, with a
    /// warning saying so.
    public func extract(_ text: String, year: Int? = nil, published: PublicationDate? = nil, language: Language? = nil,
                        assumingYear: Int? = nil) -> ExtractionResult {
        let normalized = PlainText.normalize(text)
        let language = language ?? Language.detect(normalized)
        let tokens = Tokenizer.tokens(of: normalized)
        let scalars = Array(normalized.unicodeScalars)
        let commodityNames = Gazetteer.commodities(reference.commodityNames, language: language)
        let scanned = SentenceSplitter.split(tokens).map { sentence in
            (sentence, SentenceScanner(tokens: sentence.tokens, language: language, partners: partnerNames,
                                       commodities: commodityNames).scan())
        }
        let dateline = Dateline.date(in: tokens)?.ordered(language: language, tokens: tokens) { year, month, day in
            Self.firstFigureEnds(after: (year, month, day), in: scanned.map(\.1))
        }
        var evidence = YearEvidence.rank(scanned.map(\.1), given: year ?? published?.year, dateline: dateline?.year)
        // A period cannot be reported before it ends: read in the publication date's year, a first figure's
        // period that ends after that date is of the year before.
        let publication = published.map { ($0.year, $0.month, $0.day) }
            ?? dateline.flatMap { date in date.month.map { (date.year, $0, date.day ?? 1) } }
        if let found = evidence, let publication, found.year == publication.0, [.given, .dateline].contains(found.source),
           Self.firstFigureEnds(after: publication, in: scanned.map(\.1)) {
            evidence = YearEvidence(year: found.year - 1, source: found.source)
        }
        var datingWarnings: [ExtractionWarning] = []
        if evidence == nil { (evidence, datingWarnings) = dateByPublishedFigures(scanned, scalars: scalars) }
        var (facts, warnings) = Self.assemble(scanned, scalars: scalars, year: evidence?.year ?? assumingYear)
        if evidence == nil, assumingYear != nil {
            for index in facts.indices { facts[index].reasons.weaken(.period, because: "its year assumed") }
        } else if let evidence, ![.firstFigure, .given, .dateline].contains(evidence.source) {
            for index in facts.indices { facts[index].reasons.weaken(.period, because: "year from \(evidence.source.rawValue)") }
        }
        if evidence == nil, let assumingYear, !facts.isEmpty {
            let count = facts.count == 1 ? "its 1 figure was" : "its \(facts.count) figures were"
            warnings.insert(ExtractionWarning(message: "the text states no year; \(count) taken as \(assumingYear)'s "
                + "(pass --year or --published to say which)", text: ""), at: 0)
        }
        return ExtractionResult(language: language, facts: facts, warnings: datingWarnings + warnings, yearSource: evidence?.source)
    }

    /// The year an undated text is first read in to match its figures against the published ones:
    /// any year does, as matching compares periods shifted by whole years.
    private static let probeYear = 2000

    /// Every figure of `scanned`, with months written without a year read in `year`.
    /// The year of a text that states none, from its figures read in a trial year and matched against
    /// Vietnam's published figures (`FigureDating`), with a warning saying how it was found, or none.
    private func dateByPublishedFigures(_ scanned: [(Sentence, SentenceMentions)], scalars: [Unicode.Scalar])
        -> (YearEvidence?, [ExtractionWarning]) {
        let figures: [PublishedFigure]
        do { figures = try reference.publishedFigures } catch {
            return (nil, [ExtractionWarning(message: "the text states no year, and the published figures that could date it "
                + "do not read: \(error)", text: "")])
        }
        guard !figures.isEmpty else { return (nil, []) }
        let probe = Self.assemble(scanned, scalars: scalars, year: Self.probeYear)
        switch FigureDating(figures).date(probe.facts, probeYear: Self.probeYear) {
        case .dated(let year, let matches):
            return (YearEvidence(year: year, source: .publishedFigures),
                    [Self.datedWarning(year: year, matches: matches, probeYear: Self.probeYear)])
        case .ambiguous(let years):
            return (nil, [ExtractionWarning(message: "the text states no year; its figures match the published "
                + "figures of \(years.map(String.init).joined(separator: " and ")) alike, so they date it to none", text: "")])
        case .unmatched:
            return (nil, [])
        }
    }

    private static func assemble(_ scanned: [(Sentence, SentenceMentions)], scalars: [Unicode.Scalar], year: Int?)
        -> (facts: [ExtractedFact], warnings: [ExtractionWarning]) {
        var context = DocumentContext(fallbackYear: year)
        context.soleCommodity = Self.soleCommodity(scanned.map(\.1))
        context.estimating = Self.isAnEstimateRelease(scanned)
        context.openingPeriod = (scanned.lazy.flatMap(\.1.periods).first {
            !$0.isComparison && !$0.isAside && !$0.mention.isYearOnly && !$0.mention.isToDate
        }?.mention ?? Self.leadYear(scanned.map(\.1)))?.period(contextYear: context.year)
        var facts: [ExtractedFact] = [], warnings: [ExtractionWarning] = []
        for (sentence, mentions) in scanned {
            var assembler = FactAssembler(sentence: sentence, mentions: mentions, scalars: scalars)
            let found = assembler.assemble(context: &context)
            facts = Self.merge(found.facts, into: facts)
            warnings += found.warnings
        }
        return (facts, warnings)
    }

    /// "Thương vụ ... cho biết năm 2025, quan hệ thương mại ...": the year a text names before its first figure,
    /// for figures of no period of their own when the text names no finer period at all.
    private static func leadYear(_ sentences: [SentenceMentions]) -> PeriodMention? {
        for sentence in sentences {
            let firstFigure = sentence.firstFigureStart
            if let year = sentence.periods.first(where: { !$0.isComparison && !$0.isAside && $0.mention.isYearOnly })?.mention,
               year.range.lowerBound < (firstFigure ?? .max) { return year }
            if firstFigure != nil { return nil }
        }
        return nil
    }

    /// The warning of a text dated by its figures, naming up to three of the published figures matched.
    private static func datedWarning(year: Int, matches: [FigureDating.Match], probeYear: Int) -> ExtractionWarning {
        let named = matches.prefix(3).map { match in
            let period = Period(firstHalf: match.fact.period.firstHalf + 24 * (year - probeYear),
                                lastHalf: match.fact.period.lastHalf + 24 * (year - probeYear))
            return "\(match.fact.flow.rawValue) \(match.fact.partner) \(match.fact.commodity) \(period.code) "
                + "\(match.fact.valueUSD) ~ \(match.figure.valueUSD) (\(match.figure.source))"
        }
        let more = matches.count > 3 ? " and \(matches.count - 3) more" : ""
        return ExtractionWarning(message: "the text states no year; its figures were dated \(year) because they match "
            + "Vietnam's published figures of \(year): \(named.joined(separator: "; "))\(more)", text: "")
    }

    /// Whether the first figure's period, written without a year, ends after the publication date when
    /// read in that date's year ("tháng 12" in a bulletin of 6 January 2024 is December 2023).
    private static func firstFigureEnds(after date: (year: Int, month: Int, day: Int), in sentences: [SentenceMentions]) -> Bool {
        guard let first = sentences.first(where: { sentence in
            sentence.money.contains { $0.role == .fact } && sentence.periods.contains { !$0.isComparison && !$0.isAside }
        }), let mention = first.periods.first(where: { !$0.isComparison && !$0.isAside })?.mention,
            mention.statedYear == nil, let period = mention.period(contextYear: date.year)
        else { return false }
        return period.lastHalf > Period.halfIndex(year: date.year, month: date.month, half: date.day <= 15 ? 0 : 1)
    }

    /// A bulletin whose first figures are estimates ("Kim ngạch xuất khẩu tháng Năm ước tính đạt ...") and
    /// that never names the customs office is a statistics office's estimate release: all its figures are estimates.
    private static let releaseEstimates = PhraseTable(ExtractionVocabulary.releaseEstimates, value: true)

    private static func isAnEstimateRelease(_ scanned: [(Sentence, SentenceMentions)]) -> Bool {
        guard let first = scanned.first(where: { $0.1.money.contains { $0.role == .fact } }),
              let amount = first.1.money.first(where: { $0.role == .fact })?.range.lowerBound,
              (first.0.tokens.startIndex..<amount).contains(where: { Self.releaseEstimates.matches(first.0.tokens, at: $0) })
        else { return false }
        return !scanned.contains { FactAssembler.countingSources.matchesAnywhere(in: $0.0.tokens) }
    }

    /// The commodity a bulletin is about: the only one it names, named in its headline (first sentence).
    private static func soleCommodity(_ mentions: [SentenceMentions]) -> String? {
        let codes = Set(mentions.flatMap { $0.commodities.map(\.code) })
        guard codes.count == 1, let code = codes.first, mentions.first?.commodities.contains(where: { $0.code == code }) == true
        else { return nil }
        return code
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
