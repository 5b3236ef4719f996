import Foundation
import Testing

/// Bad files change nothing and say where they are wrong; usage errors exit 2.
@Suite struct BadInputEndToEndTests {
    let header = "period,flow,partner,commodity,value_usd\n"

    func factsDump(_ scratch: Scratch) throws -> String {
        try CLI.run(["sql", "SELECT * FROM facts ORDER BY period, flow, partner, commodity, sector",
                     "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout
    }

    @Test func aBadFileLeavesTheFactsUnchangedAndNamesFileLineField() throws {
        let scratch = try Scratch()
        try scratch.write("good.csv", header + "2024-01,export,WORLD,TOTAL,34530000000\n")
        #expect(try CLI.run(["ingest", "good.csv", "--db", "w.sqlite"], in: scratch.path).status == 0)
        let before = try factsDump(scratch)
        try scratch.write("bad.csv", header + """
            2024-01,import,WORLD,TOTAL,30900000000
            2024-01,export,Narnia,TOTAL,1
            2024-01,export,US,TOTAL,12.3 tỉ
            2024-14,export,CN,TOTAL,5
            2024-01,import,WORLD,TOTAL,30900000000
            """)
        let result = try CLI.run(["ingest", "bad.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            tradewh: bad.csv:3: field "partner": unknown partner "Narnia"; list the known ones with `tradewh partners`
            tradewh: bad.csv:4: field "value_usd": "12.3 tỉ" is not a number in whole US dollars; write it without separators, e.g. 34500000000
            tradewh: bad.csv:5: field "period": month 14 in "2024-14" is not between 01 and 12
            tradewh: bad.csv:6: the same period, flow, partner, commodity and sector as line 2
            tradewh: bad.csv: nothing was ingested from this file
            tradewh: 1 of 1 file(s) not ingested

            """)
        #expect(try factsDump(scratch) == before)
    }

    @Test func otherFilesStillLoadWhenOneFails() throws {
        let scratch = try Scratch()
        try scratch.write("a.csv", header + "2024-01,export,WORLD,TOTAL,1\n")
        try scratch.write("b.csv", header + "2024-01,export,WORLD,TOTAL,x\n")
        try scratch.write("c.csv", header + "2024-02,export,WORLD,TOTAL,2\n")
        let result = try CLI.run(["ingest", ".", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout == "./a.csv: release 1, 1 rows added, 0 superseded\n./c.csv: release 2, 1 rows added, 0 superseded\n")
        #expect(result.stderr.contains("tradewh: ./b.csv:2: field \"value_usd\": \"x\" is not a number in whole US dollars\n"))
    }

    @Test func replaceSupersedesAnEarlierRelease() throws {
        let scratch = try Scratch()
        try scratch.write("jan.csv", header + "2024-01,export,WORLD,TOTAL,33570000000\n2024-01,export,US,TOTAL,9600000000\n")
        _ = try CLI.run(["ingest", "jan.csv", "--db", "w.sqlite"], in: scratch.path)
        try scratch.write("jan.csv", header + "2024-01,export,WORLD,TOTAL,34530000000\n")
        let replaced = try CLI.run(["ingest", "--replace", "jan.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(replaced.stdout == "jan.csv: release 2, 1 rows added, 1 superseded; retired release 1\n")
        #expect(try factsDump(scratch) == """
            period,flow,partner,commodity,sector,value_usd,quantity,unit,qualifier,estimated,yoy_pct_reported,release_id
            2024-01,export,WORLD,TOTAL,ALL,34530000000,,,exact,0,,2

            """)
    }

    @Test func standardInputNeedsNoFile() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["ingest", "-", "--format", "csv", "--db", "w.sqlite"], in: scratch.path,
                                 input: header + "2024-01,import,Trung Quốc,TOTAL,11880000000\n")
        #expect(result.stdout == "-: release 1, 1 rows added, 0 superseded\n")
        #expect(try factsDump(scratch).contains("2024-01,import,CN,TOTAL,ALL,11880000000"))
    }

    @Test func usageErrorsExitTwo() throws {
        let scratch = try Scratch()
        let unknown = try CLI.run(["query", "yoy", "--colour"], in: scratch.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Unknown option '--colour'"))
        let period = try CLI.run(["query", "yoy", "--period", "2024-13"], in: scratch.path)
        #expect(period.status == 2)
        #expect(period.stderr.contains("month 13 in \"2024-13\" is not between 01 and 12"))
    }

    @Test func aFileThatIsNotADatabaseIsRefused() throws {
        let scratch = try Scratch()
        try scratch.write("notes.sqlite", "these are not the tables you are looking for")
        let result = try CLI.run(["releases", "--db", "notes.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr == "tradewh: notes.sqlite is not a tradewh warehouse (not a SQLite file); it was left as it was\n")
    }
}
