import Testing
@testable import TradeWarehouse

/// Quarters, years and spans of whole months are derived as the sum of their months, for a key that
/// has every one of them and no figure of its own for the period: spans from January, quarters, the
/// year, and spans the calendar does not hold (crossing a year, or not starting in January).
@Suite struct DerivedSumsTests {
    static let header = "period,flow,partner,commodity,value_usd\n"
    /// Months of 2023 and early 2024 each key has (1-based; 13 and 14 are January and February 2024).
    static let monthsHeld: [String: ClosedRange<Int>] = ["WORLD": 1...14, "US": 1...12, "CN": 1...5, "JP": 3...12]
    static let holes: [String: Set<Int>] = ["US": [8]]

    static func value(_ partner: String, month: Int) -> Int64 {
        Int64(1_000 * (partner.utf8.reduce(0) { $0 + Int($1) }) + 37 * month)
    }

    static func monthCode(_ month: Int) -> String {
        month <= 12 ? "2023-\(month < 10 ? "0" : "")\(month)" : "2024-0\(month - 12)"
    }

    /// The sums a key must get, worked out by hand from `value` (WORLD's months are 392,000 + 37 × m,
    /// US's 168,000 + 37 × m, CN's 145,000 + 37 × m, JP's 154,000 + 37 × m): every listed period whose
    /// months the key all has and that no release states for it. US lacks August, so no Q3, no year
    /// and no span past July; CN has January to May; JP March to December.
    static let expected: Set<String> = [
        "2023-01..2023-02 WORLD 784111", "2023-Q1 WORLD 1176222", "2023-01..2023-04 WORLD 1568370",
        "2023-01..2023-05 WORLD 1960555", "2023-01..2023-06 WORLD 2352777", "2023-01..2023-07 WORLD 2745036",
        "2023-01..2023-08 WORLD 3137332", "2023-01..2023-09 WORLD 3529665", "2023-01..2023-10 WORLD 3922035",
        "2023-01..2023-11 WORLD 4314442", "2023 WORLD 4706886", "2023-Q2 WORLD 1176555", "2023-Q3 WORLD 1176888",
        "2023-Q4 WORLD 1177221", "2024-01..2024-02 WORLD 784999", "2023-03..2023-07 WORLD 1960925",
        "2023-11..2024-02 WORLD 1569850", "2023-01..2024-02 WORLD 5491885",
        "2023-01..2023-02 US 336111", "2023-Q1 US 504222", "2023-01..2023-04 US 672370", "2023-01..2023-05 US 840555",
        "2023-01..2023-06 US 1008777", "2023-01..2023-07 US 1177036", "2023-Q2 US 504555", "2023-Q4 US 505221",
        "2023-03..2023-07 US 840925",
        "2023-01..2023-02 CN 290111", "2023-Q1 CN 435222", "2023-01..2023-04 CN 580370", "2023-01..2023-05 CN 725555",
        "2023-Q2 JP 462555", "2023-Q3 JP 462888", "2023-Q4 JP 463221", "2023-03..2023-07 JP 770925",
    ]

    @Test func everyQuarterYearAndSpanOfWholeMonthsIsItsMonthsSum() throws {
        let warehouse = try TestWarehouse()
        var csv = Self.header
        for (partner, held) in Self.monthsHeld {
            for month in held where !(Self.holes[partner] ?? []).contains(month) {
                csv += "\(Self.monthCode(month)),export,\(partner),TOTAL,\(Self.value(partner, month: month))\n"
            }
        }
        // Periods the calendar does not hold, stated for one key each: the others get them derived.
        csv += "2023-03..2023-07,export,CN,TOTAL,1\n2023-11..2024-02,export,JP,TOTAL,2\n2023-01..2024-02,export,CN,TOTAL,3\n"
        try warehouse.ingest("months.csv", csv)

        let derived = try warehouse.store.db.query("""
            SELECT p.code || ' ' || pa.code || ' ' || f.value_usd FROM figure f
            JOIN period p ON p.id = f.period_id JOIN partner pa ON pa.id = f.partner_id
            WHERE f.source = 'derived' AND f.method = 'sum of months'
            """).rows.map { $0[0].text ?? "" }
        #expect(Set(derived) == Self.expected)
        #expect(derived.count == 35)
    }
}
