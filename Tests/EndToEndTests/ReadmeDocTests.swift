import Foundation
import Testing

/// Every command README.md shows runs, in order, on a fresh warehouse of `Samples/`, and prints what
/// the README shows after it (the convention: `ReadmeTour`, and the README's "How the examples are
/// checked"). Each runs on a terminal of its own (`script`), as a reader types it, so rows print as
/// tables and messages come in the order they are printed.
///
/// `UPDATE_README=1 swift test --filter ReadmeDocTests` writes what the commands print now into the
/// README's output blocks (keeping its elisions), for when `Samples/` or an output changes; read the
/// diff before committing it.
@Suite struct ReadmeDocTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let readme = package.appendingPathComponent("README.md")

    @Test func everyCommandPrintsWhatTheReadmeShows() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let tour = ReadmeTour(readme: text)
        let scratch = try Scratch()
        try FileManager.default.createSymbolicLink(atPath: scratch.file("Samples"), withDestinationPath: samples)
        let bin = scratch.file(".bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: bin + "/tradewh", withDestinationPath: CLI.binary.path)
        var environment = ["PATH": bin + ":/usr/bin:/bin", "NO_COLOR": "1", "LC_ALL": "C.UTF-8", "HOME": scratch.path, "SHELL": "/bin/sh"]
        var outputs: [Int: [String]] = [:]
        var commands = 0
        for step in tour.steps {
            switch step {
            case .file(let name, let contents):
                try scratch.write(name, contents)
            case .environment(let name, let value):
                environment[name] = value
            case .command(let command):
                commands += 1
                let (status, printed) = try Self.onATerminal(command.text, in: scratch.path, environment: environment)
                outputs[command.line] = printed
                let where_ = "README.md:\(command.line + 1): $ \(command.text)"
                let difference = "\(where_)\nshown:\n\(command.shown.joined(separator: "\n"))\nprinted:\n\(printed.joined(separator: "\n"))"
                #expect(command.matches(printed), Comment(rawValue: difference))
                let expected = command.showsError ? "an error" : "no error"
                #expect((status != 0) == command.showsError,
                        Comment(rawValue: "\(where_): exit status \(status), where the README shows \(expected)"))
            }
        }
        #expect(commands >= 30, Comment(rawValue: "the README has \(commands) commands; the convention may have stopped matching it"))
        if ProcessInfo.processInfo.environment["UPDATE_README"] == "1" {
            try tour.rewritten(with: outputs).write(to: Self.readme, atomically: true, encoding: .utf8)
        }
    }

    /// Runs `command` through `sh` on a pseudo-terminal (util-linux `script`), and returns its exit
    /// status and the lines it printed, trailing spaces and the terminal's carriage returns dropped.
    static func onATerminal(_ command: String, in directory: String, environment: [String: String]) throws -> (Int32, [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["--quiet", "--return", "--command", command, "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var lines = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r", with: "")
            .components(separatedBy: "\n").map(\.trimmingTrailingSpaces)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return (process.terminationStatus, lines)
    }
}
