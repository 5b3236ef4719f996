import Foundation
import Testing

/// `query` as a new user tries it (issue 20): ytd of a month, ranges and several values per filter,
/// declines only, implied values as precise as their percentage, empty answers that say why, and
/// reconcile's exit status.
@Suite struct QueryErgonomicsEndToEndTests {
    static let file = """
        period,flow,partner,commodity,value_usd,yoy_pct
        2023-01,export,WORLD,TOTAL,23610000000,
        2023-02,export,WORLD,TOTAL,26180000000,
        2024-01,export,WORLD,TOTAL,34530000000,
        2024-02,export,WORLD,TOTAL,25800000000,
        2024-01,export,US,TOTAL,9600000000,
        2024-01,export,CN,TOTAL,4550000000,17.28
        2024-01,export,JP,TOTAL,1920000000,
        2024-01,export,KR,TOTAL,2010000000,
        2023-01,export,US,TOTAL,6160000000,
        2023-01,export,JP,TOTAL,2050000000,
        2023-01,export,KR,TOTAL,1900000000,
        2024-01,export,US,PHONES,1390000000,112
        2024-01,export,US,COMPUTERS,1790000000,73.3

        """

    func warehouse() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("t.csv", Self.file)
        #expect(try CLI.run(["ingest", "t.csv", "--db", "w.sqlite"], in: scratch.path).status == 0)
        return scratch
    }

    func query(_ arguments: [String], _ scratch: Scratch) throws -> CLI.Result {
        try CLI.run(["query"] + arguments + ["--db", "w.sqlite"], in: scratch.path)
    }

    @Test func ytdOfAMonthIsTheSpanFromJanuary() throws {
        let scratch = try warehouse()
        let ytd = try query(["ytd", "--period", "2024-02", "--flow", "export", "--format", "csv"], scratch)
        #expect(ytd.stdout == """
            period,months,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01..2024-02,2,export,WORLD,TOTAL,ALL,60330000000,49790000000,10540000000,21.17,computed,derived

            """)
        #expect(ytd.stderr == "")
    }

    @Test func severalPartnersAndARangeOfPeriods() throws {
        let scratch = try warehouse()
        let several = try query(["yoy", "--partner", "US,JP", "--partner", "Hàn Quốc", "--period", "2024-01", "--format", "csv"], scratch)
        #expect(several.stdout == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,export,US,TOTAL,ALL,9600000000,6160000000,3440000000,55.84,computed,reported
            2024-01,export,KR,TOTAL,ALL,2010000000,1900000000,110000000,5.79,computed,reported
            2024-01,export,JP,TOTAL,ALL,1920000000,2050000000,-130000000,-6.34,computed,reported

            """)
        let range = try query(["yoy", "--from", "2024-01", "--to", "2024-02", "--format", "csv"], scratch)
        #expect(range.stdout == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,export,WORLD,TOTAL,ALL,34530000000,23610000000,10920000000,46.25,computed,reported
            2024-02,export,WORLD,TOTAL,ALL,25800000000,26180000000,-380000000,-1.45,computed,reported
            2024-01..2024-02,export,WORLD,TOTAL,ALL,60330000000,49790000000,10540000000,21.17,computed,derived

            """)
        let both = try query(["yoy", "--period", "2024-01", "--from", "2024-01"], scratch)
        #expect(both.status == 2)
        #expect(both.stderr.contains("give --period or --from/--to, not both"))
        let backwards = try query(["yoy", "--from", "2024-02", "--to", "2024-01"], scratch)
        #expect(backwards.status == 2)
        #expect(backwards.stderr.contains("--to 2024-01 ends before --from 2024-02 starts"))
    }

    @Test func declineListsDeclinesOnly() throws {
        let scratch = try warehouse()
        let declines = try query(["top", "--period", "2024-01", "--rank", "decline", "--format", "csv"], scratch)
        #expect(declines.stdout == """
            rank,period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            1,2024-01,export,JP,TOTAL,ALL,1920000000,2050000000,-130000000,-6.34,computed,reported

            """)
        let none = try query(["top", "--period", "2024-01", "--rank", "decline", "--partner", "US", "--format", "csv"], scratch)
        #expect(none.stderr == "no rows: none of the figures of 2024-01 that match fell on a year earlier\n")
    }

    @Test func impliedValuesAreAsPreciseAsTheirPercentageInTablesAndExactInJSON() throws {
        let scratch = try warehouse()
        let table = try query(["yoy", "--period", "2024-01", "--partner", "US", "--by", "commodity", "--format", "markdown"], scratch)
        // 1,390,000,000 / 2.12 = 655,660,377: "112%" supports millions; 1,790,000,000 / 1.733 = 1,032,890,941:
        // "73.3%" supports hundred-thousands.
        #expect(table.stdout == """
            | period | flow | partner | commodity | sector | value_usd | prior_value_usd | delta_usd | delta_pct | basis | source |
            | --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- |
            | 2024-01 | export | US | COMPUTERS | ALL | 1,790,000,000 | 1,032,900,000 | 757,100,000 | 73.3 | reported | reported |
            | 2024-01 | export | US | PHONES | ALL | 1,390,000,000 | 656,000,000 | 734,000,000 | 112 | reported | reported |

            """)
        let json = try query(["yoy", "--period", "2024-01", "--partner", "US", "--commodity", "PHONES", "--format", "json"], scratch)
        #expect(json.stdout.contains("\"prior_value_usd\":655660377,\"delta_usd\":734339623"))
    }

    @Test func anEmptyAnswerSaysWhy() throws {
        let scratch = try warehouse()
        let missing = try query(["yoy", "--period", "2024-05"], scratch)
        #expect(missing.status == 0)
        #expect(missing.stderr == "no rows: the warehouse holds no figures for 2024-05; the nearest it holds: 2024-01, 2024-02\n")
        let unmatched = try query(["yoy", "--period", "2024-02", "--partner", "US"], scratch)
        #expect(unmatched.stderr == "no rows: the warehouse holds figures for 2024-02, but none match the other filters\n")
    }

    @Test func reconcileExitsOneWhenACheckFails() throws {
        let scratch = try warehouse()
        let passing = try query(["reconcile", "--period", "2024-02", "--format", "csv"], scratch)
        #expect(passing.status == 0)
        try scratch.write("span.csv", "period,flow,partner,commodity,value_usd\n2024-01..2024-02,export,WORLD,TOTAL,61000000000\n")
        _ = try CLI.run(["ingest", "span.csv", "--db", "w.sqlite"], in: scratch.path)
        let failing = try query(["reconcile", "--format", "csv"], scratch)
        #expect(failing.status == 1)
        #expect(failing.stdout == """
            check_name,period,flow,partner,commodity,sector,expected,actual,difference,tolerance,status,detail
            cumulative,2024-01..2024-02,export,WORLD,TOTAL,ALL,60330000000,61000000000,670000000,555000000,mismatch,reported span vs the sum of its 2 months

            """)
        #expect(failing.stderr == "tradewh: 1 check(s) failed (status mismatch)\n")
    }
}
