/// A period named in a bulletin: where it is, and the period once its year is known.
struct PeriodMention {
    /// Token indices it covers.
    let range: Range<Int>
    /// The year the text states with it, if any.
    let statedYear: Int?
    /// True for a bare year ("năm 2023", "in 2022"): the figure's period only if nothing finer is said.
    let isYearOnly: Bool
    /// True for "từ đầu năm" / "year-to-date" with no end: from January to the end of the period in force.
    var isToDate = false
    /// Builds the period for a year.
    let build: @Sendable (Int) -> Period?

    func period(contextYear: Int?) -> Period? {
        guard let year = statedYear ?? contextYear else { return nil }
        return build(year)
    }
}

/// Finds periods in tokens: months, half-months, quarters, cumulative spans and years, in
/// Vietnamese ("tháng 1.2024", "quý I", "7 tháng năm 2017", "kỳ 1 tháng 5", "từ đầu năm đến 15/9")
/// and English ("January 2024", "the first quarter", "the first seven months", "first half of May").
struct PeriodScanner {
    private typealias V = ExtractionVocabulary
    let tokens: ArraySlice<Token>
    static let months = PhraseTable(ExtractionVocabulary.monthNames)
    static let vietnameseMonths = PhraseTable(ExtractionVocabulary.vietnameseMonthWords)
    static let counts = PhraseTable(ExtractionVocabulary.numberWords)
    static let ordinals = PhraseTable(ExtractionVocabulary.ordinals)
    static let romans = PhraseTable(ExtractionVocabulary.romanNumerals)

    init(_ tokens: ArraySlice<Token>) {
        self.tokens = tokens
    }

    /// The period mention starting at `index`, if one does.
    func mention(at index: Int) -> PeriodMention? {
        guard tokens.indices.contains(index) else { return nil }
        let patterns: [(Int) -> PeriodMention?] = [
            halfMonthByDays, dateSpanEnglish, yearToDate, yearToDateEnglish, halfMonthVietnamese, halfMonthEnglish, monthRange, monthCount,
            halfYear, quarter, toDate, firstMonthOfYear, monthVietnamese, monthEnglish, wholeYear, bareYear,
        ]
        for pattern in patterns {
            if let found = pattern(index) { return found }
        }
        return nil
    }

    // MARK: Patterns

    /// "từ đầu năm đến 15/9", "từ đầu năm đến hết tháng 9", "tính đến hết ngày 15/9/2024".
    private func yearToDate(_ i: Int) -> PeriodMention? {
        guard var j = firstOf(ExtractionVocabulary.yearToDateOpenings, at: i) ?? (tokens[i].key == "hết" ? i : nil) else { return nil }
        j = firstOf(V.pointInMonth, at: j) ?? j
        j = words(j, V.dayWord) ?? j
        if V.untilWords.contains(tokens[i].key), date(j) == nil, words(j, V.monthWord) == nil { return nil }
        if let (day, month, year, end) = date(j) {
            let half = day <= 15 ? 0 : 1
            return PeriodMention(range: i..<end, statedYear: year, isYearOnly: false) { y in
                Period(firstHalf: Period.halfIndex(year: y, month: 1, half: 0), lastHalf: Period.halfIndex(year: y, month: month, half: half))
            }
        }
        if let k = words(j, V.monthWord), let (month, year, last) = monthWithYear(k) {
            let midMonth = V.midMonthEndings.contains(tokens[j - 1].key)
            return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in
                Period(firstHalf: Period.halfIndex(year: y, month: 1, half: 0),
                       lastHalf: Period.halfIndex(year: y, month: month, half: midMonth ? 0 : 1))
            }
        }
        return nil
    }

    /// "year-to-date", "since the start of the year", "từ đầu năm", "lũy kế": up to the period in force.
    private func toDate(_ i: Int) -> PeriodMention? {
        guard let k = firstOf(V.toDatePhrases, at: i) else { return nil }
        var mention = PeriodMention(range: i..<k, statedYear: nil, isYearOnly: false) { _ in nil }
        mention.isToDate = true
        return mention
    }

    /// "year to date through August", "as of mid-December", "through the end of July", "by mid-May".
    private func yearToDateEnglish(_ i: Int) -> PeriodMention? {
        guard var j = firstOf(V.toDateEndOpenings, at: i) else { return nil }
        j = firstOf(V.monthEndWords, at: j) ?? j
        var half = 1
        if let k = firstOf(V.midWords, at: j) { half = 0; j = k }
        if j < tokens.endIndex, tokens[j].text == "-" { j += 1 }
        guard let (month, end) = monthName(j) else { return nil }
        var last = end
        if half == 1, let day = integer(end), (1...31).contains(day) { half = day <= 15 ? 0 : 1; last = end + 1 }
        let (year, after) = yearAfter(last)
        let endHalf = half
        return PeriodMention(range: i..<after, statedYear: year, isYearOnly: false) { y in
            Period(firstHalf: Period.halfIndex(year: y, month: 1, half: 0), lastHalf: Period.halfIndex(year: y, month: month, half: endHalf))
        }
    }

    /// "from January 1 to October 15", "January 1-October 15, 2023": a span written as dates.
    private func dateSpanEnglish(_ i: Int) -> PeriodMention? {
        var j = i
        if let k = firstOf(V.rangeOpenings, at: i) { j = k }
        guard let (from, afterFrom) = monthName(j), integer(afterFrom) == 1, afterFrom + 1 < tokens.endIndex,
              V.rangeJoiners.contains(tokens[afterFrom + 1].key),
              let (to, afterTo) = monthName(afterFrom + 2), let day = integer(afterTo), (1...31).contains(day), to > from
        else { return nil }
        let (year, last) = yearAfter(afterTo + 1)
        return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in
            Period(firstHalf: Period.halfIndex(year: y, month: from, half: 0),
                   lastHalf: Period.halfIndex(year: y, month: to, half: day <= 15 ? 0 : 1))
        }
    }
    /// "từ tháng 3 đến tháng 5", "từ tháng 3/2024 đến tháng 5/2024", "từ tháng 11/2023 đến tháng 2/2024",
    /// "January-July", "March 2024 to May 2024", "between March and May": a span of whole months, which may start
    /// in any month, and cross a year's end when both ends state their years.
    private func monthRange(_ i: Int) -> PeriodMention? {
        var j = i
        if let k = firstOf(V.rangeOpenings, at: i) { j = k }
        let vietnamese = words(j, V.monthWord) != nil
        guard let (from, fromYear, afterFrom) = rangeEnd(j, vietnamese: vietnamese), afterFrom < tokens.endIndex,
              V.rangeJoiners.contains(tokens[afterFrom].key),
              let (to, toYear, last) = rangeEnd(afterFrom + 1, vietnamese: vietnamese) else { return nil }
        let yearsApart = fromYear.flatMap { from in toYear.map { $0 - from } } ?? 0
        let months = yearsApart * 12 + to - from
        guard (0...1).contains(yearsApart), (1...11).contains(months) else { return nil }
        // "May and June": two months joined by "and" are one span only when they are adjacent, or after "between".
        if V.conjunctions.contains(tokens[afterFrom].key), months != 1, tokens[i].key != "between" { return nil }
        return PeriodMention(range: i..<last, statedYear: toYear ?? fromYear, isYearOnly: false) { y in
            Period(firstHalf: Period.halfIndex(year: y - yearsApart, month: from, half: 0), lastHalf: Period.halfIndex(year: y, month: to, half: 1))
        }
    }

    /// One end of a month range, with its year if stated: "tháng 3/2024", "tháng 3", a bare "5" after
    /// "đến", "March 2024", "March".
    private func rangeEnd(_ j: Int, vietnamese: Bool) -> (month: Int, year: Int?, end: Int)? {
        if vietnamese { return monthWithYear(words(j, V.monthWord) ?? j) }
        guard let (month, end) = monthName(j) else { return nil }
        let (year, last) = yearAfter(end)
        return (month, year, last)
    }

    /// "cả năm", "cả năm 2023", "trong năm", "full year", "for the year": the whole year.
    private func wholeYear(_ i: Int) -> PeriodMention? {
        guard let k = firstOf(V.wholeYearPhrases, at: i) else { return nil }
        if k < tokens.endIndex, V.wholeYearNotBefore.contains(tokens[k].key) { return nil }
        let (year, last) = yearAfter(k)
        return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in
            Period.wholeYear(y)
        }
    }

    /// "từ ngày 1 đến ngày 15/5", "từ 16/5 đến 31/5/2024": a half-month written as its days; "từ 1/1 đến 15/12/2023",
    /// "từ ngày 1/1 đến hết ngày 30/6": a span from the start of one month's half to the end of a later month's half.
    private func halfMonthByDays(_ i: Int) -> PeriodMention? {
        guard var j = words(i, "từ") else { return nil }
        j = words(j, V.dayWord) ?? j
        guard let from = date(j)?.0 ?? integer(j) else { return nil }
        let fromMonth = date(j)?.1
        j = date(j)?.3 ?? j + 1
        guard let k = firstOf(V.dayRangeJoiners, at: j) else { return nil }
        j = words(k, "hết") ?? k
        j = words(j, V.dayWord) ?? j
        guard let (to, month, year, end) = date(j), from == 1 || from == 16, to == 15 || to >= 28 else { return nil }
        if let fromMonth, fromMonth < month {
            return PeriodMention(range: i..<end, statedYear: year, isYearOnly: false) { y in
                Period(firstHalf: Period.halfIndex(year: y, month: fromMonth, half: from == 1 ? 0 : 1),
                       lastHalf: Period.halfIndex(year: y, month: month, half: to == 15 ? 0 : 1))
            }
        }
        guard from == 1 && to == 15 || from == 16 && to >= 28 else { return nil }
        return PeriodMention(range: i..<end, statedYear: year, isYearOnly: false) { y in .halfMonth(y, month, half: from == 1 ? 1 : 2) }
    }

    /// "kỳ 1 tháng 5", "kỳ 2 tháng 5/2024", "nửa đầu tháng 5", "nửa cuối tháng 5", "15 ngày đầu tháng 5".
    private func halfMonthVietnamese(_ i: Int) -> PeriodMention? {
        var half: Int?, j = i
        if let k = firstOf(V.halfMonthWords, at: i), let n = integer(k), (1...2).contains(n) { half = n; j = k + 1 }
        else if let (n, k) = longest(of: V.halfOfMonthVietnamese, at: i) { half = n; j = k }
        guard let half, let k = words(j, V.monthWord), let (month, year, last) = monthWithYear(k) else { return nil }
        return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in .halfMonth(y, month, half: half) }
    }

    /// "first half of May", "second half of May 2024", "May 1-15", "May 16-31".
    private func halfMonthEnglish(_ i: Int) -> PeriodMention? {
        if let (half, k) = longest(of: V.halfOfMonthEnglish, at: i), let (month, end) = monthName(k) {
            let (year, last) = yearAfter(end)
            return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in .halfMonth(y, month, half: half) }
        }
        var j = i
        if let k = firstOf(V.rangeOpenings, at: i) { j = k }
        if let (month, end) = monthName(j), end + 2 < tokens.endIndex, let from = integer(end),
           V.rangeJoiners.contains(tokens[end + 1].key), let to = integer(end + 2), from == 1 || from == 16,
           to == 15 || to >= 28 {
            let (year, last) = yearAfter(end + 3)
            return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in .halfMonth(y, month, half: from == 1 ? 1 : 2) }
        }
        return nil
    }

    /// "7 tháng năm 2017", "6 tháng đầu năm", "lũy kế 9 tháng", "the first seven months of 2024".
    private func monthCount(_ i: Int) -> PeriodMention? {
        // "6 tháng cuối năm" is the second half (`halfYear`), not January to June.
        guard longest(of: V.halfYearPhrases, at: i) == nil else { return nil }
        var j = i
        if let k = firstOf(V.monthCountOpenings, at: i) { j = k }
        guard let (count, afterCount) = countAt(j), (2...12).contains(count) else { return nil }
        var k = afterCount
        if k < tokens.endIndex, tokens[k].key == "-" { k += 1 }
        guard let afterMonths = firstOf(V.monthWords, at: k) else { return nil }
        var end = afterMonths
        for tail in V.monthCountTails {
            if let next = words(end, tail) { end = next }
        }
        // "the five months ending in May" (January-May), "the three months to May" (March-May).
        if let k = firstOf(V.monthCountEndings, at: end), let (month, afterMonth) = monthName(k), count <= month {
            let (year, last) = yearAfter(afterMonth)
            return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in
                Period(firstHalf: Period.halfIndex(year: y, month: month - count + 1, half: 0), lastHalf: Period.halfIndex(year: y, month: month, half: 1))
            }
        }
        let (year, last) = yearAfter(end)
        let followedByStreak = last < tokens.endIndex
            && V.monthCountStreakWords.contains(tokens[last].key)
        // "seven months and a half": to the middle of the month after.
        if let k = firstOf(V.andAHalf, at: end) {
            return PeriodMention(range: i..<k, statedYear: nil, isYearOnly: false) { y in
                Period(firstHalf: Period.halfIndex(year: y, month: 1, half: 0), lastHalf: Period.halfIndex(year: y, month: count + 1, half: 0))
            }
        }
        let introduced = j != i || end != afterMonths || year != nil || tokens[i].kind == .number
            || (i > tokens.startIndex && ExtractionVocabulary.spanIntroductions.contains(tokens[i - 1].key))
        guard introduced, !followedByStreak else { return nil }
        return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in Period.yearToDate(y, throughMonth: count) }
    }

    /// "nửa đầu năm 2024", "6 tháng cuối năm", "the first half of 2024", "H1 2024", "second half".
    private func halfYear(_ i: Int) -> PeriodMention? {
        var firstHalf: Bool?, j = i
        if let (first, k) = longest(of: V.halfYearPhrases, at: i) { firstHalf = first; j = k }
        guard let firstHalf else { return nil }
        if let k = firstOf(V.thisYearWords, at: j) { j = k }
        var (year, last) = yearAfter(j)
        // "H1-19", "H1/19": a two-digit year after H1 or H2.
        if year == nil, V.shortHalfYears.contains(tokens[i].key), j + 1 < tokens.endIndex, ["-", "/", "'"].contains(tokens[j].text),
           tokens[j + 1].text.count == 2, let short = integer(j + 1) {
            year = 2000 + short
            last = j + 2
        }
        return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in
            let start = firstHalf ? 1 : 7
            return Period(firstHalf: Period.halfIndex(year: y, month: start, half: 0),
                          lastHalf: Period.halfIndex(year: y, month: start + 5, half: 1))
        }
    }

    /// "quý I/2024", "quý 3 năm 2023", "quý đầu năm", "the third quarter of 2024", "Q1 2024".
    private func quarter(_ i: Int) -> PeriodMention? {
        var number: Int?, j = i
        if let k = firstOf(V.quarterWords, at: i) {
            if let (n, year) = monthYear(k < tokens.endIndex ? tokens[k].text : ""), (1...4).contains(n), let year {
                return PeriodMention(range: i..<(k + 1), statedYear: year, isYearOnly: false) { y in
                    Period(firstHalf: Period.halfIndex(year: y, month: n * 3 - 2, half: 0), lastHalf: Period.halfIndex(year: y, month: n * 3, half: 1))
                }
            }
            if let (n, end) = Self.romans.match(tokens, at: k).map({ ($0.value, k + $0.length) }) ?? integer(k).map({ ($0, k + 1) })
                ?? Self.ordinals.match(tokens, at: k).map({ ($0.value, k + $0.length) }) {
                number = n; j = end
                if let next = words(j, "năm"), integer(next).map(isYear) != true { j = next }
            }
        } else if let (n, length) = Self.ordinals.match(tokens, at: i).map({ ($0.value, $0.length) }),
                  let k = firstOf(V.quarterAfterOrdinal, at: i + length) {
            number = n; j = k
        } else if tokens[i].kind == .word, tokens[i].key.count == 2, tokens[i].key.hasPrefix("q"),
                  let n = Int(tokens[i].key.dropFirst()) {
            number = n; j = i + 1
        }
        guard let number, (1...4).contains(number) else { return nil }
        let (year, last) = yearAfter(j)
        return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in
            Period(firstHalf: Period.halfIndex(year: y, month: number * 3 - 2, half: 0),
                   lastHalf: Period.halfIndex(year: y, month: number * 3, half: 1))
        }
    }

    /// "tháng đầu tiên của năm 2024", "tháng đầu năm" (but not "các tháng đầu năm").
    private func firstMonthOfYear(_ i: Int) -> PeriodMention? {
        guard let k = firstOf(V.firstMonthPhrases, at: i) else { return nil }
        // Not "các tháng đầu năm", nor "tháng 5 là tháng đầu tiên của năm 2018 ..." (a month described, not named).
        if i > tokens.startIndex, V.firstMonthNotAfter.contains(tokens[i - 1].key) { return nil }
        let (year, last) = yearAfter(k)
        return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in .month(y, 1) }
    }

    /// "tháng 1.2024", "tháng 01/2024", "tháng 1 năm 2024", "tháng 12", "tháng Giêng".
    private func monthVietnamese(_ i: Int) -> PeriodMention? {
        guard let k = words(i, V.monthWord), let (month, year, last) = monthWithYear(k) else { return nil }
        return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in .month(y, month) }
    }

    /// "January 2024", "in March", "Jan. 2024" ("May" only when capitalized; "May 15" is a date).
    private func monthEnglish(_ i: Int) -> PeriodMention? {
        guard let (month, end) = monthName(i) else { return nil }
        if end < tokens.endIndex, let day = integer(end), (1...31).contains(day), !(end + 1 < tokens.endIndex && isYearToken(end)) {
            return nil
        }
        let (year, last) = yearAfter(end)
        return PeriodMention(range: i..<last, statedYear: year, isYearOnly: false) { y in .month(y, month) }
    }

    /// "năm 2023", "cả năm 2023", "in 2022", "2023": the whole year, or just the year for context.
    private func bareYear(_ i: Int) -> PeriodMention? {
        // "the highest since 2008", "cao nhất kể từ năm 2008": a year only looked back to is no figure's period.
        let head = i > tokens.startIndex && tokens[i - 1].key == "năm" ? i - 1 : i
        if V.sinceWords.contains(where: { phrase in (1...2).contains { words(head - $0, phrase) == head } }) { return nil }
        var j = i
        if let k = firstOf(V.yearLeadWords, at: i) { j = k }
        guard j < tokens.endIndex, tokens[j].kind == .number, let year = Int(tokens[j].text), isYear(year) else { return nil }
        return PeriodMention(range: i..<(j + 1), statedYear: year, isYearOnly: true) { y in
            Period.wholeYear(y)
        }
    }
}
