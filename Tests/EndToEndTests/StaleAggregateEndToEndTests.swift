import Foundation
import Testing

/// A stated aggregate left behind by a revision of its parts (issue 20): an estimate states January
/// 2023's exports, imports and a balance of 3.6 bn; the customs office then revises the exports
/// only. The stated balance is stale: every analysis uses exports − imports (2.13 bn) in its
/// place, and `reconcile` names the stale one. Likewise a stated span whose month was revised.
@Suite struct StaleAggregateEndToEndTests {
    static let header = "period,flow,partner,commodity,value_usd\n"

    func warehouse(_ files: [(String, String)]) throws -> Scratch {
        let scratch = try Scratch()
        for (name, rows) in files {
            try scratch.write(name, Self.header + rows)
            let result = try CLI.run(["ingest", name, "--db", "w.sqlite"], in: scratch.path)
            #expect(result.status == 0, "\(name): \(result.stderr)")
        }
        return scratch
    }

    func run(_ arguments: [String], _ scratch: Scratch) throws -> CLI.Result {
        try CLI.run(arguments + ["--db", "w.sqlite"], in: scratch.path)
    }

    func balanceWarehouse() throws -> Scratch {
        try warehouse([
            ("estimate.csv", """
                2023-01,export,WORLD,TOTAL,25100000000
                2023-01,import,WORLD,TOTAL,21500000000
                2023-01,balance,WORLD,TOTAL,3600000000

                """),
            ("customs.csv", "2023-01,export,WORLD,TOTAL,23630000000\n"),
            ("2024-01.csv", """
                2024-01,export,WORLD,TOTAL,28630000000
                2024-01,import,WORLD,TOTAL,25000000000
                2024-01,balance,WORLD,TOTAL,3630000000

                """),
        ])
    }

    @Test func yoyBalanceAndTheSummaryUseTheRecomputedBalance() throws {
        let scratch = try balanceWarehouse()
        // (Against the stale 3.6 bn, January 2024's balance would be up 0.83%; against 2.13 bn it is up 70.42%.)
        #expect(try run(["query", "yoy", "--flow", "balance", "--format", "csv"], scratch).stdout == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2023-01,balance,WORLD,TOTAL,ALL,2130000000,,,,,derived
            2024-01,balance,WORLD,TOTAL,ALL,3630000000,2130000000,1500000000,70.42,computed,reported

            """)
        #expect(try run(["query", "balance", "--format", "csv"], scratch).stdout == """
            period,partner,export_usd,import_usd,balance_usd,turnover_usd,basis,source
            2023-01,WORLD,23630000000,21500000000,2130000000,45130000000,computed,reported
            2024-01,WORLD,28630000000,25000000000,3630000000,53630000000,computed,reported

            """)
        let summary = try run(["export", "summary", "--period", "2023-01", "--lang", "en"], scratch)
        #expect(summary.stdout.contains("the country posted a trade surplus of US$2.13 billion."), "\(summary.stdout)")
        #expect(!summary.stdout.contains("3.6 billion"))
    }

    @Test func reconcileNamesTheStaleBalanceWithoutFailing() throws {
        let scratch = try balanceWarehouse()
        let result = try run(["query", "reconcile", "--format", "csv"], scratch)
        #expect(result.status == 0, "a stale figure is no failed check: \(result.stderr)")
        #expect(result.stdout == """
            check_name,period,flow,partner,commodity,sector,expected,actual,difference,tolerance,status,detail
            revision,2023-01,export,WORLD,TOTAL,ALL,25100000000,23630000000,-1470000000,55000000,revised,release 2 revises release 1
            balance,2024-01,balance,WORLD,TOTAL,ALL,3630000000,3630000000,0,510000000,ok,reported balance vs exports − imports
            stale,2023-01,balance,WORLD,TOTAL,ALL,2130000000,3600000000,1470000000,105000000,stale,\
            stated by release 1 before release 2 revised a figure it is made of; exports − imports is used

            """)
    }

    @Test func asOfTheEstimateItsBalanceStands() throws {
        let scratch = try balanceWarehouse()
        #expect(try run(["query", "yoy", "--flow", "balance", "--period", "2023-01", "--as-of", "1", "--format", "csv"], scratch).stdout == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2023-01,balance,WORLD,TOTAL,ALL,3600000000,,,,,reported

            """)
    }

    /// When the customs file is loaded again with `--replace`, now with the estimate's exports, its
    /// release takes the revising release's place: it restates the exports unchanged, so the stated
    /// balance is current again.
    @Test func aBalanceIsStaleOnlyWhileTheRevisionStands() throws {
        let scratch = try balanceWarehouse()
        try scratch.write("customs.csv", Self.header + "2023-01,export,WORLD,TOTAL,25100000000\n")
        let replaced = try run(["ingest", "customs.csv", "--replace"], scratch)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try run(["query", "yoy", "--flow", "balance", "--format", "csv"], scratch).stdout == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2023-01,balance,WORLD,TOTAL,ALL,3600000000,,,,,reported
            2024-01,balance,WORLD,TOTAL,ALL,3630000000,3600000000,30000000,0.83,computed,reported

            """)
        #expect(try !run(["query", "reconcile", "--format", "csv"], scratch).stdout.contains("stale"))
    }

    @Test func aSpanWhoseMonthWasRevisedIsTheSumOfItsMonths() throws {
        let scratch = try warehouse([
            ("estimate.csv", """
                2023-01,export,WORLD,TOTAL,25100000000
                2023-02,export,WORLD,TOTAL,24900000000
                2023-01..2023-02,export,WORLD,TOTAL,50000000000

                """),
            ("customs.csv", "2023-01,export,WORLD,TOTAL,23630000000\n"),
        ])
        #expect(try run(["query", "ytd", "--period", "2023-02", "--format", "csv"], scratch).stdout == """
            period,months,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2023-01..2023-02,2,export,WORLD,TOTAL,ALL,48530000000,,,,,derived

            """)
        #expect(try run(["query", "reconcile", "--format", "csv"], scratch).stdout.contains("""
            stale,2023-01..2023-02,export,WORLD,TOTAL,ALL,48530000000,50000000000,1470000000,555000000,stale,\
            stated by release 1 before release 2 revised a figure it is made of; sum of current months is used
            """))
    }
}
