import Foundation
import Testing

/// A derived span across a year end is redone when any of its months changes (issue 24, case 6):
/// an ingest's refresh window covers every period touching the periods it changed, not whole years.
@Suite struct DerivedRefreshEndToEndTests {
    static let header = "period,flow,partner,commodity,value_usd\n"

    func spans(_ scratch: Scratch) throws -> String {
        try CLI.run(["sql", "SELECT period, flow, value_usd, source FROM all_facts WHERE period LIKE '%..%' ORDER BY period, flow",
                     "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout
    }

    @Test func aSpanAcrossTheYearEndFollowsARevisionOfAnyOfItsMonths() throws {
        let scratch = try Scratch()
        try scratch.write("a.csv", Self.header + "2023-11,export,WORLD,TOTAL,10\n2023-12,export,WORLD,TOTAL,10\n"
            + "2024-01,export,WORLD,TOTAL,10\n2024-02,export,WORLD,TOTAL,10\n2023-11..2024-02,import,WORLD,TOTAL,5\n")
        try scratch.write("b.csv", Self.header + "2024-02,export,WORLD,TOTAL,100\n")
        try scratch.write("c.csv", Self.header + "2023-11,export,WORLD,TOTAL,1000\n")
        _ = try CLI.run(["ingest", "a.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(try spans(scratch) == """
            period,flow,value_usd,source
            2023-11..2024-02,export,40,derived
            2023-11..2024-02,import,5,reported
            2024-01..2024-02,export,20,derived

            """)
        _ = try CLI.run(["ingest", "b.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(try spans(scratch) == """
            period,flow,value_usd,source
            2023-11..2024-02,export,130,derived
            2023-11..2024-02,import,5,reported
            2024-01..2024-02,export,110,derived

            """)
        _ = try CLI.run(["ingest", "c.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(try spans(scratch).contains("2023-11..2024-02,export,1120,derived\n"))
        try scratch.write("b.csv", Self.header + "2024-01,import,WORLD,TOTAL,7\n")
        let replaced = try CLI.run(["ingest", "--replace", "b.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(replaced.stdout == "b.csv: release 4, 1 rows added, 0 superseded; retired release 2\n")
        #expect(try spans(scratch) == """
            period,flow,value_usd,source
            2023-11..2024-02,export,1030,derived
            2023-11..2024-02,import,5,reported
            2024-01..2024-02,export,20,derived

            """)
    }
}
