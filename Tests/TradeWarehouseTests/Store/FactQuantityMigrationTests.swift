import Testing
@testable import TradeWarehouse

/// Migration 0015 moves each figure's quantity into `fact` and says a unit once per release and
/// commodity (`release_unit`); a warehouse made before it reads the same quantities and units after.
@Suite struct FactQuantityMigrationTests {
    static let rows = """
        INSERT INTO period (code, kind, first_half, last_half) VALUES ('2024-01', 'month', 48576, 48577);
        INSERT INTO release (id, path, sha256, format, row_count, ingested_at, rank)
        VALUES (1, 'old.csv', '\(String(repeating: "a", count: 64))', 'csv', 5, '2024-02-01T00:00:00Z', 1);
        WITH v (partner, commodity, value, line) AS (
            VALUES ('US', 'RICE', 100, 2), ('CN', 'RICE', 200, 3), ('JP', 'RICE', 300, 4), ('US', 'COFFEE', 400, 5), ('KR', 'RICE', 50, 6))
        INSERT INTO fact (period_id, flow_id, partner_id, commodity_id, sector_id, release_id, value_usd, source_line)
        SELECT (SELECT id FROM period WHERE code = '2024-01'), 1, p.id, c.id, 1, 1, v.value, v.line
        FROM v JOIN partner p ON p.code = v.partner JOIN commodity c ON c.code = v.commodity;
        WITH v (partner, commodity, quantity, unit, qualifier, estimated) AS (
            VALUES ('US', 'RICE', 5.0, 'tonne', NULL, NULL), ('CN', 'RICE', 7.5, 'tonne', NULL, NULL),
                   ('JP', 'RICE', 2.0, 'kg', NULL, NULL), ('US', 'COFFEE', NULL, 'tonne', 'approx', NULL),
                   ('KR', 'RICE', NULL, NULL, NULL, 1))
        INSERT INTO fact_detail (period_id, flow_id, partner_id, commodity_id, sector_id, release_id, quantity, unit, qualifier, estimated)
        SELECT (SELECT id FROM period WHERE code = '2024-01'), 1, p.id, c.id, 1, 1, v.quantity, v.unit, v.qualifier, v.estimated
        FROM v JOIN partner p ON p.code = v.partner JOIN commodity c ON c.code = v.commodity;
        """

    @Test func quantitiesAndUnitsOfAnOlderWarehouseStayWithTheirFigures() throws {
        let dir = try TemporaryDirectory()
        let old = try Database(path: dir.path("old.sqlite"))
        try Migrator(migrations: Migration.embedded().filter { $0.version <= 14 }).migrate(old)
        try old.execute(Self.rows)
        let upgraded = try TradeStore.open(path: dir.path("old.sqlite"))
        #expect(upgraded.migrationsApplied == ["0015_fact_quantity.sql", "0016_lean_line_sums.sql", "0017_line_offsets.sql", "0019_commodity_hs.sql"])
        let facts = try upgraded.db.query("""
            SELECT partner, commodity, value_usd, quantity, unit, qualifier, estimated FROM facts ORDER BY commodity, partner
            """).rows
        #expect(facts == [
            [.text("US"), .text("COFFEE"), .integer(400), .null, .text("tonne"), .text("approx"), .integer(0)],
            [.text("CN"), .text("RICE"), .integer(200), .real(7.5), .text("tonne"), .text("exact"), .integer(0)],
            [.text("JP"), .text("RICE"), .integer(300), .real(2), .text("kg"), .text("exact"), .integer(0)],
            [.text("KR"), .text("RICE"), .integer(50), .null, .null, .text("exact"), .integer(1)],
            [.text("US"), .text("RICE"), .integer(100), .real(5), .text("tonne"), .text("exact"), .integer(0)],
        ])
        // Rice's unit is said once ("kg", the first in order); the tonnes beside it, and coffee's unit
        // without a quantity, stay on their figures, with the qualifier and the estimate flag.
        #expect(try upgraded.db.query("SELECT c.code, u.unit FROM release_unit u JOIN commodity c ON c.id = u.commodity_id").rows
            == [[.text("RICE"), .text("kg")]])
        #expect(try upgraded.db.query("SELECT count(*), count(unit) FROM fact_detail").rows == [[.integer(4), .integer(3)]])
        // Their lines stay whole (migration 0017: no first line of theirs is stored, so none is added).
        #expect(try upgraded.db.query("SELECT group_concat(line, ',') FROM (SELECT line FROM fact_sources ORDER BY line)").rows
            == [[.text("2,3,4,5,6")]])
    }

    @Test func ingestSaysAUnitOncePerCommodityAndKeepsAnotherOnItsFigure() throws {
        let warehouse = try TestWarehouse()
        let store = warehouse.store
        try warehouse.ingest("lines.csv", """
            period,flow,partner,commodity,value_usd,quantity,unit
            2024-01,export,US,85171300,1000,5,piece
            2024-01,export,CN,85171300,2000,7.5,piece
            2024-01,export,JP,85171300,3000,2,set
            2024-01,export,KR,85171300,4000,,
            2024-01,export,US,09011110,500,,tonne

            """)
        #expect(try store.db.query("""
            SELECT partner, commodity, quantity, unit FROM facts ORDER BY commodity, partner
            """).rows == [
            [.text("US"), .text("09011110"), .null, .text("tonne")],
            [.text("CN"), .text("85171300"), .real(7.5), .text("piece")],
            [.text("JP"), .text("85171300"), .real(2), .text("set")],
            [.text("KR"), .text("85171300"), .null, .null],
            [.text("US"), .text("85171300"), .real(5), .text("piece")],
        ])
        #expect(try store.db.query("SELECT unit FROM release_unit").rows == [[.text("piece")]])
        #expect(try store.db.query("SELECT unit FROM fact_detail ORDER BY unit").rows == [[.text("set")], [.text("tonne")]])
    }
}
