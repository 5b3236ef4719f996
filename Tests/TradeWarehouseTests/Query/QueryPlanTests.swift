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
        // One-row settings tables (as_of, derive_window), the balance view's own grouping, a
        // subquery already narrowed by the query's filters and the rows a compound view's arms
        // produce (each arm's own steps are checked) are fine to scan.
        let small = ["SCAN totals", "SCAN as_of", "SCAN derive_window", "SCAN (subquery-", "SCAN yoy"]
        let fullScans = plan.indices.filter { index in
            let step = plan[index]
            return step.hasPrefix("SCAN ") && !small.contains { step.hasPrefix($0) } && !isGuardedByCommodityCode(plan, index)
        }
        #expect(fullScans.isEmpty, "\(sql): \(fullScans.map { plan[$0] })")
    }

    /// The HS-code branch of `all_facts` reads all of `fact` when the query names no period; that
    /// scan runs only for a commodity that is an HS code, because the commodity row, looked up by
    /// its code first, must be of kind `hs` (for TOTAL or a group there is no such row, and no scan).
    private func isGuardedByCommodityCode(_ plan: [String], _ index: Int) -> Bool {
        guard plan[index] == "SCAN f" else { return false }
        return plan[..<index].last { $0.hasPrefix("SEARCH c ") || $0.contains("UNION ALL") }?
            .hasPrefix("SEARCH c USING INDEX sqlite_autoindex_commodity_1 (code=?)") == true
    }
}
