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
            == ["_schema.json", "period=2024-01", "period=2024-01/facts.csv"])
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

    /// Issue 24, case 11: `export facts` writes figures as SQLite steps them, to standard output or
    /// to a file, in bounded memory (300,000 figures).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time")))
    func manyFiguresExportInBoundedMemory() throws {
        let scratch = try Scratch()
        var text = "period,flow,partner,commodity,value_usd\n"
        for year in 2000..<2025 {
            for month in 1...12 {
                for partner in ["US", "CN", "JP", "KR", "DE", "FR", "GB", "IT", "ES", "NL"] {
                    for code in 0..<100 { text += "\(year)-\(month < 10 ? "0" : "")\(month),export,\(partner),\(85_170_000 + code),\(1000 + code)\n" }
                }
            }
        }
        try scratch.write("big.csv", text)
        #expect(try CLI.run(["ingest", "big.csv", "--db", "w.sqlite", "--quiet"], in: scratch.path).status == 0)
        let time = URL(fileURLWithPath: "/usr/bin/time")
        let piped = try CLI.run(["-f", "%M", CLI.binary.path, "export", "facts", "--format", "csv", "--db", "w.sqlite"],
                                in: scratch.path, binary: time)
        #expect(piped.stdout.hasPrefix("period,flow,partner,partner_name,commodity,commodity_name,sector,value_usd,quantity,unit,"
            + "qualifier,estimated,yoy_pct\n2000-01,export,CN,China,85170000,HS 85170000,ALL,1000,,,exact,false,\n"))
        #expect(piped.stdout.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } == 300_001)
        let toFile = try CLI.run(["-f", "%M", CLI.binary.path, "export", "facts", "--format", "ndjson", "--out", "all.ndjson",
                                  "--db", "w.sqlite"], in: scratch.path, binary: time)
        let lines = toFile.stderr.split(separator: "\n")
        #expect(lines.first == "all.ndjson: 300000 figure(s)")
        let file = try String(contentsOfFile: scratch.file("all.ndjson"), encoding: .utf8)
        #expect(file.hasSuffix(#"{"period":"2024-12","flow":"export","partner":"US","partner_name":"United States","commodity":"85170099","#
            + #""commodity_name":"HS 85170099","sector":"ALL","value_usd":1099,"quantity":null,"unit":null,"qualifier":"exact","#
            + #""estimated":"false","yoy_pct":null}"# + "\n"))
        for result in [piped, toFile] {
            let peakKilobytes = try #require(Int(result.stderr.split(separator: "\n").last ?? ""))
            #expect(peakKilobytes <= 80 * 1024, "peak RSS \(peakKilobytes) KB")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.contains(".partial-") }.isEmpty)
    }

    /// Issue 24, case 12: a group whose name holds Markdown's marks is written as text in a Markdown
    /// summary, not as emphasis or a `javascript:` link.
    @Test func markdownMarksInAGroupsNameAreEscapedInTheSummary() throws {
        let scratch = try Scratch()
        try warehouse(in: scratch)
        let define = try CLI.run(["groups", "define", "NEA", "--name", "*Bold* [x](javascript:alert(1))", "--members", "CN,KR",
                                  "--from", "2020-01-01", "--db", "w.sqlite"], in: scratch.path)
        #expect(define.stdout == "NEA: 2 member(s) from 2020-01-01\n")
        try scratch.write("nea.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,NEA,TOTAL,9900000000\n")
        _ = try CLI.run(["ingest", "nea.csv", "--db", "w.sqlite"], in: scratch.path)
        let summary = try CLI.run(["export", "summary", "--period", "2024-01", "--lang", "en", "--format", "markdown", "--db", "w.sqlite"],
                                  in: scratch.path)
        #expect(summary.stdout.contains("By market, in January 2024, exports to \\*Bold\\* \\[x\\](javascript:alert(1)) reached US$9.9 billion (28.7% of the total)"))
        #expect(!summary.stdout.contains("[x]("))
    }
}
