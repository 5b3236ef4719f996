import Foundation
import Testing

/// A partitioned export is one snapshot of the warehouse, whatever an ingest commits while it runs
/// (issue 24, case 7: an ingest started 1 s into exporting 120 periods left 84 files old and 36 new).
@Suite struct ExportSnapshotEndToEndTests {
    @Test func anIngestCommittedDuringAPartitionedExportChangesNoneOfItsFiles() throws {
        let scratch = try Scratch()
        // 120 months of a WORLD total (1,000) and 1,000 HS lines each, so that the export takes a while.
        var base = ["period,flow,partner,commodity,value_usd"], revision = ["period,flow,partner,commodity,value_usd"]
        for year in 2010..<2020 {
            for month in 1...12 {
                let period = "\(year)-\(month < 10 ? "0" : "")\(month)"
                base.append("\(period),export,WORLD,TOTAL,1000")
                for code in 0..<1000 { base.append("\(period),export,US,\(85_170_000 + code),\(100 + code)") }
                revision.append("\(period),export,WORLD,TOTAL,2000")
            }
        }
        try scratch.write("base.csv", base.joined(separator: "\n") + "\n")
        try scratch.write("revision.csv", revision.joined(separator: "\n") + "\n")
        _ = try CLI.run(["ingest", "base.csv", "--db", "w.sqlite"], in: scratch.path)

        let export = try ChildProcess(["export", "facts", "--partitioned", "--out", "parts", "--db", "w.sqlite"], in: scratch.path)
        // Once the export has written its first period, a revision of every period commits.
        let staging = try waitForStaging(in: scratch, while: export)
        #expect(FileManager.default.fileExists(atPath: staging + "/period=2010-01/facts.csv"))
        let ingest = try CLI.run(["ingest", "revision.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(ingest.stdout == "revision.csv: release 2, 120 rows added, 120 superseded\n")
        #expect(export.isRunning, "the export ended before the revision committed, so this run shows nothing")
        let exported = export.wait()
        #expect(exported.status == 0)
        #expect(exported.stderr == "parts: 120120 figure(s) in 120 period folder(s)\n")

        var totals: [String: Int] = [:]
        for folder in try FileManager.default.contentsOfDirectory(atPath: scratch.file("parts")) where folder.hasPrefix("period=") {
            let file = try String(contentsOfFile: scratch.file("parts/\(folder)/facts.csv"), encoding: .utf8)
            for line in file.split(separator: "\n") where line.hasPrefix("export,WORLD,TOTAL,ALL,") {
                totals[String(line.split(separator: ",")[4]), default: 0] += 1
            }
        }
        #expect(totals == ["1000": 120])
        let now = try CLI.run(["sql", "SELECT value_usd, count(*) AS n FROM facts WHERE partner = 'WORLD' GROUP BY value_usd",
                               "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(now.stdout == "value_usd,n\n2000,120\n")
    }

    /// The export's staging folder once its first period's file is there.
    private func waitForStaging(in scratch: Scratch, while export: ChildProcess) throws -> String {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline && export.isRunning {
            let staging = try FileManager.default.contentsOfDirectory(atPath: scratch.path).first { $0.hasPrefix("parts.partial-") }
            if let staging, FileManager.default.fileExists(atPath: scratch.file(staging + "/period=2010-02")) {
                return scratch.file(staging)
            }
            pause(milliseconds: 5)
        }
        throw NoStaging()
    }

    private struct NoStaging: Error, CustomStringConvertible {
        var description: String { "the export never wrote its first period" }
    }
}
