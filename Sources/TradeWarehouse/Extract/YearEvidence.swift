/// Where the year of a bulletin's undated months came from, strongest evidence first.
public enum YearSource: String, Sendable, Equatable {
    /// The period of the bulletin's first figure states it ("tháng 1/2024, xuất khẩu đạt ...").
    case firstFigure = "the first figure's period"
    /// The caller said so (`--year`, or the year of `--published`).
    case given = "given"
    /// A dateline at the top ("Hà Nội, 12/5/2025").
    case dateline = "the dateline"
    /// A period with its year stated later in the text ("Tính chung 4 tháng năm 2025 ...").
    case laterPeriod = "a period stated later in the text"
    /// A comparison implies it: "so với cùng kỳ năm 2012" is said of 2013's figures.
    case comparison = "a comparison with an earlier year"
    /// A whole year's figure stated after figures of a span that ends before November, with no year: the
    /// figures are of the year after it ("5 tháng đầu năm ... Năm 2015, VN chi 49,5 tỉ USD ..." → 2016).
    case lookBack = "a year the text looks back on"
    /// A bare year somewhere in the text ("năm 2019").
    case yearMention = "a year mentioned in the text"
    /// The text states no year, but its figures match Vietnam's published figures of one year (`FigureDating`).
    case publishedFigures = "matching published figures"
}

/// The year a bulletin's months are of when they are written without one, ranked by evidence: the
/// first figure's own period, then the year given or a dateline (unless the dateline is two or more
/// years after the first period stated with its year), then a period stated later, then a
/// comparison ("so với cùng kỳ 2012" → 2013), then a whole year looked back on (the year after it),
/// then any bare year. A year-only mention never outranks a
/// month or span that states its year: a closing "Năm 2015, ..." does not re-date a 2016 report.
struct YearEvidence {
    let year: Int
    let source: YearSource

    static func rank(_ sentences: [SentenceMentions], given: Int?, dateline: Int?) -> YearEvidence? {
        if let first = firstFigureYear(sentences) { return YearEvidence(year: first, source: .firstFigure) }
        if let given { return YearEvidence(year: given, source: .given) }
        let own = sentences.lazy.flatMap(\.periods).filter { !$0.isComparison && !$0.isAside }
        let stated = own.first(where: { !$0.mention.isYearOnly && $0.mention.statedYear != nil })?.mention.statedYear
        // A report comes out within a year of its figures: a dateline two or more years after the first
        // period stated with its year is the page's date ("Thứ tư, 18/05/2022" over a 2018 report), not the report's.
        if let dateline, stated.map({ dateline - $0 < 2 }) ?? true { return YearEvidence(year: dateline, source: .dateline) }
        if let stated { return YearEvidence(year: stated, source: .laterPeriod) }
        if let compared = sentences.lazy.flatMap(\.periods).first(where: { $0.isComparison && $0.mention.statedYear != nil }) {
            let figures = own.first { !$0.mention.isYearOnly && !$0.mention.isToDate && $0.mention.statedYear == nil }?.mention
            return YearEvidence(year: yearCompared(with: compared.mention, figures: figures), source: .comparison)
        }
        if let after = yearAfterLookBacks(sentences) { return YearEvidence(year: after, source: .lookBack) }
        if let mentioned = own.first(where: { $0.mention.statedYear != nil })?.mention.statedYear {
            return YearEvidence(year: mentioned, source: .yearMention)
        }
        return nil
    }

    /// The year of figures compared with a period that states its year. A year compared with is the year
    /// before the figures. Another period is the latest one before the figures' own period of the same
    /// shape: "the first half of 2021" beside "from January to June" is a year earlier (2022), "nửa cuối
    /// tháng 8/2021" beside "nửa đầu tháng 9" is of the same year, "tháng 12/2023" beside "tháng 1" the year before.
    static func yearCompared(with compared: PeriodMention, figures: PeriodMention?) -> Int {
        let year = compared.statedYear!
        guard !compared.isYearOnly else { return year + 1 }
        guard let earlier = compared.period(contextYear: nil), let own = figures?.period(contextYear: year) else { return year }
        return own.firstHalf > earlier.firstHalf ? year : year + 1
    }

    /// The year after the latest whole year whose counted figure (no estimate word in its sentence) is stated
    /// after figures of a span, written without a year, that ends before November: a year cannot be counted
    /// before its last months, so such a year is one looked back on. Nil when there is none.
    private static func yearAfterLookBacks(_ sentences: [SentenceMentions]) -> Int? {
        var undated: PeriodMention?, latest: Int?
        for sentence in sentences {
            let own = sentence.periods.filter { !$0.isComparison && !$0.isAside }.map(\.mention)
            guard sentence.firstFigureStart != nil else { continue }
            undated = undated ?? own.first { !$0.isYearOnly && !$0.isToDate && $0.statedYear == nil }
            guard let undated, sentence.estimates.isEmpty, let year = own.first(where: \.isYearOnly)?.statedYear,
                  let figures = undated.period(contextYear: year), figures.lastHalf % 24 < 20 else { continue }
            latest = max(latest ?? year, year)
        }
        return latest.map { $0 + 1 }
    }

    /// The year stated with the period of the bulletin's first figure: the first sentence that holds a
    /// figure and names a period of its own (a headline with neither is passed over); nil when that
    /// period is written without a year.
    private static func firstFigureYear(_ sentences: [SentenceMentions]) -> Int? {
        for sentence in sentences where sentence.firstFigureStart != nil {
            let own = sentence.periods.filter { !$0.isComparison && !$0.isAside && sentence.parenthesis[$0.mention.range.lowerBound] == 0 }
            guard !own.isEmpty else { continue }
            return own.first { $0.mention.statedYear != nil }?.mention.statedYear
        }
        return nil
    }
}
