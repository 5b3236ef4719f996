import Testing
@testable import TradeWarehouse

/// What the web app reads beside the named queries, and the reading connection it reads on.
@Suite struct BrowseQueriesTests {
    func fixture() throws -> TestWarehouse {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("a.csv", """
            period,flow,partner,commodity,value_usd
            2024-01,export,WORLD,TOTAL,34530000000
            2024-01,export,US,TOTAL,9600000000
            2024-01,export,WORLD,PHONES,5580000000
            2024-02,export,WORLD,TOTAL,29060000000
            2024-Q1,export,WORLD,TOTAL,93000000000
            """)
        try warehouse.ingest("b.csv", """
            period,flow,partner,commodity,value_usd
            2024-01,export,US,TOTAL,9700000000
            """)
        return warehouse
    }

    @Test func theLatestMonthOfTheHeadlineOfPartnersAndOfCommodities() throws {
        let warehouse = try fixture()
        let db = warehouse.store.db
        #expect(try BrowseQueries.latestMonth(db)?.code == "2024-02")
        #expect(try BrowseQueries.latestMonth(db, breakdown: .partner)?.code == "2024-01")
        #expect(try BrowseQueries.latestMonth(db, breakdown: .commodity)?.code == "2024-01")
        #expect(try BrowseQueries.latestMonth(try TestWarehouse().store.db) == nil)
    }

    @Test func sourcesAndAReleasesFiguresNameTheirLines() throws {
        let warehouse = try fixture()
        let db = warehouse.store.db
        let sources = try BrowseQueries.sources(db, partner: "US", commodity: "TOTAL")
        #expect(sources.columns == ["period", "flow", "release_id", "path", "line", "text"])
        #expect(sources.rows == [["2024-01", "export", 2, .text(warehouse.directory.path("b.csv")), 2, .null]])
        let first = try BrowseQueries.releaseFigures(db, release: 1)
        #expect(first.columns == ["period", "flow", "partner", "commodity", "sector", "value_usd", "line", "text"])
        #expect(first.rows.map { [$0[0], $0[2], $0[3], $0[5], $0[6]] } == [
            ["2024-01", "WORLD", "TOTAL", 34530000000, 2], ["2024-01", "US", "TOTAL", 9600000000, 3],
            ["2024-01", "WORLD", "PHONES", 5580000000, 4], ["2024-02", "WORLD", "TOTAL", 29060000000, 5],
            ["2024-Q1", "WORLD", "TOTAL", 93000000000, 6],
        ])
    }

    @Test func aReaderReadsOneSnapshotAndChangesNothing() throws {
        let warehouse = try fixture()
        let reader = try TradeStore.openReader(path: warehouse.store.db.path)
        let count = "SELECT count(*) FROM fact"
        #expect(try reader.query(count).rows == [[6]])
        try warehouse.ingest("c.csv", "period,flow,partner,commodity,value_usd\n2024-03,export,WORLD,TOTAL,1\n")
        #expect(try reader.query(count).rows == [[6]])
        #expect(try TradeStore.openReader(path: warehouse.store.db.path).query(count).rows == [[7]])
        for script in ["DELETE FROM fact", "COMMIT", "ATTACH 'x.sqlite' AS x", "PRAGMA query_only = OFF"] {
            #expect(throws: QueryError.self, "\(script)") {
                try AdHocSQL.run(script, parameters: [:], reader: reader, timeout: 5)
            }
        }
        #expect(try AdHocSQL.parameterNames(in: "SELECT :a, :b; SELECT :a, $c", on: reader) == ["a", "b", "c"])
        #expect(throws: QueryError.timedOut(seconds: 0.2)) {
            try AdHocSQL.run("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
                             parameters: [:], reader: reader, timeout: 0.2)
        }
    }
}
