import Foundation
import Testing

/// The built `tradewh` on the bundled Samples, into a temporary database, checking exact figures.
@Suite struct SamplesEndToEndTests {
    @Test func ingestingTheSamplesGivesTheOfficialFigures() throws {
        let scratch = try Scratch()
        let ingest = try CLI.run(["ingest", samples, "--db", "w.sqlite"], in: scratch.path)
        #expect(ingest.status == 0)
        #expect(ingest.stdout == """
            \(samples)/2023-01-1-estimate.csv: release 1, 6 rows added, 0 superseded
            \(samples)/2023-01-2-customs.csv: release 2, 6 rows added, 1 superseded
            \(samples)/2024-01-1-estimate.csv: release 3, 6 rows added, 0 superseded
            \(samples)/2024-01-2-customs.json: release 4, 7 rows added, 3 superseded
            \(samples)/2024-01-3-customs-partners.tsv: release 5, 14 rows added, 0 superseded

            """)

        let yoy = try CLI.run(["query", "yoy", "--period", "2024-01", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(yoy.status == 0)
        #expect(yoy.stdout == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,export,WORLD,TOTAL,ALL,34530000000,23610000000,10920000000,46.25,computed,reported
            2024-01,import,WORLD,TOTAL,ALL,30900000000,21480000000,9420000000,43.85,computed,reported
            2024-01,balance,WORLD,TOTAL,ALL,3630000000,2130000000,1500000000,70.42,computed,reported
            2024-01,turnover,WORLD,TOTAL,ALL,65430000000,45090000000,20340000000,45.11,computed,reported

            """)

        let balance = try CLI.run(["query", "balance", "--db", "w.sqlite", "--format", "json"], in: scratch.path)
        #expect(balance.stdout == """
            [
            {"period":"2023-01","partner":"WORLD","export_usd":23610000000,"import_usd":21480000000,"balance_usd":2130000000,"turnover_usd":45090000000,"basis":"computed","source":"reported"},
            {"period":"2024-01","partner":"WORLD","export_usd":34530000000,"import_usd":30900000000,"balance_usd":3630000000,"turnover_usd":65430000000,"basis":"computed","source":"reported"}
            ]

            """)

        let byPartner = try CLI.run(["query", "balance", "--by", "partner", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(byPartner.stdout == """
            period,partner,export_usd,import_usd,balance_usd,turnover_usd,basis,source
            2024-01,CN,4550000000,11880000000,-7330000000,16430000000,computed,reported
            2024-01,US,9600000000,,,,,reported

            """)
    }

    @Test func theSameFilesAgainAreSkipped() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples, "--db", "w.sqlite"], in: scratch.path)
        let again = try CLI.run(["ingest", "\(samples)/2024-01-2-customs.json", "--db", "w.sqlite"], in: scratch.path)
        #expect(again.status == 0)
        #expect(again.stdout == "\(samples)/2024-01-2-customs.json: already ingested as release 4 (same SHA-256); skipped (use --replace to load it again)\n")
        let count = try CLI.run(["sql", "SELECT count(*) AS n FROM release", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(count.stdout == "n\n5\n")
    }

    @Test func reconcileAndAsOfOnTheSamples() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples, "--db", "w.sqlite"], in: scratch.path)
        let reconcile = try CLI.run(["query", "reconcile", "--period", "2023-01", "--db", "w.sqlite", "--format", "csv"],
                                    in: scratch.path)
        #expect(reconcile.stdout == """
            check_name,period,flow,partner,commodity,sector,expected,actual,difference,tolerance,status,detail
            revision,2023-01,export,WORLD,TOTAL,ALL,25080000000,23610000000,-1470000000,10000000,revised,release 2 revises release 1
            stale,2023-01,balance,WORLD,TOTAL,ALL,2130000000,3600000000,1470000000,60000000,stale,\
            stated by release 1 before release 2 revised a figure it is made of; exports − imports is used
            stale,2023-01,turnover,WORLD,TOTAL,ALL,45090000000,46560000000,1470000000,15000000,stale,\
            stated by release 1 before release 2 revised a figure it is made of; exports + imports is used

            """)
        let ytd = try CLI.run(["query", "ytd", "--period", "2024-01", "--flow", "export", "--db", "w.sqlite", "--format", "csv"],
                              in: scratch.path)
        #expect(ytd.stdout == """
            period,months,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,1,export,WORLD,TOTAL,ALL,34530000000,23610000000,10920000000,46.25,computed,reported

            """)
        let share = try CLI.run(["query", "share", "--period", "2024-01", "--by", "partner", "--flow", "export",
                                 "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(share.stdout == """
            period,flow,partner,commodity,sector,value_usd,of,whole_usd,share_pct
            2024-01,export,US,TOTAL,ALL,9600000000,WORLD,34530000000,27.8
            2024-01,export,CN,TOTAL,ALL,4550000000,WORLD,34530000000,13.18

            """)
        let asOf = try CLI.run(["query", "yoy", "--period", "2024-01", "--flow", "export", "--as-of", "3", "--db", "w.sqlite",
                                "--format", "csv"], in: scratch.path)
        #expect(asOf.stdout == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,export,WORLD,TOTAL,ALL,33570000000,23610000000,9960000000,42.19,computed,reported

            """)
    }
}

/// Groups users define are summed from their members like EU and ASEAN.
@Suite struct GroupsEndToEndTests {
    @Test func aDefinedGroupIsSummedFromItsMembers() throws {
        let scratch = try Scratch()
        let define = try CLI.run(["groups", "define", "nea", "--name", "North-East Asia", "--members", "CN,Nhật Bản,Hàn Quốc",
                                  "--from", "2020-01-01", "--db", "w.sqlite"], in: scratch.path)
        #expect(define.stdout == "NEA: 3 member(s) from 2020-01-01\n")
        try scratch.write("east.csv", """
            period,flow,partner,commodity,value_usd
            2024-01,export,CN,TOTAL,4550000000
            2024-01,export,JP,TOTAL,2120000000
            2024-01,export,KR,TOTAL,2030000000
            """)
        _ = try CLI.run(["ingest", "east.csv", "--db", "w.sqlite"], in: scratch.path)
        let yoy = try CLI.run(["query", "yoy", "--partner", "NEA", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(yoy.stdout == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,export,NEA,TOTAL,ALL,8700000000,,,,,derived

            """)
        _ = try CLI.run(["groups", "define", "PAIR", "--name", "Two", "--members", "CN,JP", "--db", "w.sqlite"], in: scratch.path)
        let pair = try CLI.run(["sql", "SELECT value_usd, source FROM all_facts WHERE partner = 'PAIR'", "--db", "w.sqlite",
                                "--format", "csv"], in: scratch.path)
        #expect(pair.stdout == "value_usd,source\n6670000000,derived\n")
        let refused = try CLI.run(["groups", "define", "EU", "--name", "x", "--members", "US", "--db", "w.sqlite"], in: scratch.path)
        #expect(refused.status == 1)
        #expect(refused.stderr == "tradewh: EU is built in: its membership comes with tradewh; define a group of your own\n")
    }
}
