import Testing
@testable import TradeWarehouse

@Suite struct QueryRunnerTests {
    /// A warehouse holding a small, known set of figures.
    func fixture() throws -> TestWarehouse {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("figures.csv", """
            period,flow,partner,commodity,value_usd,yoy_pct
            2023-01,export,WORLD,TOTAL,23610000000,
            2023-01,balance,WORLD,TOTAL,3600000000,
            2024-01,export,WORLD,TOTAL,34530000000,9.7
            2024-01,import,WORLD,TOTAL,30900000000,10
            2024-01,export,US,TOTAL,9600000000,
            2024-01,export,CN,TOTAL,4550000000,17.28
            2024-01,import,CN,TOTAL,11880000000,
            2024-01,export,US,PHONES,1390000000,112
            2023-01..2023-07,export,WORLD,TOTAL,100,
            2024-01..2024-07,export,WORLD,TOTAL,250,
            """)
        return warehouse
    }

    @Test func yoyHeadlineIsWorldTotal() throws {
        let warehouse = try fixture()
        let table = try QueryRunner(db: warehouse.store.db).run(.yoy, QueryFilters())
        #expect(table.columns == ["period", "flow", "partner", "commodity", "sector", "value_usd", "prior_value_usd",
                                  "delta_usd", "delta_pct", "basis", "source"])
        #expect(table.rows == [
            ["2023-01", "export", "WORLD", "TOTAL", "ALL", 23610000000, .null, .null, .null, .null, "reported"],
            ["2023-01", "balance", "WORLD", "TOTAL", "ALL", 3600000000, .null, .null, .null, .null, "reported"],
            ["2023-01..2023-07", "export", "WORLD", "TOTAL", "ALL", 100, .null, .null, .null, .null, "reported"],
            ["2024-01", "export", "WORLD", "TOTAL", "ALL", 34530000000, 23610000000, 10920000000, .real(46.25), "computed", "reported"],
            ["2024-01", "import", "WORLD", "TOTAL", "ALL", 30900000000, 28090909091, 2809090909, .real(10), "reported", "reported"],
            ["2024-01..2024-07", "export", "WORLD", "TOTAL", "ALL", 250, 100, 150, .real(150), "computed", "reported"],
        ])
    }

    @Test func yoyByPartnerForOnePeriodAndFlow() throws {
        let warehouse = try fixture()
        let filters = QueryFilters(period: try Period.parse("2024-01"), flow: .export, breakdown: .partner)
        let table = try QueryRunner(db: warehouse.store.db).run(.yoy, filters)
        #expect(table.rows == [
            ["2024-01", "export", "US", "TOTAL", "ALL", 9600000000, .null, .null, .null, .null, "reported"],
            ["2024-01", "export", "CN", "TOTAL", "ALL", 4550000000, 3879604366, 670395634, .real(17.28), "reported", "reported"],
        ])
    }

    @Test func yoyByCommodityForAPartnerGivenByName() throws {
        let warehouse = try fixture()
        let filters = QueryFilters(partner: "Hoa Kỳ", breakdown: .commodity)
        let table = try QueryRunner(db: warehouse.store.db).run(.yoy, filters)
        #expect(table.rows == [["2024-01", "export", "US", "PHONES", "ALL", 1390000000, 655660377, 734339623, .real(112), "reported", "reported"]])
    }

    /// Named partners' TOTAL over every period, read from their own figures, are the rows of the
    /// listing of every partner for them, in the same order.
    @Test func yoyOfNamedPartnersOverEveryPeriod() throws {
        let warehouse = try fixture()
        let runner = try QueryRunner(db: warehouse.store.db)
        let named = try runner.run(.yoy, QueryFilters(partners: ["CN", "US"]))
        #expect(named.rows == [
            ["2024-01", "export", "US", "TOTAL", "ALL", 9600000000, .null, .null, .null, .null, "reported"],
            ["2024-01", "export", "CN", "TOTAL", "ALL", 4550000000, 3879604366, 670395634, .real(17.28), "reported", "reported"],
            ["2024-01", "import", "CN", "TOTAL", "ALL", 11880000000, .null, .null, .null, .null, "reported"],
        ])
        let everyPartner = try runner.run(.yoy, QueryFilters(breakdown: .partner))
        #expect(named.rows == everyPartner.rows.filter { $0[2] == "CN" || $0[2] == "US" })
    }

    @Test func balanceComputedOrReported() throws {
        let warehouse = try fixture()
        let table = try QueryRunner(db: warehouse.store.db).run(.balance, QueryFilters())
        #expect(table.columns == ["period", "partner", "export_usd", "import_usd", "balance_usd", "turnover_usd", "basis", "source"])
        #expect(table.rows == [
            ["2023-01", "WORLD", 23610000000, .null, 3600000000, .null, "reported", "reported"],
            ["2023-01..2023-07", "WORLD", 100, .null, .null, .null, .null, "reported"],
            ["2024-01", "WORLD", 34530000000, 30900000000, 3630000000, 65430000000, "computed", "reported"],
            ["2024-01..2024-07", "WORLD", 250, .null, .null, .null, .null, "reported"],
        ])
    }

    @Test func balanceByPartnerShowsDeficits() throws {
        let warehouse = try fixture()
        let table = try QueryRunner(db: warehouse.store.db).run(.balance, QueryFilters(period: try Period.parse("2024-01"), breakdown: .partner))
        #expect(table.rows == [
            ["2024-01", "CN", 4550000000, 11880000000, -7330000000, 16430000000, "computed", "reported"],
            ["2024-01", "US", 9600000000, .null, .null, .null, .null, "reported"],
        ])
    }

    /// Named partners over every period (or a range) are read from their own figures; each row is
    /// made from the first flow its period has (export, else import, else the stated balance; a span
    /// from January summed from months, too), as in
    /// the listing of every partner, whose rows for those partners they equal.
    @Test func balanceOfNamedPartnersOverEveryPeriod() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("partners.csv", """
            period,flow,partner,commodity,value_usd
            2024-01,export,CN,TOTAL,4550000000
            2024-01,import,CN,TOTAL,11880000000
            2024-02,import,CN,TOTAL,9000000000
            2024-03,balance,CN,TOTAL,-2500000000
            2024-02,export,US,TOTAL,9600000000
            2024-02,import,KR,TOTAL,5000000000
            """)
        let runner = try QueryRunner(db: warehouse.store.db)
        let named = try runner.run(.balance, QueryFilters(partners: ["CN", "US"]))
        #expect(named.rows == [
            ["2024-01", "CN", 4550000000, 11880000000, -7330000000, 16430000000, "computed", "reported"],
            ["2024-02", "CN", .null, 9000000000, .null, .null, .null, "reported"],
            ["2024-02", "US", 9600000000, .null, .null, .null, .null, "reported"],
            ["2024-01..2024-02", "CN", .null, 20880000000, .null, .null, .null, "derived"],
            ["2024-03", "CN", .null, .null, -2500000000, .null, "reported", "reported"],
        ])
        let everyPartner = try runner.run(.balance, QueryFilters(breakdown: .partner))
        #expect(named.rows == everyPartner.rows.filter { $0[1] == "CN" || $0[1] == "US" })
        let range = try runner.run(.balance, QueryFilters(from: try Period.parse("2024-02"), to: try Period.parse("2024-03"), partner: "CN"))
        #expect(range.rows == [
            ["2024-02", "CN", .null, 9000000000, .null, .null, .null, "reported"],
            ["2024-03", "CN", .null, .null, -2500000000, .null, "reported", "reported"],
        ])
    }

    @Test func quarterAndSpanSpellingsFindTheSamePeriod() throws {
        let warehouse = try fixture()
        let runner = try QueryRunner(db: warehouse.store.db)
        let span = try runner.run(.yoy, QueryFilters(period: try Period.parse("2024-01..2024-07")))
        #expect(span.rows.count == 1)
        #expect(try runner.run(.yoy, QueryFilters(period: try Period.parse("2024-Q1"))).rows.isEmpty)
    }

    @Test func unknownPartnerAndInapplicableFiltersAreClearErrors() throws {
        let warehouse = try fixture()
        let runner = try QueryRunner(db: warehouse.store.db)
        #expect(throws: QueryError.invalidFilter(.partner, message: "unknown partner \"Narnia\"; list the known ones with `tradewh partners`")) {
            try runner.run(.yoy, QueryFilters(partner: "Narnia"))
        }
        #expect(throws: QueryError.notApplicable(.commodity, query: "balance", reason: "the balance is for all goods")) {
            try runner.run(.balance, QueryFilters(commodity: "PHONES"))
        }
    }
}
