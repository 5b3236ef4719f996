import Foundation

/// The benchmark's scratch folder, with `data/`, `db/` and `logs/` inside.
///
/// Either a fresh folder in the temporary directory or the `--work` folder, which must be new or
/// empty so that removing it at the end can never delete anything the benchmark did not make.
struct WorkFolder {
    let path: String

    init(requested: String?) throws {
        let manager = FileManager.default
        if let requested {
            path = URL(fileURLWithPath: requested).standardizedFileURL.path
            let existing = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            guard existing.isEmpty else { throw BenchError.io("--work \(requested): the folder is not empty; give a new or empty folder") }
        } else {
            path = manager.temporaryDirectory.appendingPathComponent("tradewh-bench-\(UUID().uuidString)").path
        }
        for folder in [path, data, databases, logs] {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }

    var data: String { path + "/data" }
    var databases: String { path + "/db" }
    var logs: String { path + "/logs" }

    /// A database path in `db/`.
    func database(_ name: String) -> String { databases + "/" + name }

    /// Where `tool`'s answer to query `name` is written, as CSV: `answerPrefix(of: tool)`, the name, `.csv`.
    func answer(of tool: String, _ name: String) -> String { answerPrefix(of: tool) + name + ".csv" }

    /// The start of the paths of `tool`'s answers, in `logs/`.
    func answerPrefix(of tool: String) -> String { logs + "/" + tool + "-" }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A SQLite database on disk: the main file and its `-wal`, `-shm` and `-journal` companions.
enum DatabaseFiles {
    private static let companions = ["-wal", "-shm", "-journal"]

    static func remove(_ path: String) {
        for file in [path] + companions.map({ path + $0 }) {
            try? FileManager.default.removeItem(atPath: file)
        }
    }

    /// Copies the main file and its write-ahead log, replacing whatever is at `target`.
    /// Copies a database and its log, and flushes the copies to disk: otherwise the copy's dirty
    /// pages (300 MB at 10M rows) are written out by the first fsync of the timed ingest that
    /// follows, which then seems to grow with the warehouse.
    static func copy(_ source: String, to target: String) throws {
        remove(target)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: target + suffix)
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: target + suffix))
            try handle.synchronize()
            try handle.close()
        }
    }

    static func move(_ source: String, to target: String) throws {
        remove(target)
        for suffix in [""] + companions where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.moveItem(atPath: source + suffix, toPath: target + suffix)
        }
    }

    /// Bytes on disk: the main file plus a write-ahead log not yet checkpointed.
    static func size(_ path: String) -> Int {
        [path, path + "-wal"].reduce(0) { $0 + fileSize($1) }
    }

    static func fileSize(_ path: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }
}
