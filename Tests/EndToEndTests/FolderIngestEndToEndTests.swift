import Foundation
import Testing

/// A folder ingest tries every file, whatever stopped one of them, and a sum past Int64 is
/// reported with the file, line and field that caused it (issue 24, case 10).
@Suite struct FolderIngestEndToEndTests {
    static let header = "period,flow,partner,commodity,value_usd\n"

    @Test func aFileThatOverflowsASumIsNamedByLineAndTheFilesAfterItStillLoad() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("d"), withIntermediateDirectories: true)
        try scratch.write("d/a.csv", Self.header + "2024-01,export,WORLD,TOTAL,100\n")
        try scratch.write("d/b.csv", Self.header + "2024-01,import,WORLD,TOTAL,9000000000000000000\n"
            + "2024-02,import,WORLD,TOTAL,9000000000000000000\n")
        try scratch.write("d/c.csv", Self.header + "2024-02,export,WORLD,TOTAL,200\n")
        let result = try CLI.run(["ingest", "d", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout == "d/a.csv: release 1, 1 rows added, 0 superseded\nd/c.csv: release 2, 1 rows added, 0 superseded\n")
        #expect(result.stderr == """
            tradewh: d/b.csv:3: field "value_usd": 9000000000000000000 takes a sum of figures (a span, quarter, year or group, \
            with this file's other figures or the warehouse's) past 9223372036854775807, the largest whole number it can hold
            tradewh: d/b.csv: nothing was ingested from this file
            tradewh: 1 of 3 file(s) not ingested

            """)
        let facts = try CLI.run(["sql", "SELECT period, flow, value_usd FROM facts ORDER BY period", "--db", "w.sqlite", "--format", "csv"],
                                in: scratch.path)
        #expect(facts.stdout == "period,flow,value_usd\n2024-01,export,100\n2024-02,export,200\n")
        let derived = try CLI.run(["sql", "SELECT period, value_usd FROM all_facts WHERE period = '2024-01..2024-02'", "--db", "w.sqlite",
                                   "--format", "csv"], in: scratch.path)
        #expect(derived.stdout == "period,value_usd\n2024-01..2024-02,300\n")
    }

    /// Issue 24, case 12: an escape sequence in a file's name is shown, not sent to the terminal.
    @Test func escapeSequencesInFileNamesAreShownNotObeyed() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("d"), withIntermediateDirectories: true)
        try scratch.write("d/a\u{1B}[2J\u{1B}]0;pwned\u{07}.csv", Self.header + "2024-01,export,WORLD,TOTAL,100\n")
        try scratch.write("d/b\u{1B}[31m.unknown", "x")
        let result = try CLI.run(["ingest", "d", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.stdout == "d/a\\u{1B}[2J\\u{1B}]0;pwned\\u{7}.csv: release 1, 1 rows added, 0 superseded\n")
        #expect(result.stderr == "d/b\\u{1B}[31m.unknown: passed over (not a file ingest reads; name it to load it)\n")
    }

    /// Issue 24, case 11: a header line of tens of megabytes is refused after 16 MB, not parsed whole.
    @Test func aHugeHeaderLineIsRefusedEarly() throws {
        let scratch = try Scratch()
        let header = "period,flow,partner,commodity,value_usd," + String(repeating: "x", count: 40 << 20)
        try scratch.write("huge-header.csv", header + "\n2024-01,export,WORLD,TOTAL,1,x\n")
        let result = try CLI.run(["ingest", "huge-header.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr == "tradewh: huge-header.csv: no header line in the first 16 MB (a header names the columns on one "
            + "line: period,flow,partner,commodity,value_usd)\ntradewh: 1 of 1 file(s) not ingested\n")
    }
}
