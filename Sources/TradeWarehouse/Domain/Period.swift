/// A reporting period: a month, a half-month, a quarter, a year, or a cumulative span of them.
///
/// Stored as a run of half-months, `firstHalf...lastHalf`, where half-month index
/// h = (year × 12 + month − 1) × 2 + (0 for days 1–15, 1 for the rest). Equal runs are the same
/// period however they are written (`2024-Q1` = `2024-01..2024-03`), and the same period a year
/// earlier is the run shifted by 24.
///
///     let p = try Period.parse("2024-01..2024-07")
///     p.code           // "2024-01..2024-07"
///     p.yearEarlier.code // "2023-01..2023-07"
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// The first half-month of the period.
    public let firstHalf: Int
    /// The last half-month of the period (inclusive).
    public let lastHalf: Int

    /// The kinds of period, by the shape of their run of half-months.
    public enum Kind: String, Sendable {
        case month, half, span, quarter, year
    }

    /// A period from its first and last half-month (inclusive).
    public init(firstHalf: Int, lastHalf: Int) {
        precondition(lastHalf >= firstHalf, "a period cannot end before it starts")
        self.firstHalf = firstHalf
        self.lastHalf = lastHalf
    }

    /// One calendar month.
    public static func month(_ year: Int, _ month: Int) -> Period {
        let start = halfIndex(year: year, month: month, half: 0)
        return Period(firstHalf: start, lastHalf: start + 1)
    }

    /// The first (`half` = 1) or second (`half` = 2) half of a month.
    public static func halfMonth(_ year: Int, _ month: Int, half: Int) -> Period {
        let index = halfIndex(year: year, month: month, half: half - 1)
        return Period(firstHalf: index, lastHalf: index)
    }

    /// The whole of `year`.
    public static func wholeYear(_ year: Int) -> Period { yearToDate(year, throughMonth: 12) }

    /// From the start of `year` to the end of month `throughMonth`.
    public static func yearToDate(_ year: Int, throughMonth: Int) -> Period {
        Period(firstHalf: halfIndex(year: year, month: 1, half: 0),
               lastHalf: halfIndex(year: year, month: throughMonth, half: 1))
    }

    /// Every period a year's figures can be derived for: its months and half-months, its quarters,
    /// the year, and the spans from January to each month and to each month's first half.
    public static func calendar(of year: Int) -> [Period] {
        let january = halfIndex(year: year, month: 1, half: 0)
        var periods: [Period] = []
        for month in 1...12 {
            periods.append(.month(year, month))
            periods.append(.halfMonth(year, month, half: 1))
            periods.append(.halfMonth(year, month, half: 2))
            periods.append(.yearToDate(year, throughMonth: month))
            periods.append(Period(firstHalf: january, lastHalf: halfIndex(year: year, month: month, half: 0)))
        }
        for quarter in 1...4 {
            periods.append(Period(firstHalf: halfIndex(year: year, month: quarter * 3 - 2, half: 0),
                                  lastHalf: halfIndex(year: year, month: quarter * 3, half: 1)))
        }
        return Array(Set(periods)).sorted { ($0.lastHalf, $0.firstHalf) < ($1.lastHalf, $1.firstHalf) }
    }

    /// The same period one year earlier.
    public var yearEarlier: Period { Period(firstHalf: firstHalf - 24, lastHalf: lastHalf - 24) }

    /// The kind of period, from its shape.
    public var kind: Kind {
        if firstHalf == lastHalf { return .half }
        let startsMonth = firstHalf % 2 == 0, endsMonth = lastHalf % 2 == 1
        let months = (lastHalf - firstHalf + 1) / 2
        guard startsMonth, endsMonth else { return .span }
        let startMonth = (firstHalf / 2) % 12
        if months == 1 { return .month }
        if months == 3, startMonth % 3 == 0 { return .quarter }
        if months == 12, startMonth == 0 { return .year }
        return .span
    }

    /// The year the period ends in.
    public var year: Int { lastHalf / 24 }

    /// The canonical spelling: `2024-01`, `2024-05-H1`, `2024-01..2024-07`, `2024-Q1`, `2024`.
    public var code: String {
        switch kind {
        case .month, .half: return Period.pointCode(firstHalf, isEnd: false, wholeMonth: kind == .month)
        case .quarter: return "\(year)-Q\((firstHalf / 2) % 12 / 3 + 1)"
        case .year: return String(year)
        case .span:
            let start = Period.pointCode(firstHalf, isEnd: false, wholeMonth: firstHalf % 2 == 0)
            let end = Period.pointCode(lastHalf, isEnd: true, wholeMonth: lastHalf % 2 == 1)
            return start + ".." + end
        }
    }

    public var description: String { code }

    static func halfIndex(year: Int, month: Int, half: Int) -> Int {
        (year * 12 + month - 1) * 2 + half
    }

    /// `2024-05` for a whole month, else `2024-05-H1` / `2024-05-H2`.
    private static func pointCode(_ half: Int, isEnd: Bool, wholeMonth: Bool) -> String {
        let monthIndex = half / 2
        let text = "\(monthIndex / 12)-" + twoDigits(monthIndex % 12 + 1)
        return wholeMonth ? text : text + "-H\(half % 2 + 1)"
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }
}
