import Foundation

/// `tradewh serve` started on a free loopback port (`--port 0`) over a copy of a warehouse built once
/// from `Samples/history`, `Samples` and `Samples/bulletins`; killed when the value goes away.
final class ServedWarehouse {
    let scratch: Scratch
    let server: ChildProcess
    let client: WebClient
    /// The line the server printed when it was ready: `tradewh serve: http://127.0.0.1:PORT/ ...`.
    let banner: String

    /// `prepare` runs on the copy before the server starts (e.g. to add a release).
    init(arguments: [String] = [], prepare: (Scratch) throws -> Void = { _ in }) throws {
        scratch = try Scratch()
        try FileManager.default.copyItem(atPath: try Self.template(), toPath: scratch.file("w.sqlite"))
        try prepare(scratch)
        server = try ChildProcess(["serve", "--db", "w.sqlite", "--port", "0"] + arguments, in: scratch.path)
        var line = ""
        for _ in 0..<600 where !line.contains("http://") {
            pause(milliseconds: 50)
            line = server.output()
            guard server.isRunning else { break }
        }
        guard let start = line.range(of: "http://127.0.0.1:"), let port = Int(line[start.upperBound...].prefix { $0.isNumber }) else {
            throw BrowserError("tradewh serve did not start: \(line) \(server.errors())")
        }
        banner = line.trimmingCharacters(in: .newlines)
        client = WebClient(port: port)
    }

    /// GETs `path` from the server.
    func get(_ path: String) throws -> WebClient.Answer { try client.get(path) }

    /// The address of `path`, for a browser.
    func url(_ path: String) -> String { "http://127.0.0.1:\(client.port)\(path)" }

    private static let built = Result<String, any Error> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tradewh-serve-e2e-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let ingest = try CLI.run(["ingest", samples + "/history", samples, samples + "/bulletins", "--db", "w.sqlite", "--quiet"], in: folder)
        guard ingest.status == 0 else { throw BrowserError("ingest failed: \(ingest.stderr)") }
        return (folder as NSString).appendingPathComponent("w.sqlite")
    }

    /// The warehouse every test copies, built on first use.
    static func template() throws -> String { try built.get() }

    /// The id the template gave the release loaded from the file `name` (in `Samples/history`, `Samples`
    /// or `Samples/bulletins`). Ids shift whenever a file is added to the history, so tests look them up.
    static func release(_ name: String) throws -> Int {
        let template = try template()
        let result = try CLI.run(["sql", "SELECT id FROM release WHERE path LIKE '%/' || :name", "--param", "name=\(name)",
                                  "--db", (template as NSString).lastPathComponent, "--format", "csv"],
                                 in: (template as NSString).deletingLastPathComponent)
        let rows = result.stdout.split(separator: "\n").dropFirst()
        guard result.status == 0, rows.count == 1, let id = Int(rows[rows.startIndex]) else {
            throw BrowserError("no single release loaded from \(name): \(result.stdout) \(result.stderr)")
        }
        return id
    }

    /// `text` with each `@NAME` (a file name, up to the next `&` or the end) replaced by that file's release id.
    static func withReleaseIDs(_ text: String) throws -> String {
        var parts = text.split(separator: "@", omittingEmptySubsequences: false).map(String.init)
        for index in parts.indices.dropFirst() {
            let name = parts[index].prefix { $0 != "&" }
            parts[index] = String(try release(String(name))) + parts[index].dropFirst(name.count)
        }
        return parts.joined()
    }
}
