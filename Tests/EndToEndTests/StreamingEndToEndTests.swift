import Foundation
import Testing

/// A large JSON document ingests an element at a time, in bounded memory (issue 24, case 11).
@Suite struct StreamingEndToEndTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time")))
    func aLargeJSONDocumentIngestsInBoundedMemory() throws {
        let scratch = try Scratch()
        var facts: [String] = []
        for year in 2000..<2009 {
            for month in 1...12 {
                for partner in ["US", "CN", "JP", "KR", "DE", "FR", "GB", "IT", "ES", "NL"] {
                    for code in 0..<100 {
                        facts.append(#"{"period":"\#(year)-\#(month < 10 ? "0" : "")\#(month)","flow":"export","partner":"\#(partner)","#
                            + #""commodity":"\#(85_170_000 + code)","value_usd":\#(1000 + code)}"#)
                    }
                }
            }
        }
        try scratch.write("big.json", "{\"facts\": [\n" + facts.joined(separator: ",\n") + "\n],\n\"source\": \"Hải quan\"}\n")
        let result = try CLI.run(["-f", "%M", CLI.binary.path, "ingest", "big.json", "--db", "w.sqlite"], in: scratch.path,
                                 binary: URL(fileURLWithPath: "/usr/bin/time"))
        #expect(result.stdout == "big.json: release 1, 108000 rows added, 0 superseded\n")
        let peakKilobytes = try #require(Int(result.stderr.split(separator: "\n").last ?? ""))
        #expect(peakKilobytes <= 80 * 1024, "peak RSS \(peakKilobytes) KB")
        let stored = try CLI.run(["sql", "SELECT count(*) AS n, sum(value_usd) AS usd, (SELECT source FROM release) AS source FROM fact",
                                  "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(stored.stdout == "n,usd,source\n108000,113346000,Hải quan\n")
    }
}
