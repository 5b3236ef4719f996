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

    /// The derived sums of months a key must get: every listed period whose months it all has.
    static func expectedSums(periods: [(code: String, months: ClosedRange<Int>)], reported: Set<String>) -> Set<String> {
        var lines: Set<String> = []
        for (partner, held) in monthsHeld {
            for period in periods where !reported.contains("\(period.code) \(partner)") {
                let months = Array(period.months)
                guard months.allSatisfy({ held.contains($0) && !(holes[partner] ?? []).contains($0) }) else { continue }
                lines.insert("\(period.code) \(partner) \(months.map { value(partner, month: $0) }.reduce(0, +))")
            }
        }
        return lines
    }

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

        var periods: [(code: String, months: ClosedRange<Int>)] = (2...12).map { ("2023-01..2023-\($0 < 10 ? "0" : "")\($0)", 1...$0) }
        periods = periods.map { $0.code == "2023-01..2023-12" ? ("2023", $0.months) : $0 }
        periods = periods.filter { $0.code != "2023-01..2023-03" } + [("2023-Q1", 1...3)]
        periods += [("2023-Q2", 4...6), ("2023-Q3", 7...9), ("2023-Q4", 10...12), ("2024-01..2024-02", 13...14),
                    ("2023-03..2023-07", 3...7), ("2023-11..2024-02", 11...14), ("2023-01..2024-02", 1...14)]
        let expected = Self.expectedSums(periods: periods,
                                         reported: ["2023-03..2023-07 CN", "2023-11..2024-02 JP", "2023-01..2024-02 CN"])

        let derived = try warehouse.store.db.query("""
            SELECT p.code || ' ' || pa.code || ' ' || f.value_usd FROM figure f
            JOIN period p ON p.id = f.period_id JOIN partner pa ON pa.id = f.partner_id
            WHERE f.source = 'derived' AND f.method = 'sum of months'
            """).rows.map { $0[0].text ?? "" }
        #expect(Set(derived) == expected)
        #expect(derived.count == expected.count)
        #expect(expected.contains("2023 WORLD \((1...12).map { Self.value("WORLD", month: $0) }.reduce(0, +))"))
        #expect(expected.contains("2023-03..2023-07 JP \((3...7).map { Self.value("JP", month: $0) }.reduce(0, +))"))
        #expect(expected.contains("2023-01..2024-02 WORLD \((1...14).map { Self.value("WORLD", month: $0) }.reduce(0, +))"))
        #expect(!expected.contains { $0.hasPrefix("2023-Q3 US") })  // August is missing
    }
}
