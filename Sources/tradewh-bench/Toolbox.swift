#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The programs the benchmark runs, found once at the start.
struct Toolbox {
    let tradewh: String
    /// sqlite3's CLI, the reference for ingest speed and file size; nil when not on PATH.
    let sqlite3: String?
    /// DuckDB's CLI or Python module; nil when neither is installed.
    let duckdb: DuckDB?

    static func find(tradewh override: String?, runner: Runner) throws -> Toolbox {
        let tradewh = try locateTradewh(override)
        let sqlite3 = onPath("sqlite3")
        return Toolbox(tradewh: tradewh, sqlite3: sqlite3, duckdb: DuckDB.find(runner: runner))
    }

    /// `--tradewh PATH`, else `tradewh` in the folder this executable was built into.
    private static func locateTradewh(_ override: String?) throws -> String {
        if let override {
            let path = URL(fileURLWithPath: override).standardizedFileURL.path
            guard FileManager.default.isExecutableFile(atPath: path) else { throw BenchError.toolMissing("--tradewh \(override): no executable file there") }
            return path
        }
        let folder = executableURL().deletingLastPathComponent()
        let path = folder.appendingPathComponent("tradewh").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchError.toolMissing("""
                no tradewh binary beside this executable (\(folder.path)). Build every product first \
                (swift build -c release --static-swift-stdlib), or give one with --tradewh PATH.
                """)
        }
        return path
    }

    private static func executableURL() -> URL {
        let url = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
        return url.resolvingSymlinksInPath()
    }

    /// The first executable `name` in the folders of `$PATH`.
    static func onPath(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// The machine and the versions the numbers were taken with.
struct MachineInfo {
    let processors: Int
    let architecture: String
    let cpuModel: String?
    let sqliteVersion: String?
    let duckdbVersion: String?
    let tradewhVersion: String
    let date: Date

    static func collect(tools: Toolbox, runner: Runner) throws -> MachineInfo {
        let version = try runner.output(tools.tradewh, ["--version"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let sqlite = tools.sqlite3.flatMap { try? runner.output($0, ["--version"]) }
        return MachineInfo(processors: ProcessInfo.processInfo.activeProcessorCount, architecture: architecture(),
                           cpuModel: cpuModel(), sqliteVersion: sqlite.map(firstWords),
                           duckdbVersion: tools.duckdb.flatMap { $0.version(runner: runner) }, tradewhVersion: version, date: Date())
    }

    /// What `uname -m` prints.
    private static func architecture() -> String {
        var info = utsname()
        guard uname(&info) == 0 else { return "unknown" }
        return withUnsafeBytes(of: &info.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    /// The "model name" line of /proc/cpuinfo, where there is one.
    private static func cpuModel() -> String? {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
              let colon = line.firstIndex(of: ":") else { return nil }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    /// "3.40.1 2022-12-28 14:03:47 df5c…" → "3.40.1 2022-12-28".
    private static func firstWords(_ text: String) -> String {
        text.split(separator: " ").prefix(2).joined(separator: " ")
    }
}
