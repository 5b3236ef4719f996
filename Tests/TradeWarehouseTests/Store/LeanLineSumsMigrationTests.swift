import Testing
@testable import TradeWarehouse

/// Migration 0016 keeps, of the sums of HS lines in `figure`, each country's total and the world's
/// total and chapters; a country's chapters and the world's headings and subheadings that an older
/// warehouse kept go (queries sum them from the lines when asked), and reported figures stay.
@Suite struct LeanLineSumsMigrationTests {
    static let rows = """
        INSERT INTO period (code, kind, first_half, last_half) VALUES ('2024-01', 'month', 48576, 48577);
        INSERT INTO commodity (code, kind, name_en) VALUES ('85', 'hs', 'HS 85'), ('8517', 'hs', 'HS 8517'),
                                                           ('851712', 'hs', 'HS 851712');
        WITH v (partner, commodity, value, source, method) AS (
            VALUES ('US', 'TOTAL', 750, 'derived', 'sum of HS lines'), ('US', '85', 750, 'derived', 'sum of HS lines'),
                   ('WORLD', 'TOTAL', 750, 'derived', 'sum of HS lines'), ('WORLD', '85', 750, 'derived', 'sum of HS lines'),
                   ('WORLD', '8517', 750, 'derived', 'sum of HS lines'), ('WORLD', '851712', 50, 'derived', 'sum of HS lines'),
                   ('CN', '85', 300, 'reported', NULL))
        INSERT INTO figure (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd, source, method)
        SELECT (SELECT id FROM period WHERE code = '2024-01'), 1, p.id, c.id, 1, v.value, 0, v.source, v.method
        FROM v JOIN partner p ON p.code = v.partner JOIN commodity c ON c.code = v.commodity;
        """

    @Test func finerSumsGoAndTheKeptOnesStay() throws {
        let dir = try TemporaryDirectory()
        let old = try Database(path: dir.path("old.sqlite"))
        try Migrator(migrations: Migration.embedded().filter { $0.version <= 15 }).migrate(old)
        try old.execute(Self.rows)
        let upgraded = try TradeStore.open(path: dir.path("old.sqlite"))
        #expect(upgraded.migrationsApplied == ["0016_lean_line_sums.sql", "0017_line_offsets.sql", "0019_commodity_hs.sql"])
        let figures = try upgraded.db.query("""
            SELECT pa.code || ' ' || c.code || ' ' || f.value_usd || ' ' || f.source FROM figure f
            JOIN partner pa ON pa.id = f.partner_id JOIN commodity c ON c.id = f.commodity_id ORDER BY 1
            """).rows.map { $0[0].text ?? "" }
        #expect(figures == ["CN 85 300 reported", "US TOTAL 750 derived", "WORLD 85 750 derived", "WORLD TOTAL 750 derived"])
    }
}
