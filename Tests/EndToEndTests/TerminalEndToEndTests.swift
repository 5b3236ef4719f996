import Foundation
import Testing

/// On a terminal (a pseudo-terminal from util-linux `script`), errors and table headers are coloured,
/// unless NO_COLOR is set; in a pipe, output is plain.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
struct TerminalEndToEndTests {
    /// What `command` prints on a terminal, stdout and stderr together (NO_COLOR empty, as the test runner may set it).
    func onATerminal(_ command: String, environment: [String: String] = [:], in scratch: Scratch) throws -> String {
        let script = "'\(CLI.binary.path)' \(command)"
        return try CLI.run(["-qec", script, "/dev/null"], in: scratch.path, binary: URL(fileURLWithPath: "/usr/bin/script"),
                           environment: ["TERM": "xterm", "NO_COLOR": ""].merging(environment) { $1 }).stdout
    }

    @Test func coloursOnATerminalAndNeverWithNoColor() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples + "/2024-01-1-estimate.csv", "--db", "w.sqlite"], in: scratch.path)
        let error = try onATerminal("query yoy --partner chna --db w.sqlite", in: scratch)
        #expect(error.hasPrefix("\u{1B}[1;31mtradewh:\u{1B}[0m --partner: unknown partner \"chna\"; did you mean CN"))
        let table = try onATerminal("sql 'SELECT 1 AS n' --db w.sqlite", in: scratch)
        #expect(table == "\u{1B}[1mn\u{1B}[0m\r\n─\r\n1\r\n")
        let usage = try onATerminal("qeury", in: scratch)
        #expect(usage.hasPrefix("\u{1B}[1;31mError:\u{1B}[0m Unknown command 'qeury'. Did you mean 'query'?"))
        for command in ["query yoy --partner chna --db w.sqlite", "sql 'SELECT 1 AS n' --db w.sqlite", "qeury", "query yoy --db w.sqlite"] {
            let plain = try onATerminal(command, environment: ["NO_COLOR": "1"], in: scratch)
            #expect(!plain.isEmpty && !plain.contains("\u{1B}"), "\(command) with NO_COLOR: \(plain)")
        }
        let piped = try CLI.run(["query", "yoy", "--partner", "chna", "--format", "table", "--db", "w.sqlite"], in: scratch.path)
        #expect(!piped.stderr.contains("\u{1B}"))
    }
}
