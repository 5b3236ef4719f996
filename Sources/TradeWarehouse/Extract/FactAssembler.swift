/// Turns one sentence's mentions into facts, using and updating the document's context.
struct FactAssembler {
    typealias FlowMention = (index: Int, word: FlowWord, subjectPartner: String?, length: Int)
    typealias CommodityMention = (range: Range<Int>, code: String, name: String)

    let sentence: Sentence
    let mentions: SentenceMentions
    let scalars: [Unicode.Scalar]
    /// Why the figure being assembled gets each of its fields.
    let log = ReasonLog()

    var tokens: ArraySlice<Token> { sentence.tokens }

    /// Why an amount yielded no fact: a warning to show, or nothing (it is not a trade figure).
    struct Skipped: Error {
        let warning: ExtractionWarning?
    }

    mutating func assemble(context: inout DocumentContext) -> (facts: [ExtractedFact], warnings: [ExtractionWarning]) {
        if sentence.paragraph != context.paragraph {
            context.paragraph = sentence.paragraph
            // "Additionally, machinery ... rose to $3.4 billion": a paragraph that opens by continuing the one
            // before keeps its partner in focus.
            let continues = Self.paragraphContinuations.matches(tokens, at: tokens.startIndex)
                || Self.listContinuations.matches(tokens, at: tokens.startIndex)
            context.focusIsStale = !Self.paragraphContinuations.matches(tokens, at: tokens.startIndex)
            // "Bên cạnh đó, xuất khẩu sang Trung Quốc đạt ...", "Specifically, the US took ...": a paragraph that
            // opens by continuing the one before keeps the commodity its markets are listed for.
            if !continues { context.paragraphCommodity = nil }
            // "Of the total, exports brought in ...": a paragraph that opens by breaking down the figure
            // before stays in that figure's period, even a span within the year stated earlier.
            if !Self.listContinuations.matches(tokens, at: tokens.startIndex) { context.leaveSubPeriod() }
        }
        // The year in force only moves forward: "trong khi năm 2011 nhập siêu 9,8 tỷ USD" dates its own
        // figure, not the ones after it.
        for period in mentions.periods where !period.isComparison && !period.isAside
            && mentions.parenthesis[period.mention.range.lowerBound] == 0 {
            if let year = period.mention.statedYear, year > (context.year ?? .min) { context.statedYear = year }
        }
        if Self.countingSources.matchesAnywhere(in: tokens) {
            context.estimating = false
        } else if !mentions.estimates.isEmpty, Self.estimatingSources.matchesAnywhere(in: tokens) {
            context.estimating = true
        }
        var facts: [ExtractedFact] = [], warnings: [ExtractionWarning] = []
        // "Specifically, ...", "Trong đó, ...", "Of the total, ...": a list continuing an estimated total is estimated too.
        let firstAmount = mentions.money.first?.range.lowerBound ?? tokens.endIndex
        let continuesEstimate = context.lastWasEstimated
            && (tokens.startIndex..<firstAmount).contains { Self.listContinuations.matches(tokens, at: $0) }
        for (position, money) in mentions.money.enumerated() where !money.role.isDelta && !mentions.noisyAmounts.contains(position) {
            switch fact(for: money, at: position, previous: facts.last, context: context) {
            case .success(var fact):
                // Only a figure of the period in force: "a deficit of $3.2 billion in the same period" a year
                // earlier is a count, not this release's estimate.
                let isCurrent = money.role == .fact && fact.period.year >= (context.year ?? .min)
                    && !Self.actualFigures.matchesAnywhere(in: tokens)
                if isCurrent, continuesEstimate || context.estimating || facts.last.map({ $0.estimated && continuesList(before: money.range.lowerBound) }) == true {
                    fact.estimated = true
                }
                facts.append(fact)
            case .failure(let skipped): if let warning = skipped.warning { warnings.append(warning) }
            }
        }
        if let last = facts.last { context.lastWasEstimated = last.estimated }
        // Forecasts and look-backs are not what "during the period" points back to — unless no period is in
        // force at all ("Two-way trade reached 683 billion USD last year. Of which, ...").
        if let counted = facts.last(where: { !$0.estimated && ($0.period.year >= (context.year ?? .min) || context.period == nil) }) {
            context.lastFactPeriod = counted.period
        }
        update(&context, facts: facts)
        return (facts, warnings)
    }

    /// The fact for one amount, or why there is none.
    func fact(for money: MoneyMention, at position: Int, previous: ExtractedFact?,
                      context: DocumentContext) -> Result<ExtractedFact, Skipped> {
        let start = money.range.lowerBound
        let clause = clauseStart(before: start)
        _ = log.take()
        // Since the previous figure: a change amount between a name and its level ("điện thoại tăng 428 triệu USD,
        // đạt 2,93 tỉ USD") does not cut the name off, nor does a threshold ("vượt ngưỡng 10 tỷ USD/tháng (đạt ...)").
        let previousFigure = mentions.money.indices.last { $0 < position && !mentions.money[$0].role.isDelta
            && !mentions.noisyAmounts.contains($0) }.map { mentions.money[$0] }
        let window = max(clause, previousFigure?.range.upperBound ?? tokens.startIndex)
        let flowMention = mentions.flows.last { $0.index < start }
        if flowMention == nil, mentions.nonTrade.contains(where: { $0 < start }) { return .failure(Skipped(warning: nil)) }
        // A province named after the last flow word is the figure's subject ("Ho Chi Minh City took the lead with
        // US$34 billion in export value"); one before it is not ("nếu các địa phương ... , xuất khẩu cả năm ...").
        if ((flowMention?.index ?? tokens.startIndex)..<start).contains(where: { Self.subnational.matches(tokens, at: $0) }) {
            return .failure(Skipped(warning: ExtractionWarning(message: "a province's or city's figure, not the country's",
                                                               text: sentenceText)))
        }
        let commodity = commodity(for: money, window: window, previous: previous, context: context)
        guard let flowWord = flow(for: money, clause: clause, hasCommodity: commodity != nil, context: context) else {
            return .failure(Skipped(warning: ExtractionWarning(message: "an amount with no export/import/balance word",
                                                               text: sentenceText)))
        }
        guard var period = period(for: start, context: context) else {
            return .failure(Skipped(warning: ExtractionWarning(
                message: "an amount with no period (pass --year if only the year is missing)", text: sentenceText, lacksPeriod: true)))
        }
        if money.role == .comparison {
            guard let earlier = comparedPeriod(for: money, own: period, context: context) else { return .failure(Skipped(warning: nil)) }
            period = log.note(.period, "the period a comparison names", earlier)
        }
        let changes = money.role == .comparison ? [] : percents(for: position)
        let quantity = mentions.quantities.last { $0.index >= window && $0.index < start }
        return .success(ExtractedFact(
            flow: flowWord.flow, period: period,
            partner: partner(at: position, window: window, clause: clause, flow: flowMention, hasCommodity: commodity != nil,
                             context: context),
            commodity: commodity?.code ?? "TOTAL", commodityName: commodity?.name,
            sector: sector(for: start, clause: clause, context: context),
            valueUSD: flowWord == .deficit ? -money.value : money.value,
            qualifier: money.qualifier, estimated: money.role != .comparison && isEstimated(start),
            yoyPct: changes.first { !$0.monthOnMonth }?.value, momPct: changes.first { $0.monthOnMonth }?.value,
            deltaUSD: money.role == .comparison ? nil : delta(after: position),
            quantity: quantity?.value, unit: quantity?.unit,
            text: sentenceText, spanStart: tokens[start].start, spanEnd: tokens[money.range.upperBound - 1].end,
            reasons: log.take()))
    }

    // MARK: Flow and commodity


    /// The commodity an amount is for: named before it in its clause, named right after it
    /// ("nhập khẩu 2,35 tỷ USD gỗ"), pointed back to ("nhóm hàng này"), carried from the previous
    /// figure of a list, or the bulletin's topic.
    func commodity(for money: MoneyMention, window: Int, previous: ExtractedFact?,
                           context: DocumentContext) -> CommodityMention? {
        let start = money.range.lowerBound, end = money.range.upperBound
        // A name inside parentheses is only for figures inside them: "nông sản (hạt điều; cà phê; gạo) đạt 1,07 tỷ USD".
        let group = mentions.parenthesis[start]
        if let paired = pairedCommodity(for: start) {
            return log.note(.commodity, "paired in order with two amounts (\"A and B reached X and Y\")", words: paired.name, paired)
        }
        // "bought $19.7 billion of Vietnamese goods", "21,4 tỷ USD hàng hóa": all goods, whatever was named before.
        if namesAllGoods(after: end) { return log.note(.commodity, "goods of every kind named right after the figure", nil) }
        if let named = mentions.commodities.last(where: { $0.range.lowerBound >= window && $0.range.lowerBound < start
            && [0, group].contains(mentions.parenthesis[$0.range.lowerBound]) }) {
            return log.note(.commodity, "named before the figure", words: named.name, named)
        }
        if let after = mentions.commodities.first(where: { named in
            named.range.lowerBound >= end && named.range.lowerBound <= end + 3
                && tokens[end..<named.range.lowerBound].allSatisfy { ExtractionVocabulary.commodityAfterAmountGlue.contains($0.key) }
        }) {
            return log.note(.commodity, "named right after the figure", words: after.name, after)
        }
        if let heading = headingCommodity, heading.range.upperBound <= start {
            return log.note(.commodity, "the heading of the sentence (\"Cà phê: ...\")", words: heading.name, heading)
        }
        // "(đạt 10,74 tỷ USD), qua đó nâng tổng trị giá xuất khẩu cả năm lên 107,75 tỷ USD": the total raised is
        // of the commodity whose figure raised it.
        if let previous, previous.commodity != "TOTAL", (window..<start).contains(where: { Self.raisingTotal.matches(tokens, at: $0) }) {
            return log.note(.commodity, "the total its previous figure raises", words: previous.commodityName,
                            (start..<start, previous.commodity, previous.commodityName ?? previous.commodity))
        }
        let hasTotalWords = (window..<start).contains { index in
            (Self.nationalMarkers.matches(tokens, at: index) && !ExtractionVocabulary.totalWords.contains(tokens[index].key))
                || Self.allGoods.matches(tokens, at: index)
        }
        if mentions.commodityAnaphora.contains(where: { $0 >= window && $0 < start }) {
            if let previous, previous.commodity != "TOTAL" {
                return log.note(.commodity, "pointed back to (\"nhóm hàng này\")",
                                (start..<start, previous.commodity, previous.commodityName ?? previous.commodity))
            }
            if let topic = context.commodity {
                return log.note(.commodity, "pointed back to (\"nhóm hàng này\"), named in an earlier sentence", (start..<start, topic.code, topic.name))
            }
        }
        if let carried = carriedCommodity(window: window, before: start, previous: previous ?? context.lastMarketFact,
                                          sameSentence: previous != nil), !hasTotalWords {
            return log.note(.commodity, "the commodity of the list of markets it continues", weak: true, carried)
        }
        // "Phones topped the list ... Shipments to the EU were worth $7.79 billion": a partner's figure in a
        // paragraph about one commodity is that commodity's, unless national words say otherwise.
        if let topic = context.paragraphCommodity, !hasTotalWords,
           mentions.partners.contains(where: { $0.range.lowerBound < start }) || trailingPartner(of: mentions.money.firstIndex { $0.range.lowerBound == start } ?? 0) != nil,
           !mentions.commodities.contains(where: { $0.range.lowerBound < start }) {
            return log.note(.commodity, "the commodity the paragraph is about", weak: true, (start..<start, topic.code, topic.name))
        }
        if let topic = context.topicCommodity, !hasTotalWords, !mentions.commodities.contains(where: { $0.range.lowerBound < start }) {
            return log.note(.commodity, "the one commodity the bulletin is about", (start..<start, topic.code, topic.name))
        }
        return log.note(.commodity, "none named: all goods", nil)
    }

    /// "Cà phê: xuất khẩu trong tháng đạt ...", "- Rice: exports reached ...": a commodity that opens the
    /// sentence as its heading, followed by a colon, is the subject of every figure after it.
    var headingCommodity: CommodityMention? {
        var first = tokens.startIndex
        while first < tokens.endIndex, tokens[first].kind != .word { first += 1 }
        guard let named = mentions.commodities.first, named.range.lowerBound == first,
              named.range.upperBound < tokens.endIndex, tokens[named.range.upperBound].text == ":" else { return nil }
        return named
    }

    /// "textiles to the US were worth $992 million, while those to Japan reached $249 million": a
    /// figure for another partner, with no commodity or flow word of its own, is for the commodity
    /// just named — in its sentence, or in a list of markets that runs over a paragraph. In its sentence,
    /// the flow word may be said again ("nhóm hàng này xuất khẩu Hoa Kỳ đạt X ... và xuất khẩu sang Trung
    /// Quốc đạt Y"), and "of which" breaks the figure before down ("earned $2.1 billion, of which $1.2 billion
    /// went to China").
    func carriedCommodity(window: Int, before start: Int, previous: ExtractedFact?, sameSentence: Bool) -> CommodityMention? {
        guard let previous, previous.commodity != "TOTAL" else { return nil }
        let carried = (start..<start, previous.commodity, previous.commodityName ?? previous.commodity)
        if sameSentence, (window..<start).contains(where: { Self.listContinuations.matches(tokens, at: $0) }) { return carried }
        guard mentions.partners.contains(where: { $0.range.lowerBound >= window && $0.range.lowerBound < start })
                || partnerRespectively(for: start) != nil,
              !mentions.flows.contains(where: { $0.index >= window && $0.index < start
                  && !(sameSentence && $0.word.flow == previous.flow && [.export, .import].contains($0.word)) })
        else { return nil }
        return carried
    }

    /// "of Vietnamese goods", "hàng hóa": words for goods of every kind within three words after an amount.
    func namesAllGoods(after end: Int) -> Bool {
        var position = end
        while position < min(end + 3, tokens.endIndex) {
            if Self.allGoods.matches(tokens, at: position) { return true }
            guard ExtractionVocabulary.commodityAfterAmountGlue.contains(tokens[position].key) else { return false }
            position += 1
        }
        return false
    }

    static let allGoods = PhraseTable(ExtractionVocabulary.allGoods, value: true)

    // MARK: Sector

    /// The sector named in the amount's clause, pointed back to ("khối này"), or named at the head of
    /// the sentence before its first amount ("Với nhóm doanh nghiệp trong nước, ... ; nhập khẩu đạt ...").
    func sector(for start: Int, clause: Int, context: DocumentContext) -> Sector {
        if let trailing = trailingSector(after: start) { return log.note(.sector, "named right after the figure", trailing) }
        if let named = mentions.sectors.last(where: { $0.index >= clause && $0.index < start }) {
            return log.note(.sector, "named in the figure's clause", words: tokens[named.index].text, named.sector)
        }
        if mentions.sectorAnaphora.contains(where: { $0 < start }), let previous = context.sector,
           !ExtractionVocabulary.blocPartners.contains(context.focusPartner ?? "") {
            return log.note(.sector, "pointed back to (\"khối này\"), named in an earlier sentence", previous)
        }
        let firstAmount = mentions.money.first?.range.lowerBound ?? start
        if let head = mentions.sectors.last(where: { $0.index < firstAmount }) {
            return log.note(.sector, "named at the head of the sentence", words: tokens[head.index].text, head.sector)
        }
        return log.note(.sector, "none named: all enterprises", .all)
    }

    /// "US$43.95 billion made by domestic sector and US$82.42 billion made by the FDI sector": a sector named
    /// within four words after the amount, after "by" / "của", with no comma or other amount between.
    private func trailingSector(after start: Int) -> Sector? {
        guard let money = mentions.money.first(where: { $0.range.lowerBound == start }) else { return nil }
        let end = money.range.upperBound
        let next = mentions.money.first { $0.range.lowerBound > start }?.range.lowerBound ?? tokens.endIndex
        guard let sector = mentions.sectors.first(where: { $0.index >= end && $0.index <= end + 4 && $0.index < next }),
              !tokens[end..<sector.index].contains(where: { [",", ";", "(", "."].contains($0.text) }),
              tokens[end..<sector.index].contains(where: { ExtractionVocabulary.agentPrepositions.contains($0.key) })
        else { return nil }
        return sector.sector
    }

    // MARK: Attributes

    static let listContinuations = PhraseTable(ExtractionVocabulary.listContinuations, value: true)
    static let totalBackReferences = PhraseTable(ExtractionVocabulary.totalBackReferences, value: true)
    static let paragraphContinuations = PhraseTable(ExtractionVocabulary.paragraphContinuations, value: true)
    static let subnational = PhraseTable(ExtractionVocabulary.subnational, value: true)
    static let raisingTotal = PhraseTable(ExtractionVocabulary.raisingTotal, value: true)
    static let toTheReporter = PhraseTable(ExtractionVocabulary.toTheReporter, value: true)
    static let genericTurnover = PhraseTable(ExtractionVocabulary.genericTurnover, value: true)
    static let outlookWords = PhraseTable(ExtractionVocabulary.outlookWords, value: true)
    static let estimatingSources = PhraseTable(ExtractionVocabulary.estimatingSources, value: true)
    static let countingSources = PhraseTable(ExtractionVocabulary.countingSources, value: true)
    static let actualFigures = PhraseTable(ExtractionVocabulary.actualFigures, value: true)

    /// Whether a list-continuing word ("bao gồm", "including", "trong đó") stands between the previous amount
    /// and the one at `start`, or earlier between two amounts of the same list.
    private func continuesList(before start: Int) -> Bool {
        let previous = mentions.money.last { $0.range.upperBound <= start && !$0.role.isDelta }?.range.upperBound ?? tokens.startIndex
        let firstAmount = mentions.money.first?.range.upperBound ?? start
        return (min(previous, firstAmount)..<start).contains { Self.listContinuations.matches(tokens, at: $0) }
    }

    /// An estimate word earlier in the sentence ("ước đạt 33,57 tỷ USD"), or just after the amount
    /// ("(ước tính)"). One written right before another amount ("an estimated $30.65 billion") is that amount's only.
    func isEstimated(_ start: Int) -> Bool {
        mentions.estimates.contains { index in
            if index > start { return index - start <= 5 }
            let nextAmount = mentions.money.first { $0.range.lowerBound > index }?.range.lowerBound
            return nextAmount == start || (nextAmount ?? start) - index > 3
        }
    }

    /// The percentages that describe the amount at `position`: those after it up to the next
    /// amount, and one just before it that leads into it ("rose 9.7% to $34.5 billion").
    func percents(for position: Int) -> [PercentMention] {
        let money = mentions.money[position]
        let nextFact = mentions.money[(position + 1)...].first { $0.role == .fact }?.range.lowerBound ?? tokens.endIndex
        let previous = position > 0 ? mentions.money[position - 1].range.upperBound : tokens.startIndex
        let ofValue = mentions.percents.filter { !$0.ofQuantity }
        // "xuất khẩu ... và nhập khẩu ... lần lượt tăng 9,8% và 21,4%": the k-th change is the k-th figure's.
        if let (amounts, _) = respectivelyList(containing: money.range.lowerBound),
           let last = amounts.last, let k = amounts.firstIndex(where: { $0.range == money.range }) {
            let listed = ofValue.filter { $0.range.lowerBound > last.range.upperBound && !$0.monthOnMonth }
            if listed.count == amounts.count { return [listed[k]] }
        }
        let leading = ofValue.filter {
            $0.describesFollowingFigure && $0.range.lowerBound >= previous && $0.range.upperBound <= money.range.lowerBound
        }
        let trailing = ofValue.filter {
            $0.range.lowerBound >= money.range.upperBound && $0.range.lowerBound < nextFact && !$0.describesFollowingFigure
                && $0.range.lowerBound < clauseEnd(after: money.range.upperBound)
        }
        return leading + trailing
    }

    /// The change in dollars stated right after the amount at `position`, before the next fact.
    func delta(after position: Int) -> Int64? {
        for money in mentions.money[(position + 1)...] {
            switch money.role {
            case .fact: return nil
            case .delta(let sign): return sign * money.value
            case .comparison: continue
            }
        }
        return nil
    }

    // MARK: Structure

    /// Where the clause holding `index` starts. A break inside parentheses ("nông sản (hạt điều; cà phê) đạt")
    /// ends a clause only for what is inside them.
    func clauseStart(before index: Int) -> Int {
        let group = mentions.parenthesis.indices.contains(index) ? mentions.parenthesis[index] : 0
        return (mentions.clauseBreaks.last { $0 < index && [0, group].contains(mentions.parenthesis[$0]) }).map { $0 + 1 }
            ?? tokens.startIndex
    }

    func clauseEnd(after index: Int) -> Int {
        mentions.clauseBreaks.first { $0 >= index } ?? tokens.endIndex
    }


    /// The document text a run of tokens covers, with single spaces.
    func text(_ range: Range<Int>) -> String { tokens.text(range) }

    var sentenceText: String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return String(String.UnicodeScalarView(scalars[first.start..<last.end]))
    }
}
