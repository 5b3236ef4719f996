import Testing
@testable import TradeWarehouse

/// Table `figure` is kept by ingest as it writes: it must always hold exactly the current reported
/// figures of TOTAL and the commodity groups (plus derived ones), never an HS code's, whatever
/// sequence of releases, revisions and replacements came before.
@Suite struct FigureTableTests {
    static let header = "period,flow,partner,commodity,value_usd\n"

    /// The reported rows of `figure`, and the same rows computed afresh from `fact` with a GROUP BY
    /// over every standing release (the latest release of each key wins).
    func reportedFigures(_ warehouse: TestWarehouse) throws -> (kept: [[CellValue]], fresh: [[CellValue]]) {
        let kept = try warehouse.store.db.query("""
            SELECT period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, release_id
            FROM figure WHERE source = 'reported' ORDER BY 1, 2, 3, 4, 5
            """).rows
        let fresh = try warehouse.store.db.query("""
            SELECT f.period_id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id, f.value_usd, f.release_id
            FROM fact f
            JOIN (SELECT g.period_id, g.flow_id, g.partner_id, g.commodity_id, g.sector_id, max(g.release_id) AS latest
                  FROM fact g JOIN release r ON r.id = g.release_id AND r.replaced_by IS NULL
                  GROUP BY 1, 2, 3, 4, 5) k
              ON k.period_id = f.period_id AND k.flow_id = f.flow_id AND k.partner_id = f.partner_id
             AND k.commodity_id = f.commodity_id AND k.sector_id = f.sector_id AND k.latest = f.release_id
            JOIN commodity c ON c.id = f.commodity_id AND c.kind <> 'hs'
            ORDER BY 1, 2, 3, 4, 5
            """).rows
        return (kept, fresh)
    }

    func expectInStep(_ warehouse: TestWarehouse, _ moment: String) throws {
        let (kept, fresh) = try reportedFigures(warehouse)
        #expect(kept == fresh, "\(moment)")
        #expect(!kept.isEmpty, "\(moment)")
        try expectListingInStep(warehouse, moment)
    }

    /// The listing columns ingest keeps in `figure` (codes, half-months, year-on-year change) equal
    /// what view `figure_change` works out afresh, for every figure.
    func expectListingInStep(_ warehouse: TestWarehouse, _ moment: String) throws {
        let columns = "first_half, last_half, period_code, flow_code, partner_code, prior_value_usd, delta_pct, basis_id"
        let kept = try warehouse.store.db.query("""
            SELECT period_id, flow_id, partner_id, commodity_id, sector_id, \(columns) FROM figure ORDER BY 1, 2, 3, 4, 5
            """).rows
        let fresh = try warehouse.store.db.query("""
            SELECT period_id, flow_id, partner_id, commodity_id, sector_id, \(columns) FROM figure_change ORDER BY 1, 2, 3, 4, 5
            """).rows
        #expect(kept == fresh, "\(moment)")
    }

    @Test func yearOnYearChangeFollowsTheYearBefore() throws {
        let warehouse = try TestWarehouse()
        let change = "SELECT prior_value_usd, delta_usd, delta_pct, basis FROM yoy WHERE period = '2024-01' AND partner = 'WORLD'"
        try warehouse.ingest("both.csv", Self.header + "2023-01,export,WORLD,TOTAL,100\n2024-01,export,WORLD,TOTAL,150\n")
        #expect(try warehouse.store.db.query(change).rows == [[.integer(100), .integer(50), .real(50), .text("computed")]])
        try warehouse.ingest("revision.csv", Self.header + "2023-01,export,WORLD,TOTAL,120\n")
        try expectInStep(warehouse, "after a revision of the year before")
        #expect(try warehouse.store.db.query(change).rows == [[.integer(120), .integer(30), .real(25), .text("computed")]])
        try warehouse.ingest("revision.csv", Self.header + "2023-01,export,WORLD,TOTAL,125\n", options: IngestOptions(replace: true))
        try expectInStep(warehouse, "after --replace of that revision")
        #expect(try warehouse.store.db.query(change).rows == [[.integer(125), .integer(25), .real(20), .text("computed")]])
        let asFirst = try QueryRunner(db: warehouse.store.db).run(.yoy, QueryFilters(period: try Period.parse("2024-01"), asOf: .release(1)))
        #expect(asFirst.rows.map { Array($0[6...9]) } == [[.integer(100), .integer(50), .real(50), .text("computed")]])
        try expectListingInStep(warehouse, "after --as-of, rolled back")
    }

    @Test func figureFollowsIngestRevisionAndReplace() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("jan.csv", Self.header + """
            2024-01,export,WORLD,TOTAL,33570000000
            2024-01,export,US,TOTAL,9600000000
            2024-01,export,US,85171200,700000000
            2024-02,export,WORLD,TOTAL,29000000000
            """)
        try expectInStep(warehouse, "after the first release")
        try warehouse.ingest("revision.csv", Self.header + """
            2024-01,export,WORLD,TOTAL,34530000000
            2024-01,export,US,85171200,710000000
            """)
        try expectInStep(warehouse, "after a revision")
        #expect(try warehouse.scalar("SELECT value_usd FROM facts WHERE partner = 'WORLD' AND period = '2024-01'") == .integer(34_530_000_000))
        try warehouse.ingest("jan.csv", Self.header + "2024-01,export,US,TOTAL,9700000000\n", options: IngestOptions(replace: true))
        try expectInStep(warehouse, "after --replace")
        // The replaced release's February total is gone; January's world figure is the revision's.
        #expect(try warehouse.factLines() == [
            "2024-01 export US 85171200 ALL 710000000",
            "2024-01 export US TOTAL ALL 9700000000",
            "2024-01 export WORLD TOTAL ALL 34530000000",
        ])
    }

    /// A large file's load sets `figure`'s indexes aside and makes them again at its end; so does a
    /// refresh that rewrites most of the table.
    @Test func indexesSetAsideAreMadeAgain() throws {
        let warehouse = try TestWarehouse()
        let months = (1...12).map { String(format: "2023-%02d", $0) } + (1...12).map { String(format: "2024-%02d", $0) }
        let partners = try warehouse.store.db.query("SELECT code FROM partner WHERE kind = 'country' ORDER BY code LIMIT 210")
            .rows.compactMap { $0.first?.text }
        try warehouse.ingest("big.csv", Self.header + months.enumerated().flatMap { index, month in
            partners.map { "\(month),export,\($0),TOTAL,\(1000 + index)\n" }
        }.joined())
        let indexes = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figure' ORDER BY name"
        let before = try warehouse.store.db.query(indexes).rows
        #expect(before.map { $0[0] } == [.text("figure_by_series"), .text("figure_listing")])
        try warehouse.store.db.transaction {
            let definitions = try DerivedFigures.setIndexesAside(warehouse.store.db)
            #expect(definitions.count == 2)
            try DerivedFigures.refresh(warehouse.store.db, firstHalf: 0, lastHalf: 1 << 40, indexesSetAside: definitions)
        }
        #expect(try warehouse.store.db.query(indexes).rows == before)
        #expect(try warehouse.scalar("PRAGMA cache_size") == .integer(-2000), "the smaller cache of the refresh's sorts is undone")
        try expectInStep(warehouse, "after a refresh with the indexes set aside")
        // 2024-Q1 = 1012 + 1013 + 1014, a year after 1000 + 1001 + 1002.
        #expect(try warehouse.store.db.query("""
            SELECT value_usd, prior_value_usd, delta_pct, basis FROM yoy WHERE period = '2024-Q1' AND partner = 'DE'
            """).rows == [[3039, 3003, .real(1.2), "computed"]])
    }

    /// An HS code's own figures stay in `fact` alone; `figure` holds only the sums of the lines
    /// (issue 20) that ingest keeps: the country's total and the world's total and chapter
    /// (migration 0016; finer sums are summed when a query asks).
    @Test func hsCodesAreStoredOnceAndNotDerived() throws {
        let warehouse = try TestWarehouse()
        let months = ["2024-01", "2024-02", "2024-03"]
        try warehouse.ingest("q1.csv", Self.header + months.enumerated().map { index, month in
            "\(month),export,US,TOTAL,\(9_000_000_000 + index)\n\(month),export,US,85171200,\(700_000_000 + index)\n"
        }.joined())
        #expect(try warehouse.scalar("""
            SELECT count(*) || ' ' || min(f.method) || ' ' || max(f.method)
            FROM figure f JOIN commodity c ON c.id = f.commodity_id WHERE c.kind = 'hs'
            """) == .text("3 sum of HS lines sum of HS lines"))
        let quarter = try warehouse.store.db.query("""
            SELECT partner, commodity, value_usd, source FROM all_facts WHERE period = '2024-Q1' ORDER BY commodity, partner
            """).rows
        #expect(quarter == [["US", "TOTAL", .integer(27_000_000_003), "derived"], ["WORLD", "TOTAL", .integer(2_100_000_003), "derived"]])
        let march = try warehouse.store.db.query("""
            SELECT partner, commodity, value_usd, source FROM all_facts WHERE period = '2024-03' ORDER BY commodity, partner
            """).rows
        #expect(march == [["WORLD", "85", .integer(700_000_002), "derived"],
                          ["US", "85171200", .integer(700_000_002), "reported"],
                          ["US", "TOTAL", .integer(9_000_000_002), "reported"], ["WORLD", "TOTAL", .integer(700_000_002), "derived"]])
    }

    @Test func yoyAndMomOfAnHSCodeReadTheirFiguresFromFact() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("hs.csv", Self.header + """
            2023-02,export,CN,85171200,500000000
            2024-01,export,CN,85171200,600000000
            2024-02,export,CN,85171200,750000000
            """)
        let yoy = try warehouse.store.db.query("""
            SELECT prior_value_usd, delta_usd, delta_pct, basis FROM yoy WHERE period = '2024-02' AND commodity = '85171200'
            """).rows
        #expect(yoy == [[.integer(500_000_000), .integer(250_000_000), .real(50.0), .text("computed")]])
        let mom = try warehouse.store.db.query("""
            SELECT previous_period, previous_value_usd, delta_pct FROM mom WHERE period = '2024-02' AND commodity = '85171200'
            """).rows
        #expect(mom == [[.text("2024-01"), .integer(600_000_000), .real(25.0)]])
    }

    @Test func supersededCountsOnlyRestatedKeys() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("a.csv", Self.header + "2024-01,export,WORLD,TOTAL,1000\n2024-01,export,US,85171200,10\n")
        let later = try warehouse.ingest("b.csv", Self.header + """
            2024-01,export,US,85171200,11
            2024-01,export,CN,85171200,12
            2024-02,export,WORLD,TOTAL,2000
            """)
        #expect(later.rowsSuperseded == 1)
        #expect(try warehouse.scalar("SELECT count(*) FROM release_period") == .integer(3))
    }
}

/// A warehouse filled before migration 0009 gets figure's listing columns, and its releases their
/// counts of new, confirmed and revised figures, from the migration itself.
@Suite struct ListingMigrationTests {
    @Test func figuresOfAnOlderWarehouseGetTheirYearOnYearChange() throws {
        let dir = try TemporaryDirectory()
        let db = try Database(path: dir.path("old.sqlite"))
        let migrations = Migration.embedded()
        _ = try Migrator(migrations: Array(migrations.prefix { $0.version <= 8 })).migrate(db)
        try db.execute("""
            INSERT INTO release (id, path, sha256, format, row_count, ingested_at)
            VALUES (1, 'old.csv', printf('%064d', 1), 'csv', 2, '2025-01-01T00:00:00Z'),
                   (2, 'revision.csv', printf('%064d', 2), 'csv', 1, '2025-02-01T00:00:00Z');
            INSERT INTO period (code, kind, first_half, last_half) VALUES ('2023-01', 'month', 48552, 48553), ('2024-01', 'month', 48576, 48577);
            CREATE TEMP TABLE given (release_id, code, value, pct);
            INSERT INTO given VALUES (1, '2023-01', 8000, 25.0), (1, '2024-01', 9000, NULL), (2, '2024-01', 10000, NULL);
            INSERT INTO fact (period_id, flow_id, partner_id, commodity_id, sector_id, release_id, value_usd, source_line)
            SELECT p.id, 1, (SELECT id FROM partner WHERE code = 'US'), (SELECT id FROM commodity WHERE code = 'TOTAL'), 1,
                   g.release_id, g.value, 2
            FROM given g JOIN period p ON p.code = g.code;
            INSERT INTO release_period (release_id, period_id) SELECT DISTINCT release_id, period_id FROM fact;
            INSERT INTO figure (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd, yoy_pct, source, release_id)
            SELECT p.id, 1, (SELECT id FROM partner WHERE code = 'US'), (SELECT id FROM commodity WHERE code = 'TOTAL'), 1,
                   g.value, 0, g.pct, 'reported', g.release_id
            FROM given g JOIN period p ON p.code = g.code
            WHERE g.release_id = (SELECT max(release_id) FROM given h WHERE h.code = g.code);
            """)
        #expect(try Migrator(migrations: migrations).migrate(db) == migrations.filter { $0.version > 8 }.map(\.name))
        let rows = try db.query("""
            SELECT period, partner, value_usd, prior_value_usd, delta_usd, delta_pct, basis FROM yoy ORDER BY period
            """).rows
        #expect(rows == [
            ["2023-01", "US", 8000, 6400, 1600, .real(25), "reported"],
            ["2024-01", "US", 10000, 8000, 2000, .real(25), "computed"],
        ])
        #expect(try db.query("SELECT count(*) FROM figure WHERE first_half IS NULL OR period_code IS NULL").rows == [[.integer(0)]])
        // What each release did, counted by the migration once: release 2 revised release 1's 2024-01.
        #expect(try db.query("SELECT id, new_count, confirmed_count, revised_count FROM release ORDER BY id").rows
                == [[1, 2, 0, 0], [2, 0, 0, 1]])
    }
}
