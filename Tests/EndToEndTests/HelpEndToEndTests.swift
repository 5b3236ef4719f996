import Foundation
import Testing

/// `--help` is the manual: every command's ends with two or three examples that run on the samples.
@Suite struct HelpEndToEndTests {
    /// Every command path (`[]`, `["export"]`, `["export", "summary"]`...), read from the SUBCOMMANDS of each help.
    static func commandPaths(in directory: String) throws -> [[String]] {
        var paths: [[String]] = [], pending: [[String]] = [[]]
        while let path = pending.popLast() {
            paths.append(path)
            let help = try CLI.run(path + ["--help"], in: directory).stdout
            guard let section = help.range(of: "SUBCOMMANDS:\n") else { continue }
            for line in help[section.upperBound...].split(separator: "\n") where line.hasPrefix("  ") && !line.hasPrefix("   ") {
                guard let name = line.split(separator: " ").first, name != "See" else { continue }
                pending.append(path + [String(name)])
            }
        }
        return paths.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
    }

    /// The lines under `Examples:`, up to the first blank line.
    static func examples(in help: String) -> [String] {
        guard let start = help.range(of: "\nExamples:\n") else { return [] }
        return help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }.map(String.init)
    }

    @Test func everyCommandHasTwoOrThreeExamplesThatFitTheScreenAndNameRealSampleFiles() throws {
        let scratch = try Scratch()
        let paths = try Self.commandPaths(in: scratch.path)
        #expect(paths.count == 20)
        for path in paths {
            let help = try CLI.run(path + ["--help"], in: scratch.path)
            let name = (["tradewh"] + path).joined(separator: " ")
            #expect(help.status == 0)
            let examples = Self.examples(in: help.stdout)
            #expect((2...3).contains(examples.count), "\(name) --help has \(examples.count) examples")
            for example in examples {
                #expect(example.hasPrefix("  ") && example.count <= 80, "\(name) --help: \(example) is wrapped")
                #expect(example.contains(name + " ") || example.hasSuffix(name), "\(name) --help: \(example) is another command's")
                for word in example.split(whereSeparator: \.isWhitespace) where word.hasPrefix("Samples/") {
                    let file = samples + "/" + word.dropFirst("Samples/".count)
                    #expect(FileManager.default.fileExists(atPath: file), "\(name) --help names \(word)")
                }
            }
        }
    }

    @Test func everyExampleRunsOnAWarehouseOfTheSamples() throws {
        let scratch = try Scratch()
        try FileManager.default.createSymbolicLink(atPath: scratch.file("Samples"), withDestinationPath: samples)
        _ = try CLI.run(["ingest", samples, "--db", "w.sqlite", "--quiet"], in: scratch.path)
        let environment = ["TRADEWH_DB": "w.sqlite",
                           "PATH": CLI.binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")]
        for path in try Self.commandPaths(in: scratch.path) {
            // A server runs until it is stopped: its examples pass when they are still serving after 2 s,
            // when `timeout` stops them (status 124).
            let serving = path == ["serve"]
            for example in Self.examples(in: try CLI.run(path + ["--help"], in: scratch.path).stdout) {
                let run = try CLI.run(["-c", serving ? "timeout 2 " + example : example], in: scratch.path,
                                      binary: URL(fileURLWithPath: "/bin/sh"), environment: environment)
                #expect(run.status == (serving ? 124 : 0), "\(example): \(run.stderr)")
            }
        }
    }
}
