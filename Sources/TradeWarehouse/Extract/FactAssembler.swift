/// Turns one sentence's mentions into facts, using and updating the document's context.
struct FactAssembler {
    let sentence: Sentence
    let mentions: SentenceMentions
    let scalars: [Unicode.Scalar]

    private var tokens: ArraySlice<Token> { sentence.tokens }

    init(sentence: Sentence, mentions: SentenceMentions, scalars: [Unicode.Scalar]) {
        self.sentence = sentence
        self.mentions = mentions
        self.scalars = scalars
    }

    mutating func assemble(context: inout DocumentContext) -> (facts: [ExtractedFact], warnings: [ExtractionWarning]) {
        if sentence.paragraph != context.paragraph {
            context.paragraph = sentence.paragraph
            context.focusPartner = nil
        }
        for (mention, isComparison) in mentions.periods where !isComparison {
            if let year = mention.statedYear { context.statedYear = year }
        }
        var facts: [ExtractedFact] = [], warnings: [ExtractionWarning] = []
        for (position, money) in mentions.money.enumerated() where money.role == .fact {
            switch fact(for: money, at: position, previous: facts.last, context: context) {
            case .success(let fact): facts.append(fact)
            case .failure(let failure): if let warning = failure.warning { warnings.append(warning) }
            }
        }
        update(&context, facts: facts)
        return (facts, warnings)
    }

    /// The fact for one amount, a warning if it cannot be placed, or neither if it is not trade.
    private func fact(for money: MoneyMention, at position: Int, previous: ExtractedFact?,
                      context: DocumentContext) -> Result<ExtractedFact, Warning> {
        let start = money.range.lowerBound
        let clause = clauseStart(before: start)
        let window = max(clause, position > 0 ? mentions.money[position - 1].range.upperBound : tokens.startIndex)
        let flowMention = mentions.flows.last { $0.index < start }
        if flowMention == nil, mentions.nonTrade.contains(where: { $0 < start }) { return .failure(Warning(nil)) }
        let commodity = mentions.commodities.last { $0.range.lowerBound >= window && $0.range.lowerBound < start }
            ?? carriedCommodity(window: window, before: start, previous: previous)
        guard let flowWord = flowMention?.word ?? firstFlow(after: start, before: clauseEnd(after: start))
                ?? carriedFlow(context.flow, forCommodity: commodity != nil) else {
            return .failure(Warning(ExtractionWarning(message: "an amount with no export/import/balance word", text: sentenceText)))
        }
        guard let period = period(for: start, context: context) else {
            return .failure(Warning(ExtractionWarning(message: "an amount with no period (pass --year if only the year is missing)",
                                                       text: sentenceText)))
        }
        let changes = percents(for: position)
        let scalarStart = tokens[start].start, scalarEnd = tokens[money.range.upperBound - 1].end
        return .success(ExtractedFact(
            flow: flowWord.flow, period: period,
            partner: partner(for: start, window: window, clause: clause, flow: flowMention, hasCommodity: commodity != nil,
                             context: context),
            commodity: commodity?.code ?? "TOTAL", commodityName: commodity?.name,
            sector: mentions.sectors.last { $0.index >= clause && $0.index < start }?.sector ?? .all,
            valueUSD: flowWord == .deficit ? -money.value : money.value,
            qualifier: money.qualifier, estimated: isEstimated(start),
            yoyPct: changes.first { !$0.monthOnMonth }?.value, momPct: changes.first { $0.monthOnMonth }?.value,
            deltaUSD: delta(after: position),
            quantity: mentions.quantities.last { $0.index >= window && $0.index < start }?.value,
            unit: mentions.quantities.last { $0.index >= window && $0.index < start }?.unit,
            text: sentenceText, spanStart: scalarStart, spanEnd: scalarEnd))
    }

    /// A warning wrapped so it can be a `Result` failure; nil means "not a trade figure, say nothing".
    struct Warning: Error {
        let warning: ExtractionWarning?
        init(_ warning: ExtractionWarning?) { self.warning = warning }
    }

    // MARK: Attributes

    /// A flow from earlier sentences. A commodity's figure is an export or an import, never a
    /// balance: after "xuất siêu 3,63 tỷ USD", "điện thoại đạt 5,58 tỷ USD" is an export.
    private func carriedFlow(_ flow: FlowWord?, forCommodity: Bool) -> FlowWord? {
        guard forCommodity else { return flow }
        return flow == .import ? .import : .export
    }

    /// "textiles to the US were worth $992 million, while those to Japan reached $249 million":
    /// a figure for another partner in the same sentence, with no commodity or flow word of its
    /// own, is for the commodity just named.
    private func carriedCommodity(window: Int, before start: Int, previous: ExtractedFact?)
        -> (range: Range<Int>, code: String, name: String)? {
        guard let previous, previous.commodity != "TOTAL",
              mentions.partners.contains(where: { $0.range.lowerBound >= window && $0.range.lowerBound < start }),
              !mentions.flows.contains(where: { $0.index >= window && $0.index < start })
        else { return nil }
        return (start..<start, previous.commodity, previous.commodityName ?? previous.commodity)
    }

    private func partner(for start: Int, window: Int, clause: Int, flow: (index: Int, word: FlowWord, subjectPartner: String?)?,
                         hasCommodity: Bool, context: DocumentContext) -> String {
        if let near = mentions.partners.last(where: { $0.range.lowerBound >= window && $0.range.lowerBound < start }) {
            return near.code
        }
        if let subject = flow?.subjectPartner { return subject }
        if let inClause = mentions.partners.last(where: { $0.range.lowerBound >= clause && $0.range.lowerBound < start }) {
            return inClause.code
        }
        let clauseHasFlow = mentions.flows.contains { $0.index >= clause && $0.index < start }
        if !clauseHasFlow, let earlier = mentions.partners.last(where: { $0.range.lowerBound < start }) {
            return earlier.code
        }
        if mentions.anaphora.contains(where: { $0 < start }) || hasCommodity, let focus = context.focusPartner {
            return focus
        }
        return "WORLD"
    }

    private func period(for start: Int, context: DocumentContext) -> Period? {
        let own = mentions.periods.filter { !$0.isComparison }.map(\.mention)
        let chosen = own.last { !$0.isYearOnly && $0.range.lowerBound < start }
            ?? own.first { !$0.isYearOnly && $0.range.lowerBound > start }
            ?? own.last { $0.range.lowerBound < start }
            ?? own.first { $0.range.lowerBound > start }
            ?? context.period
        return chosen?.period(contextYear: context.year)
    }

    /// An estimate word earlier in the sentence ("ước đạt 33,57 tỷ USD"), or just after the amount ("(ước tính)").
    private func isEstimated(_ start: Int) -> Bool {
        mentions.estimates.contains { $0 < start || ($0 > start && $0 - start <= 5) }
    }

    /// The percentages that describe the amount at `position`: those after it up to the next
    /// amount, and one just before it that leads into it ("rose 9.7% to $34.5 billion").
    private func percents(for position: Int) -> [PercentMention] {
        let money = mentions.money[position]
        let nextFact = mentions.money[(position + 1)...].first { $0.role == .fact }?.range.lowerBound ?? tokens.endIndex
        let previous = position > 0 ? mentions.money[position - 1].range.upperBound : tokens.startIndex
        let leading = mentions.percents.filter {
            $0.describesFollowingFigure && $0.range.lowerBound >= previous && $0.range.upperBound <= money.range.lowerBound
        }
        let trailing = mentions.percents.filter {
            $0.range.lowerBound >= money.range.upperBound && $0.range.lowerBound < nextFact && !$0.describesFollowingFigure
                && $0.range.lowerBound < clauseEnd(after: money.range.upperBound)
        }
        return leading + trailing
    }

    /// The change in dollars stated right after the amount at `position`, before the next fact.
    private func delta(after position: Int) -> Int64? {
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

    private func clauseStart(before index: Int) -> Int {
        (mentions.clauseBreaks.last { $0 < index }).map { $0 + 1 } ?? tokens.startIndex
    }

    private func clauseEnd(after index: Int) -> Int {
        mentions.clauseBreaks.first { $0 >= index } ?? tokens.endIndex
    }

    private func firstFlow(after index: Int, before end: Int) -> FlowWord? {
        mentions.flows.first { $0.index > index && $0.index < end }?.word
    }

    private var sentenceText: String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return String(String.UnicodeScalarView(scalars[first.start..<last.end]))
    }

    /// Carries this sentence's flow, period and partner into the next.
    private func update(_ context: inout DocumentContext, facts: [ExtractedFact]) {
        if let flow = mentions.flows.last?.word { context.flow = flow }
        if let period = mentions.periods.last(where: { !$0.isComparison && !$0.mention.isYearOnly })?.mention {
            context.period = period
        } else if facts.contains(where: { $0.period.kind == .year }), let year = mentions.periods.last(where: { !$0.isComparison })?.mention {
            context.period = year
        }
        if let partner = facts.last?.partner, partner != "WORLD" {
            context.focusPartner = partner
        } else if let mentioned = mentions.partners.last?.code {
            context.focusPartner = mentioned
        } else if !facts.isEmpty {
            context.focusPartner = nil
        }
    }
}
