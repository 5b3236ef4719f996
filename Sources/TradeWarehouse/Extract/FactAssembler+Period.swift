/// Which period an amount is for.
extension FactAssembler {
    /// The period an amount is for: one stated before it in the sentence, else after it in its
    /// clause, else a bare year before it, else the one carried from earlier sentences. Periods in
    /// parentheses hold only inside them.
    func period(for start: Int, context: DocumentContext) -> Period? {
        let group = mentions.parenthesis[start]
        let candidates = mentions.periods.filter { period in
            let periodGroup = mentions.parenthesis[period.mention.range.lowerBound]
            return !period.isComparison && (periodGroup == 0 || periodGroup == group)
        }.map(\.mention)
        if let year = yearRightAfter(start, among: candidates) {
            return log.note(.period, "a year named right after the figure", words: text(year.range), year.period(contextYear: nil))
        }
        // "176.6 billion USD in 2016, 215.1 billion USD in 2017 and ...": the years of a list are their amounts' own
        // (one such year is the whole sentence's: "will surpass 25 billion USD in 2026, while imports will total ...").
        let listed = Set(mentions.money.compactMap { yearRightAfter($0.range.lowerBound, among: candidates)?.range.lowerBound })
        let usable = listed.count < 2 ? candidates : candidates.filter { !listed.contains($0.range.lowerBound) }
        // An amount in parentheses has its clause end at the closing parenthesis: "(đạt 10,74 tỷ USD), qua đó
        // nâng ... cả năm 2025 lên ..." is not the year's.
        let clauseEnd = group == 0 ? clauseEnd(after: start)
            : min(clauseEnd(after: start), (start..<tokens.endIndex).first { mentions.parenthesis[$0] != group } ?? tokens.endIndex)
        if let adjacent = periodRightAfter(start, among: usable) {
            return log.note(.period, "named right after the figure", words: text(adjacent.range), adjacent.period(contextYear: context.year))
        }
        if let money = mentions.money.first(where: { $0.range.lowerBound == start }),
           let current = mentions.currentPeriods.first(where: {
               $0.index >= money.range.upperBound && $0.index <= money.range.upperBound + 2 }),
           let named = inForce(current.kind, context) {
            return log.note(.period, "the one last named, pointed back to", words: tokens[current.index].text, named)
        }
        let clause = clauseStart(before: start)
        let before = usable.last { $0.range.lowerBound >= clause && $0.range.lowerBound < start && $0.isYearOnly
                && $0.statedYear.map { $0 < (context.year ?? .max) } == true }
            ?? usable.last { !$0.isYearOnly && $0.range.lowerBound < start }
        if before == nil, let current = mentions.currentPeriods.last(where: { $0.index < start }),
           let named = inForce(current.kind, context) {
            return log.note(.period, "the one last named, pointed back to", words: tokens[current.index].text, named)
        }
        let own = before
            ?? usable.first { !$0.isYearOnly && $0.range.lowerBound > start && $0.range.lowerBound < clauseEnd }
            ?? usable.last { $0.range.lowerBound < start }
        if let comma = yearEarlierRelative(before: start) {
            let period = own.flatMap { $0.isToDate ? toDate(before: $0.range.lowerBound, usable: usable, context: context)
                : $0.period(contextYear: context.year) } ?? context.period
            return log.note(.period, "a year before: said of the same period a year earlier", words: text(max(clause, comma - 5)..<comma),
                            period?.yearEarlier)
        }
        if let own, own.isToDate {
            if let year = context.year, isEstimated(start),
               ExtractionVocabulary.thisYearWords.contains(text(own.range).lowercased()) {
                // "Vietnam expects to ship about US$20 billion ... this year": a forecast is of the whole year.
                return log.note(.period, "a forecast for this year: the whole year", words: text(own.range),
                                Period.wholeYear(year))
            }
            // "... 3.6 billion USD in 2012 and 1.9 billion USD so far this year": after amounts of listed years, the year to
            // date is of none of them, and the text does not say to which month.
            return log.note(.period, "from January to the period in force", words: text(own.range),
                            !listed.isEmpty ? nil : toDate(before: own.range.lowerBound, usable: usable, context: context))
        }
        if isLastYearsFigure(start), let period = own?.period(contextYear: context.year) ?? context.period {
            return log.note(.period, "a year before: \"last year's\" figure", words: "last year's", period.yearEarlier)
        }
        if previousYearAdverbial(before: start) != nil || previousYearAdverbialRightAfter(start), let year = context.year {
            return log.note(.period, "the year before, said at the head of the clause", words: own.map { text($0.range) },
                            own?.period(contextYear: year - 1) ?? Period.wholeYear(year - 1))
        }
        if let own {
            let period = own.period(contextYear: context.year)
            if isSetInTheYearBefore(start, after: own.range.upperBound) {
                return log.note(.period, "a year before the period named", words: text(own.range), period?.yearEarlier)
            }
            return log.note(.period, own.range.lowerBound < start ? "named before the figure" : "named after the figure in its clause",
                            words: text(own.range), period)
        }
        if isSetInTheYearBefore(start, after: tokens.startIndex), let carried = context.period {
            return log.note(.period, "a year before the period in force", weak: true, carried.yearEarlier)
        }
        if let current = mentions.currentPeriods.last(where: { $0.index < start }) ?? mentions.currentPeriods.first,
           let named = inForce(current.kind, context) {
            return log.note(.period, "the one last named, pointed back to", words: tokens[current.index].text, named)
        }
        if context.period == nil, let carried = context.lastFactPeriod {
            // "... reaching 117 billion USD last year. Of which, exports were ...": with no period stated yet,
            // the period the figures before were given.
            return log.note(.period, "the period of the figures before", weak: true, carried)
        }
        if let carried = context.period {
            // Within a paragraph carrying the period is the rule; across paragraphs it is a guess worth a warning.
            return context.periodParagraph == context.paragraph
                ? log.note(.period, "carried from an earlier sentence of its paragraph", carried)
                : log.note(.period, "carried from an earlier paragraph", weak: true, carried)
        }
        if let later = usable.first(where: { $0.range.lowerBound > start }) {
            return log.note(.period, "named later in the sentence", words: text(later.range), later.period(contextYear: context.year))
        }
        // "Cả nước xuất siêu 2,43 tỷ USD ... Đó là kết quả tháng 7/2024": opening figures take the first period stated.
        return log.note(.period, "the first period the bulletin states, later on", weak: true, context.openingPeriod)
    }

    /// The period "trong tháng", "in the fortnight", "during the period" point back to. With no month
    /// named yet, "this month" after "so far this year ... five months" is the last month of the span in force.
    private func inForce(_ kind: Period.Kind, _ context: DocumentContext) -> Period? {
        // "During the period, major import commodities were ...": the period of the figures just given,
        // even across a paragraph break that ended their sub-period.
        if kind == .span { return context.lastFactPeriod ?? context.period }
        if let named = context.lastNamed[kind] { return named }
        guard kind == .month, let span = context.period, span.lastHalf - span.firstHalf > 1, span.lastHalf % 2 == 1 else { return nil }
        return Period(firstHalf: span.lastHalf - 1, lastHalf: span.lastHalf)
    }

    /// "xuất siêu 1,25 tỷ USD ghi nhận trong nửa cuối tháng 8", "$12.8 billion in July": a period
    /// stated just after the amount, before any other amount, is its own.
    func periodRightAfter(_ start: Int, among usable: [PeriodMention]) -> PeriodMention? {
        guard let money = mentions.money.first(where: { $0.range.lowerBound == start }) else { return nil }
        let next = mentions.money.first { $0.range.lowerBound > start }?.range.lowerBound ?? tokens.endIndex
        return usable.first { mention in
            !mention.isYearOnly && !mention.isToDate && mention.range.lowerBound >= money.range.upperBound
                && mention.range.lowerBound <= money.range.upperBound + 3 && mention.range.lowerBound < next
                && !tokens[money.range.upperBound..<mention.range.lowerBound].contains { [",", ";", "(", "%"].contains($0.text) }
                && !tokens[money.range.upperBound..<mention.range.lowerBound].contains { ExtractionVocabulary.clauseJoiners.contains($0.key) }
        }
    }

    /// "3.2 billion USD in 2011, 3.6 billion USD in 2012 and ...", "3,2 tỷ USD năm 2011": in a sentence that names
    /// no finer period, a year written right after an amount (only "in" / "trong" between) is the amount's own.
    func yearRightAfter(_ start: Int, among usable: [PeriodMention]) -> PeriodMention? {
        guard let money = mentions.money.first(where: { $0.range.lowerBound == start }), money.role == .fact,
              !mentions.periods.contains(where: { !$0.mention.isYearOnly && !$0.mention.isToDate }) else { return nil }
        let end = money.range.upperBound
        return usable.first { mention in
            mention.isYearOnly && mention.statedYear != nil && mention.range.lowerBound >= end && mention.range.lowerBound <= end + 1
                && tokens[end..<mention.range.lowerBound].allSatisfy { ExtractionVocabulary.amountYearJoiners.contains($0.key) }
        }
    }

    /// "lower than in the same period last year, which hit US$10.15 billion", "so với cùng kỳ năm trước, khi đạt 8,2 tỷ
    /// USD": an amount in a clause that describes the same period a year earlier is its figure. Returns the comma.
    func yearEarlierRelative(before start: Int) -> Int? {
        let from = max(clauseStart(before: start), start - 4)
        guard let comma = (from..<start).last(where: { tokens[$0].text == "," }), comma > tokens.startIndex,
              Self.relativeHeads.matches(tokens, at: comma + 1), Self.yearEarlierEnds.match(tokens, endingBefore: comma) != nil,
              !mentions.money.contains(where: { (comma..<start).contains($0.range.lowerBound) }) else { return nil }
        return comma
    }

    private static let relativeHeads = PhraseTable(ExtractionVocabulary.relativeHeads, value: true)
    private static let yearEarlierEnds = PhraseTable(ExtractionVocabulary.yearEarlierAdverbials, value: true)

    /// "trong khi cùng kỳ năm trước cả nước còn xuất siêu 1,38 tỷ USD": a time adverbial for a year
    /// earlier in the amount's clause, not after "so với" (which would make it a comparison).
    func isSetInTheYearBefore(_ start: Int, after earliest: Int) -> Bool {
        let from = max(earliest, clauseStart(before: start))
        guard from < start else { return false }
        return (from..<start).contains { index in
            Self.yearEarlierAdverbials.matches(tokens, at: index)
                && !(index >= 2 && tokens[index - 2].key == "so" && tokens[index - 1].key == "với")
                && !mentions.money.contains { $0.range.upperBound <= index && index - $0.range.upperBound <= 1
                    && tokens[$0.range.upperBound..<index].allSatisfy { $0.text != "(" } }
                && !(index >= 1 && ExtractionVocabulary.comparisonHeads.contains(tokens[index - 1].key))
                && !mentions.percents.contains { $0.range.upperBound <= index && index - $0.range.upperBound <= 3 }
        } || yearEarlierRightAfter(start)
    }

    /// "a trade deficit of 2.61 billion USD the same time last year": the adverbial right after the amount.
    private func yearEarlierRightAfter(_ start: Int) -> Bool {
        guard let money = mentions.money.first(where: { $0.range.lowerBound == start }), money.role == .fact else { return false }
        let end = money.range.upperBound
        return (end..<min(end + 2, tokens.endIndex)).contains { index in
            tokens[end..<index].allSatisfy { ExtractionVocabulary.timePrepositions.contains($0.key) }
                && Self.yearEarlierAdverbials.matches(tokens, at: index)
                && !(index > tokens.startIndex && ExtractionVocabulary.comparisonHeads.contains(tokens[index - 1].key))
        }
    }

    /// "13.6% lower than last year's US$32.4 billion": the amount is the year before's.
    private func isLastYearsFigure(_ start: Int) -> Bool {
        var end = start
        while end > tokens.startIndex, ExtractionVocabulary.leadingQualifierWords.contains(tokens[end - 1].key) { end -= 1 }
        return Self.previousYearPossessives.match(tokens, endingBefore: end) != nil
    }

    private static let previousYearPossessives = PhraseTable(ExtractionVocabulary.previousYearPossessives, value: true)

    /// "Năm ngoái, kim ngạch ... đạt 96,3 tỷ USD", "Last year, the surplus reached ...": the previous year,
    /// said at the head of the amount's clause.
    func previousYearAdverbial(before start: Int) -> Int? {
        let clause = clauseStart(before: start)
        return (clause..<start).first { index in
            Self.previousYearAdverbials.matches(tokens, at: index) && !(index > tokens.startIndex
                && ExtractionVocabulary.comparisonLeadWords.contains(tokens[index - 1].key))
        }
    }

    /// "reaching 117 billion USD last year": the adverbial right after the amount.
    func previousYearAdverbialRightAfter(_ start: Int) -> Bool {
        guard let money = mentions.money.first(where: { $0.range.lowerBound == start }) else { return false }
        return Self.previousYearAdverbials.matches(tokens, at: money.range.upperBound)
    }

    /// "year-to-date", "từ đầu năm": January to the end of the period stated before it, or in force.
    func toDate(before index: Int, usable: [PeriodMention], context: DocumentContext) -> Period? {
        let anchor = usable.last { !$0.isToDate && !$0.isYearOnly && $0.range.lowerBound < index }?
            .period(contextYear: context.year) ?? context.period
        guard let anchor else { return nil }
        let january = Period.halfIndex(year: anchor.lastHalf / 24, month: 1, half: 0)
        return Period(firstHalf: min(january, anchor.firstHalf), lastHalf: anchor.lastHalf)
    }

    /// The period of a figure of comparison: the compared period named near it, or the same period a year earlier.
    func comparedPeriod(for money: MoneyMention, own: Period, context: DocumentContext) -> Period? {
        let end = clauseEnd(after: money.range.upperBound)
        if let named = mentions.periods.first(where: { $0.isComparison && $0.mention.range.lowerBound >= money.range.upperBound
                                                       && $0.mention.range.lowerBound < end })?.mention {
            if named.isYearOnly, let year = named.statedYear {
                return Period(firstHalf: own.firstHalf - 24 * (own.year - year), lastHalf: own.lastHalf - 24 * (own.year - year))
            }
            return named.period(contextYear: own.year - 1)
        }
        let following = tokens[money.range.upperBound..<min(money.range.upperBound + 8, end)].map(\.key).joined(separator: " ")
        // "cao hơn so với cùng kỳ năm trước (7,58 tỷ USD)": the year-earlier words just before the parenthesis.
        let preceding = tokens[max(tokens.startIndex, money.range.lowerBound - 7)..<money.range.lowerBound]
        let before = preceding.last?.text == "(" ? preceding.map(\.key).joined(separator: " ") : ""
        return ExtractionVocabulary.yearEarlierWords.contains(where: { following.contains($0) || before.contains($0) })
            ? own.yearEarlier : nil
    }
}
