import Testing
@testable import TradeWarehouse

/// The sums of HS lines that ingest keeps in `figure` (issue 20), and those summed when a query asks
/// (`LineRollups`), equal a fresh `GROUP BY` over the current lines after a first load, after a
/// revision that restates some lines and adds a partner, after `--replace`, and never stand where a
/// release states the figure.
@Suite struct LineSumsTests {
    /// Two months of lines for three countries and a line of WORLD (not summed: only countries' are).
    static let first = """
        period,flow,partner,commodity,value_usd,quantity,unit
        2024-01,export,US,85171300,700,10,piece
        2024-01,export,US,85171200,50,1,piece
        2024-01,export,US,61091000,40,8,piece
        2024-01,export,CN,85423100,300,,
        2024-01,export,CN,09011110,25,5,tonne
        2024-01,import,CN,85423100,900,,
        2024-01,import,JP,85044090,120,3,piece
        2024-02,export,US,85171300,650,9,piece
        2024-02,export,CN,85423100,310,,
        2024-02,export,WORLD,85171300,999,,

        """

    /// Restates two January lines, adds a Korean one, and states China's January export total.
    static let revision = """
        period,flow,partner,commodity,value_usd
        2024-01,export,US,85171300,720
        2024-01,export,CN,85423100,280
        2024-01,export,KR,85171300,60
        2024-01,export,CN,TOTAL,400

        """

    /// What the sums kept in `figure` must be: the current lines of countries, grouped by each
    /// country's total and the world's total and chapters, where no release states the key.
    static let freshGroupBy = freshSums("""
        SELECT period, flow, partner, 'TOTAL' AS commodity, sum(value_usd) AS value_usd FROM line GROUP BY 1, 2, 3
        UNION ALL SELECT period, flow, 'WORLD', 'TOTAL', sum(value_usd) FROM line GROUP BY 1, 2
        UNION ALL SELECT period, flow, 'WORLD', substr(commodity, 1, 2), sum(value_usd) FROM line GROUP BY 1, 2, 4
        """)

    /// What the roll-ups summed when asked (`LineRollups`) must be: each country's chapters,
    /// headings and subheadings, and the world's headings and subheadings, where no release states the key.
    static let freshRollups = freshSums("""
        SELECT period, flow, partner, substr(commodity, 1, 2) AS commodity, sum(value_usd) AS value_usd FROM line GROUP BY 1, 2, 3, 4
        UNION ALL SELECT period, flow, partner, substr(commodity, 1, 4), sum(value_usd) FROM line GROUP BY 1, 2, 3, 4
        UNION ALL SELECT period, flow, partner, substr(commodity, 1, 6), sum(value_usd) FROM line GROUP BY 1, 2, 3, 4
        UNION ALL SELECT period, flow, 'WORLD', substr(commodity, 1, 4), sum(value_usd) FROM line GROUP BY 1, 2, 4
        UNION ALL SELECT period, flow, 'WORLD', substr(commodity, 1, 6), sum(value_usd) FROM line GROUP BY 1, 2, 4
        """)

    /// `summed` (a SELECT of sums over `line`, the current lines of countries) as one text line per
    /// sum, without the keys a release states.
    static func freshSums(_ summed: String) -> String {
        """
        WITH line AS (
            SELECT f.period, f.flow, f.partner, f.commodity, f.value_usd FROM facts f
            JOIN partner pa ON pa.code = f.partner AND pa.kind = 'country'
            WHERE f.commodity GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
        summed AS (\(summed))
        SELECT s.period || ' ' || s.flow || ' ' || s.partner || ' ' || s.commodity || ' ' || s.value_usd FROM summed s
        WHERE NOT EXISTS (SELECT 1 FROM facts r WHERE r.period = s.period AND r.flow = s.flow AND r.partner = s.partner
                                                  AND r.commodity = s.commodity)
        ORDER BY 1
        """
    }

    /// The roll-ups `LineRollups` sums over every month, one text line each, as `freshRollups` has them.
    func rollups(_ warehouse: TestWarehouse) throws -> [String] {
        let (sql, bound) = LineRollups.select([:], window: .range(first: nil, last: nil), comparison: .none)
        return try warehouse.store.db.query("""
            SELECT period || ' ' || flow || ' ' || partner || ' ' || commodity || ' ' || value_usd FROM (\(sql))
            WHERE period_kind = 'month' ORDER BY 1
            """, bound).rows.map { $0[0].text ?? "" }
    }

    static let stored = """
        SELECT p.code || ' ' || fl.code || ' ' || pa.code || ' ' || c.code || ' ' || f.value_usd
        FROM figure f JOIN period p ON p.id = f.period_id JOIN flow fl ON fl.id = f.flow_id
        JOIN partner pa ON pa.id = f.partner_id JOIN commodity c ON c.id = f.commodity_id
        WHERE f.method = 'sum of HS lines'
        ORDER BY 1
        """

    func lines(_ sql: String, _ warehouse: TestWarehouse) throws -> [String] {
        try warehouse.store.db.query(sql).rows.map { $0[0].text ?? "" }
    }

    @Test func sumsEqualAFreshGroupByAfterALoadARevisionAndAReplace() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("first.csv", Self.first)
        let afterLoad = try lines(Self.stored, warehouse)
        #expect(afterLoad == (try lines(Self.freshGroupBy, warehouse)))
        #expect(afterLoad.contains("2024-01 export US TOTAL 790"))
        #expect(afterLoad.contains("2024-01 export WORLD 85 1050"))
        #expect(!afterLoad.contains { $0.contains(" 8517 ") || $0.contains(" US 85 ") }, "finer sums are not kept")
        let rolledUp = try rollups(warehouse)
        #expect(rolledUp == (try lines(Self.freshRollups, warehouse)))
        #expect(rolledUp.contains("2024-01 export WORLD 8517 750"))
        #expect(rolledUp.contains("2024-01 export WORLD 851712 50"))
        #expect(rolledUp.contains("2024-01 export US 85 750"))
        #expect(afterLoad.contains("2024-02 export WORLD TOTAL 960"), "WORLD's own line is not added to the countries' sum")

        try warehouse.ingest("revision.csv", Self.revision)
        let afterRevision = try lines(Self.stored, warehouse)
        #expect(afterRevision == (try lines(Self.freshGroupBy, warehouse)))
        #expect(afterRevision.contains("2024-01 export WORLD TOTAL 1175"))
        #expect(try rollups(warehouse) == (try lines(Self.freshRollups, warehouse)))
        #expect(try rollups(warehouse).contains("2024-01 export KR 85 60"))
        #expect(try rollups(warehouse).contains("2024-01 export US 8517 770"))
        #expect(!afterRevision.contains { $0.hasPrefix("2024-01 export CN TOTAL") }, "China's stated total stands")

        try warehouse.ingest("revision.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,US,85171300,710\n",
                             options: IngestOptions(replace: true))
        let afterReplace = try lines(Self.stored, warehouse)
        #expect(afterReplace == (try lines(Self.freshGroupBy, warehouse)))
        #expect(afterReplace.contains("2024-01 export CN TOTAL 325"), "the retired total gives way to the lines again")
        #expect(afterReplace.contains("2024-01 export WORLD TOTAL 1125"))
        #expect(try rollups(warehouse) == (try lines(Self.freshRollups, warehouse)))
        #expect(try rollups(warehouse).contains("2024-01 export US 8517 760"))
        #expect(try FigureRebuild.differences(databasePath: warehouse.store.db.path).rows.isEmpty)
    }

    @Test func aLineSumNeverStandsOverAStatedHSCode() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("lines.csv", """
            period,flow,partner,commodity,value_usd
            2024-01,export,US,85171300,700
            2024-01,export,US,85,800
            2024-01,export,US,85423100,20

            """)
        let stored = try lines(Self.stored, warehouse)
        #expect(!stored.contains { $0.hasPrefix("2024-01 export US 85 ") })
        #expect(!(try rollups(warehouse)).contains { $0.hasPrefix("2024-01 export US 85 ") })
        #expect(try rollups(warehouse).contains("2024-01 export US 8517 700"))
        #expect(stored.contains("2024-01 export US TOTAL 720"))
        let chapter = try warehouse.store.db.query("SELECT value_usd, source FROM yoy WHERE partner = 'US' AND commodity = '85'").rows
        #expect(chapter == [[.integer(800), .text("reported")]])
    }

    /// A country's total stated in the same file, before its lines or after them, stands; its lines
    /// are not summed into it (LineSums.noteStated), and still count in the world's total and chapters.
    @Test func aTotalStatedInTheSameFileStandsBeforeOrAfterItsLines() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("with-totals.csv", """
            period,flow,partner,commodity,value_usd
            2024-01,export,US,TOTAL,999
            2024-01,export,US,85171300,700
            2024-01,export,US,61091000,50
            2024-01,export,CN,85423100,300
            2024-01,export,CN,09011110,25
            2024-01,export,CN,TOTAL,400
            2024-01,export,JP,85044090,120

            """)
        let stored = try lines(Self.stored, warehouse)
        #expect(stored == (try lines(Self.freshGroupBy, warehouse)))
        #expect(stored == ["2024-01 export JP TOTAL 120", "2024-01 export WORLD 09 25", "2024-01 export WORLD 61 50",
                           "2024-01 export WORLD 85 1120", "2024-01 export WORLD TOTAL 1195"])
        let totals = try warehouse.store.db.query("""
            SELECT pa.code, f.value_usd, f.source FROM figure f JOIN partner pa ON pa.id = f.partner_id
            JOIN commodity c ON c.id = f.commodity_id JOIN period p ON p.id = f.period_id
            WHERE c.code = 'TOTAL' AND p.code = '2024-01' AND pa.code IN ('US', 'CN') ORDER BY pa.code
            """).rows
        #expect(totals == [[.text("CN"), .integer(400), .text("reported")], [.text("US"), .integer(999), .text("reported")]])
        #expect(try FigureRebuild.differences(databasePath: warehouse.store.db.path).rows.isEmpty)
    }
}
