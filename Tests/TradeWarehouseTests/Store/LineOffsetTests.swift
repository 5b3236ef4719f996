import Testing
@testable import TradeWarehouse

/// A figure's line is stored as its distance from a line of its period in its release,
/// `release_period.first_line` (migration 0017): `fact_full`, `fact_sources` and a release's
/// listing give the whole line back.
@Suite struct LineOffsetTests {
    static let header = "period,flow,partner,commodity,value_usd\n"
    static let partners = ["US", "CN", "JP", "KR"]

    /// Three months of four partners' totals, month after month: lines 2-13.
    static let byMonth = header + ["2024-01", "2024-02", "2024-03"].enumerated().flatMap { month, period in
        partners.enumerated().map { partner, code in "\(period),export,\(code),TOTAL,\(100 * (month * 4 + partner + 1))" }
    }.joined(separator: "\n") + "\n"

    /// The same months taking turns, partner by partner: 2024-01's figures on lines 2, 5, 8 and 11.
    static let interleaved = header + partners.enumerated().flatMap { partner, code in
        ["2024-01", "2024-02", "2024-03"].enumerated().map { month, period in "\(period),import,\(code),TOTAL,\(7 * (partner * 3 + month + 1))" }
    }.joined(separator: "\n") + "\n"

    static func column(_ sql: String, in warehouse: TestWarehouse) throws -> String? {
        try warehouse.scalar("SELECT group_concat(x, ',') FROM (\(sql))")?.text
    }

    @Test func aFileByMonthStoresSmallDistancesAndReadsWholeLines() throws {
        let warehouse = try TestWarehouse()
        _ = try warehouse.ingest("by-month.csv", Self.byMonth)
        #expect(try Self.column("SELECT first_line AS x FROM release_period ORDER BY first_line", in: warehouse) == "2,6,10")
        #expect(try Self.column("SELECT line_offset AS x FROM fact ORDER BY period_id, line_offset", in: warehouse)
                == "0,1,2,3,0,1,2,3,0,1,2,3")
        #expect(try Self.column("SELECT source_line || '=' || value_usd AS x FROM fact_full ORDER BY source_line", in: warehouse)
                == "2=100,3=200,4=300,5=400,6=500,7=600,8=700,9=800,10=900,11=1000,12=1100,13=1200")
        let listing = try BrowseQueries.releaseFigures(warehouse.store.db, release: 1)
        let line = try #require(listing.columns.firstIndex(of: "line"))
        #expect(listing.rows.map { $0[line].integer ?? 0 } == Array(2...13))
    }

    @Test func monthsTakingTurnsReadTheirOwnLines() throws {
        let warehouse = try TestWarehouse()
        _ = try warehouse.ingest("interleaved.csv", Self.interleaved)
        #expect(try Self.column("SELECT first_line AS x FROM release_period ORDER BY first_line", in: warehouse) == "2,3,4")
        #expect(try Self.column("""
            SELECT p.code || ':' || f.source_line || '=' || f.value_usd AS x
            FROM fact_full f JOIN period p ON p.id = f.period_id ORDER BY f.source_line
            """, in: warehouse) == "2024-01:2=7,2024-02:3=14,2024-03:4=21,2024-01:5=28,2024-02:6=35,2024-03:7=42,"
                + "2024-01:8=49,2024-02:9=56,2024-03:10=63,2024-01:11=70,2024-02:12=77,2024-03:13=84")
        #expect(try Self.column("SELECT line AS x FROM fact_sources WHERE partner = 'KR' AND period = '2024-02'", in: warehouse)
                == "12")
    }
}
