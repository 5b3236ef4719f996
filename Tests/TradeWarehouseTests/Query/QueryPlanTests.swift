import Testing
@testable import TradeWarehouse

/// The named queries' main shapes are answered by index searches, never by reading every figure.
@Suite struct QueryPlanTests {
    static let shapes = [
        "SELECT * FROM yoy WHERE period = '2024-06' AND commodity = 'TOTAL' AND sector = 'ALL'",
        "SELECT * FROM yoy WHERE partner = 'US' AND commodity = 'PHONES' AND sector = 'ALL'",
        "SELECT * FROM balance WHERE period = '2024-06'",
        "SELECT * FROM mom WHERE period = '2024-06' AND partner = 'WORLD'",
        "SELECT * FROM share WHERE period = '2024-06' AND flow = 'export'",
        "SELECT * FROM facts WHERE period = '2024-06' AND partner = 'US'",
    ]

    @Test(arguments: shapes)
    func usesIndexes(sql: String) throws {
        let warehouse = try TestWarehouse()
        let plan = try warehouse.store.db.query("EXPLAIN QUERY PLAN " + sql).rows.compactMap { $0.last?.text }
        // One-row settings tables (as_of, derive_window) and the balance view's own grouping are fine to scan.
        let small = ["SCAN totals", "SCAN as_of", "SCAN derive_window"]
        let fullScans = plan.filter { step in step.hasPrefix("SCAN ") && !small.contains { step.hasPrefix($0) } }
        #expect(fullScans.isEmpty, "\(sql): \(plan)")
    }
}
