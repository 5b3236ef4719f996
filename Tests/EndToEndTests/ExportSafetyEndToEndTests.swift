import Foundation
import Testing

/// Exports never write over the warehouse, take `out/` for `out`, and clean up after a killed
/// export (issue 24, case 12).
@Suite struct ExportSafetyEndToEndTests {
    func warehouse(in scratch: Scratch) throws {
        try scratch.write("jan.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,WORLD,TOTAL,34530000000\n")
        _ = try CLI.run(["ingest", "jan.csv", "--db", "w.sqlite"], in: scratch.path)
    }

    func facts(_ scratch: Scratch) throws -> String {
        try CLI.run(["sql", "SELECT period, value_usd FROM facts", "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout
    }

    @Test(arguments: [["export", "facts", "--out", "w.sqlite"], ["export", "facts", "--out", "./link.sqlite"],
                      ["export", "summary", "--period", "2024-01", "--out", "w.sqlite"],
                      ["export", "chart", "trend", "--out", "w.sqlite"]])
    func anExportNeverWritesOverTheWarehouse(arguments: [String]) throws {
        let scratch = try Scratch()
        try warehouse(in: scratch)
        try FileManager.default.linkItem(atPath: scratch.file("w.sqlite"), toPath: scratch.file("link.sqlite"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: scratch.file("w.sqlite")))
        let result = try CLI.run(arguments + ["--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        let out = arguments[arguments.firstIndex(of: "--out")! + 1]
        #expect(result.stderr == "tradewh: --out \(out) is the warehouse w.sqlite itself; writing there would destroy it: "
            + "choose another file (nothing was written)\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.file("w.sqlite"))) == bytes)
        #expect(try facts(scratch) == "period,value_usd\n2024-01,34530000000\n")
    }

    @Test func aPartitionedExportTakesAFolderEndingInASlash() throws {
        let scratch = try Scratch()
        try warehouse(in: scratch)
        let result = try CLI.run(["export", "facts", "--partitioned", "--out", "parts/", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 0)
        #expect(result.stderr == "parts/: 1 figure(s) in 1 period folder(s)\n")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: scratch.file("parts")).sorted()
            == ["period=2024-01", "period=2024-01/facts.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted().filter { !$0.hasPrefix("w.sqlite") }
            == ["jan.csv", "parts"])
    }

    @Test func theStagingFolderOfAKilledExportIsRemovedByTheNextOne() throws {
        let scratch = try Scratch()
        try warehouse(in: scratch)
        let alive = ProcessInfo.processInfo.processIdentifier
        for leftover in ["parts.partial-2147483646/period=2024-01", "parts.partial-\(alive)"] {
            try FileManager.default.createDirectory(atPath: scratch.file(leftover), withIntermediateDirectories: true)
        }
        let result = try CLI.run(["export", "facts", "--partitioned", "--out", "parts", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted().filter { $0.hasPrefix("parts") }
            == ["parts", "parts.partial-\(alive)"])
    }
}
