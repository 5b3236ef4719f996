import Testing
@testable import TradeWarehouse

/// The analysis views on purpose-built figures: derived periods, ytd, mom, share, top, reconcile.
@Suite struct AnalysesTests {
    /// Exports to the world by month for Jan–Mar of 2023 and 2024, and a few partners.
    func fixture() throws -> TestWarehouse {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("months.csv", """
            period,flow,partner,commodity,value_usd,yoy_pct
            2023-01,export,WORLD,TOTAL,25120000000,
            2023-02,export,WORLD,TOTAL,23310000000,
            2023-03,export,WORLD,TOTAL,30450000000,
            2024-01,export,WORLD,TOTAL,35770000000,
            2024-02,export,WORLD,TOTAL,26180000000,10
            2024-03,export,WORLD,TOTAL,33410000000,
            2024-03,export,US,TOTAL,9120000000,
            2024-03,export,CN,TOTAL,5270000000,
            2024-03,export,JP,TOTAL,2030000000,
            2024-03,export,WORLD,PHONES,6040000000,
            2024-04-H1,export,WORLD,TOTAL,16210000000,
            2024-04,export,WORLD,TOTAL,34060000000,
            2024-01..2024-05,export,WORLD,TOTAL,165170000000,
            """)
        return warehouse
    }

    func rows(_ warehouse: TestWarehouse, _ sql: String) throws -> [[CellValue]] {
        try warehouse.store.db.query(sql).rows
    }

    @Test func derivedFiguresFillWhatNoReleaseStates() throws {
        let warehouse = try fixture()
        #expect(try rows(warehouse, """
            SELECT period, value_usd, source FROM all_facts
            WHERE flow = 'export' AND partner = 'WORLD' AND commodity = 'TOTAL' AND source = 'derived'
            ORDER BY last_half, first_half DESC
            """) == [
            ["2023-01..2023-02", 48430000000, "derived"], ["2023-Q1", 78880000000, "derived"],
            ["2024-01..2024-02", 61950000000, "derived"], ["2024-Q1", 95360000000, "derived"],
            ["2024-04-H2", 17850000000, "derived"], ["2024-01..2024-04", 129420000000, "derived"],
        ])
        // A month from two spans needs both spans reported: January–May is, January–April only derived.
        #expect(try rows(warehouse, "SELECT count(*) FROM all_facts WHERE period = '2024-05'") == [[0]])
    }

    @Test func aMonthFromTwoReportedSpans() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("spans.csv", """
            period,flow,partner,commodity,value_usd
            2024-01..2024-02,export,WORLD,TOTAL,61950000000
            2024-01..2024-03,export,WORLD,TOTAL,95360000000
            """)
        #expect(try rows(warehouse, "SELECT period, value_usd, source FROM all_facts WHERE period = '2024-03'")
            == [["2024-03", 33410000000, "derived"]])
    }

    @Test func aReportedFigureIsNeverOverriddenByADerivedOne() throws {
        let warehouse = try fixture()
        try warehouse.ingest("q1.csv", "period,flow,partner,commodity,value_usd\n2024-Q1,export,WORLD,TOTAL,95400000000\n")
        #expect(try rows(warehouse, """
            SELECT value_usd, source FROM all_facts WHERE period = '2024-Q1' AND partner = 'WORLD' AND commodity = 'TOTAL'
            """) == [[95400000000, "reported"]])
    }

    @Test func yoyOfADerivedQuarter() throws {
        let warehouse = try fixture()
        let table = try QueryRunner(db: warehouse.store.db).run(.yoy, QueryFilters(period: try Period.parse("2024-01..2024-03")))
        #expect(table.rows == [["2024-Q1", "export", "WORLD", "TOTAL", "ALL", 95360000000, 78880000000, 16480000000,
                                .real(20.89), "computed", "derived"]])
    }

    @Test func yearToDate() throws {
        let warehouse = try fixture()
        let table = try QueryRunner(db: warehouse.store.db).run(.ytd, QueryFilters())
        #expect(table.columns == ["period", "months", "flow", "partner", "commodity", "sector", "value_usd", "prior_value_usd",
                                  "delta_usd", "delta_pct", "basis", "source"])
        #expect(table.rows.map { [$0[0], $0[1], $0[6], $0[7], $0[11]] } == [
            ["2023-01", 1, 25120000000, .null, "reported"],
            ["2023-01..2023-02", 2, 48430000000, .null, "derived"],
            ["2023-Q1", 3, 78880000000, .null, "derived"],
            ["2024-01", 1, 35770000000, 25120000000, "reported"],
            ["2024-01..2024-02", 2, 61950000000, 48430000000, "derived"],
            ["2024-Q1", 3, 95360000000, 78880000000, "derived"],
            ["2024-01..2024-04", 4, 129420000000, .null, "derived"],
            ["2024-01..2024-05", 5, 165170000000, .null, "reported"],
        ])
    }

    @Test func changeOnThePreviousPeriod() throws {
        let warehouse = try fixture()
        let table = try QueryRunner(db: warehouse.store.db).run(.mom, QueryFilters(period: try Period.parse("2024-03")))
        #expect(table.rows == [["2024-03", "export", "WORLD", "TOTAL", "ALL", 33410000000, "2024-02", 26180000000,
                                7230000000, .real(27.62), "reported"]])
        let half = try QueryRunner(db: warehouse.store.db).run(.mom, QueryFilters(period: try Period.parse("2024-04-H2")))
        #expect(half.rows == [["2024-04-H2", "export", "WORLD", "TOTAL", "ALL", 17850000000, "2024-04-H1", 16210000000,
                               1640000000, .real(10.12), "derived"]])
    }

    @Test func sharesOfTheWorldAndOfTheTotal() throws {
        let warehouse = try fixture()
        let runner = try QueryRunner(db: warehouse.store.db)
        let partners = try runner.run(.share, QueryFilters(period: try Period.parse("2024-03"), breakdown: .partner))
        #expect(partners.rows.map { [$0[2], $0[7], $0[8]] } == [
            ["US", 33410000000, .real(27.3)], ["CN", 33410000000, .real(15.77)], ["JP", 33410000000, .real(6.08)],
        ])
        let commodities = try runner.run(.share, QueryFilters(period: try Period.parse("2024-03"), breakdown: .commodity))
        #expect(commodities.rows.map { [$0[3], $0[6], $0[8]] } == [["PHONES", "TOTAL", .real(18.08)]])
    }

    @Test func topPartnersOfAPeriod() throws {
        let warehouse = try fixture()
        let table = try QueryRunner(db: warehouse.store.db).run(.top, QueryFilters(
            period: try Period.parse("2024-03"), breakdown: .partner, limit: 2))
        #expect(table.rows.map { [$0[0], $0[3], $0[6]] } == [[1, "US", 9120000000], [2, "CN", 5270000000]])
        #expect(throws: QueryError.periodRequired(query: "top")) {
            try QueryRunner(db: warehouse.store.db).run(.top, QueryFilters())
        }
    }

    @Test func reconcileNamesEveryCheck() throws {
        let warehouse = try fixture()
        try warehouse.ingest("more.csv", """
            period,flow,partner,commodity,value_usd
            2024-03,import,WORLD,TOTAL,30120000000
            2024-03,balance,WORLD,TOTAL,3330000000
            2024-03,export,KR,TOTAL,20140000000
            """)
        try warehouse.ingest("revised.csv", "period,flow,partner,commodity,value_usd\n2024-03,export,US,TOTAL,9180000000\n")
        let table = try QueryRunner(db: warehouse.store.db).run(.reconcile, QueryFilters())
        #expect(table.columns == ["check_name", "period", "flow", "partner", "commodity", "sector", "expected", "actual",
                                  "difference", "tolerance", "status", "detail"])
        #expect(table.rows.map { [$0[0], $0[1], $0[3], $0[6], $0[7], $0[8], $0[9], $0[10]] } == [
            ["balance", "2024-03", "WORLD", 3290000000, 3330000000, 40000000, 15000000, "mismatch"],
            ["partners within world", "2024-03", "WORLD", 33410000000, 36620000000, 3210000000, 25000000, "mismatch"],
            ["yoy_pct", "2024-02", "WORLD", .real(12.31), 10, .real(-2.31), .real(0.09), "mismatch"],
            ["revision", "2024-03", "US", 9120000000, 9180000000, 60000000, 10000000, "revised"],
        ])
    }

    static let eu2019 = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
                         "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB"]

    /// One export figure per partner: 1,010,000,000 + k for the k-th partner, so sums are exact.
    func exports(_ partners: [String], period: String) -> String {
        partners.enumerated().map { "\(period),export,\($0.element),TOTAL,\(1_010_000_000 + $0.offset)" }.joined(separator: "\n")
    }

    @Test func groupsAreSummedWithTheMembershipOfTheirPeriod() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("eu.csv", "period,flow,partner,commodity,value_usd\n"
            + exports(Self.eu2019, period: "2019-01") + "\n" + exports(Self.eu2019, period: "2021-01") + "\n")
        // 2019: 28 members, the UK among them. 2021: 27, the UK's figure is not the EU's.
        #expect(try rows(warehouse, "SELECT period, value_usd, source FROM all_facts WHERE partner = 'EU' ORDER BY period") == [
            ["2019-01", 28_280_000_378, "derived"],
            ["2021-01", 27_270_000_351, "derived"],
        ])
    }

    @Test func aGroupNeedsEveryMemberAndAReportedGroupFigureWins() throws {
        let warehouse = try TestWarehouse()
        let asean = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH"]
        try warehouse.ingest("asean.csv", "period,flow,partner,commodity,value_usd\n"
            + exports(asean, period: "2024-01") + "\n" + exports(Array(asean.dropLast()), period: "2024-02") + "\n")
        #expect(try rows(warehouse, "SELECT period, value_usd FROM all_facts WHERE partner = 'ASEAN'") == [["2024-01", 9_090_000_036]])
        try warehouse.ingest("reported.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,ASEAN,TOTAL,10150000000\n")
        #expect(try rows(warehouse, "SELECT value_usd, source FROM all_facts WHERE partner = 'ASEAN'") == [[10_150_000_000, "reported"]])
        #expect(try rows(warehouse, """
            SELECT check_name, expected, actual, difference, status FROM reconcile WHERE check_name = 'group'
            """) == [["group", 9_090_000_036, 10_150_000_000, 1_059_999_964, "mismatch"]])
    }

    @Test func aReportedSpanIsCheckedAgainstItsMonths() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("q.csv", """
            period,flow,partner,commodity,value_usd
            2024-01,export,WORLD,TOTAL,35770000000
            2024-02,export,WORLD,TOTAL,26180000000
            2024-01..2024-02,export,WORLD,TOTAL,61990000000
            """)
        #expect(try rows(warehouse, "SELECT check_name, period, expected, actual, difference, tolerance, status FROM reconcile")
            == [["cumulative", "2024-01..2024-02", 61950000000, 61990000000, 40000000, 15000000, "mismatch"]])
    }

    @Test func asOfAnswersAsTheWarehouseStoodThen() throws {
        let warehouse = try TestWarehouse()
        let header = "period,flow,partner,commodity,value_usd\n"
        try warehouse.ingest("estimate.csv", header + "2023-01,export,WORLD,TOTAL,23610000000\n2024-01,export,WORLD,TOTAL,33570000000\n")
        try warehouse.ingest("customs.csv", header + "2024-01,export,WORLD,TOTAL,34530000000\n")
        try warehouse.ingest("jan.csv", header + "2024-01,export,US,TOTAL,9600000000\n")
        try warehouse.ingest("jan.csv", header + "2024-01,export,US,TOTAL,9700000000\n", options: IngestOptions(replace: true))
        let runner = try QueryRunner(db: warehouse.store.db)
        func exports(asOf release: Int64?) throws -> [[CellValue]] {
            try runner.run(.yoy, QueryFilters(period: try Period.parse("2024-01"), breakdown: .partner, asOf: release.map(AsOfPoint.release))).rows
                .map { [$0[2], $0[5]] } + runner.run(.yoy, QueryFilters(period: try Period.parse("2024-01"), asOf: release.map(AsOfPoint.release)))
                .rows.map { [$0[2], $0[5], $0[8]] }
        }
        #expect(try exports(asOf: 1) == [["WORLD", 33570000000, .real(42.19)]])
        #expect(try exports(asOf: 3) == [["US", 9600000000], ["WORLD", 34530000000, .real(46.25)]])
        #expect(try exports(asOf: nil) == [["US", 9700000000], ["WORLD", 34530000000, .real(46.25)]])
        #expect(try rows(warehouse, "SELECT release_id FROM as_of") == [[.null]])
        #expect(throws: QueryError.invalidFilter(.asOf, message: "there is no release 9; see `tradewh releases`")) {
            try runner.run(.yoy, QueryFilters(asOf: .release(9)))
        }
    }

    @Test func releasesSayWhatEachChanged() throws {
        let warehouse = try TestWarehouse()
        let header = "period,flow,partner,commodity,value_usd\n"
        try warehouse.ingest("a.csv", header + "2024-01,export,WORLD,TOTAL,33570000000\n2024-01,import,WORLD,TOTAL,30650000000\n")
        try warehouse.ingest("b.csv", header + "2024-01,export,WORLD,TOTAL,34530000000\n2024-01,import,WORLD,TOTAL,30650000000\n"
            + "2024-01,export,US,TOTAL,9600000000\n")
        let table = try Listings.releases(warehouse.store.db)
        #expect(Array(table.columns.prefix(7)) == ["id", "path", "format", "row_count", "new", "confirmed", "revised"])
        #expect(table.rows.map { Array($0[3...6]) } == [[2, 2, 0, 0], [3, 1, 1, 1]])
    }

    @Test func partsMustNotExceedTheirWhole() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("parts.csv", """
            period,flow,partner,commodity,value_usd
            2024-03,export,US,TOTAL,9120000000
            2024-03,export,US,PHONES,5340000000
            2024-03,export,US,TEXTILES,4210000000
            2024-03,export,US,SHRIMP,150000000
            2024-03,export,WORLD,SEAFOOD,820000000
            2024-03,export,WORLD,SHRIMP,410000000
            2024-03,export,WORLD,PANGASIUS,430000000
            """)
        #expect(try rows(warehouse, """
            SELECT check_name, partner, commodity, expected, actual, difference, status FROM reconcile ORDER BY check_name
            """) == [
            ["commodities within total", "US", "TOTAL", 9120000000, 9550000000, 430000000, "mismatch"],
            ["products within group", "WORLD", "SEAFOOD", 820000000, 840000000, 20000000, "mismatch"],
        ])
    }
}
