import CSQLite
import Foundation

/// A connection to a SQLite database file, over the system libsqlite3's C API.
///
/// The C API is used directly rather than through GRDB: bulk ingest binds and steps one prepared
/// statement millions of times, where GRDB's argument layer halves throughput (0.7M vs 1.45M rows/s
/// measured on this machine, see README), and the rest of the project needs only prepare/bind/step.
///
///     let db = try Database(path: "trade.sqlite")
///     try db.execute("PRAGMA foreign_keys = ON")
///     let table = try db.query("SELECT code FROM flow")
public final class Database {
    /// How the file is opened.
    public enum Mode: Sendable {
        /// Read and write; the file is created when missing.
        case readWrite
        /// Read only, enforced by SQLite: no statement can change the file.
        case readOnly
    }

    let handle: OpaquePointer
    /// The path the connection was opened with.
    public let path: String

    /// Opens (and for `.readWrite`, creates) the database at `path`.
    public init(path: String, mode: Mode = .readWrite) throws {
        _ = Self.memoryStatisticsOff
        var pointer: OpaquePointer?
        let flags = mode == .readOnly
            ? SQLITE_OPEN_READONLY
            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        let code = sqlite3_open_v2(path, &pointer, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard let pointer, code == SQLITE_OK else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(pointer)
            throw StoreError.cannotOpen(path: path, reason: message)
        }
        handle = pointer
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
    }

    /// SQLite's memory statistics, turned off once, before the first connection opens (see
    /// `tradewh_disable_memory_statistics`): a quarter of a millisecond of every command.
    private static let memoryStatisticsOff: Void = { _ = tradewh_disable_memory_statistics() }()

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows.
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if code != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(errorMessage)
            throw StoreError.sqlite(code: code, message: message, sql: sql)
        }
    }

    /// Prepares one statement for repeated use.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Runs one statement that changes rows, with named arguments.
    public func run(_ sql: String, _ arguments: [String: CellValue]) throws {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        try statement.run()
    }

    /// Runs a query with named arguments and returns every row.
    public func query(_ sql: String, _ arguments: [String: CellValue] = [:]) throws -> ResultTable {
        try prepare(sql, arguments).fetchAll()
    }

    /// Prepares a statement with its named arguments bound, for the caller to step.
    public func prepare(_ sql: String, _ arguments: [String: CellValue]) throws -> Statement {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        return statement
    }

    /// Prepares each statement of a script in turn and hands it to `body`, which runs it, with
    /// whether it is the script's last (nothing but spaces after it).
    public func forEachStatement(in script: String, _ body: (Statement, _ isLast: Bool) throws -> Void) throws {
        let bytes = Array(script.utf8CString)
        try bytes.withUnsafeBufferPointer { buffer in
            guard var cursor = buffer.baseAddress else { return }
            while cursor.pointee != 0 {
                var pointer: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(handle, cursor, -1, &pointer, &tail)
                let text = String(decoding: UnsafeRawBufferPointer(start: cursor, count: (tail ?? cursor) - cursor), as: UTF8.self)
                guard code == SQLITE_OK else { throw StoreError.sqlite(code: code, message: lastErrorMessage, sql: text) }
                guard let tail else { return }
                cursor = tail
                if let pointer { try body(Statement(database: self, handle: pointer, sql: text), Self.onlySpaces(from: tail)) }
            }
        }
    }

    /// Whether the C string at `cursor` holds nothing but spaces, tabs and line breaks.
    private static func onlySpaces(from cursor: UnsafePointer<CChar>) -> Bool {
        var cursor = cursor
        while cursor.pointee != 0 {
            guard [32, 9, 10, 13].contains(cursor.pointee) else { return false }
            cursor += 1
        }
        return true
    }

    /// Runs `body` inside one transaction: committed if it returns, rolled back if it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` inside one read transaction, so that every query it makes sees the same
    /// snapshot of the warehouse (in WAL mode a writer's later commits are not seen; a writer is
    /// not held up). Ended when `body` returns or throws. Inside a transaction already, `body`
    /// simply runs in it.
    public func readTransaction<T>(_ body: () throws -> T) throws -> T {
        guard sqlite3_get_autocommit(handle) != 0 else { return try body() }
        try execute("BEGIN")
        defer { try? execute("COMMIT") }
        return try body()
    }

    /// Runs `body` (a transaction) with SQLite's rollback journal instead of its write-ahead log
    /// when `condition` holds, then goes back to the log. In WAL mode every page a transaction
    /// writes is written twice, to the log and then, at the checkpoint, to the file: for a
    /// national file's first load (340 MB of new pages) that was 0.9 s of 13.4 s. SQLite switches
    /// only when no other connection has the file open; otherwise `body` runs as usual.
    public func withRollbackJournal<T>(if condition: Bool, _ body: () throws -> T) throws -> T {
        guard condition else { return try body() }
        // Asked without waiting: another connection would only make the switch wait out the busy timeout, then fail.
        let patience = busyTimeoutMilliseconds
        busyTimeoutMilliseconds = 0
        try? execute("PRAGMA journal_mode = DELETE")
        busyTimeoutMilliseconds = patience
        defer { try? execute("PRAGMA journal_mode = WAL") }
        return try body()
    }

    /// How long a statement waits for another connection's lock before it fails with "database is locked".
    public var busyTimeoutMilliseconds: Int32 = 0 {
        didSet { sqlite3_busy_timeout(handle, busyTimeoutMilliseconds) }
    }

    /// Runs `body` with SQLite's page cache at `kibibytes` (`PRAGMA cache_size`), then puts it back as
    /// it was. The cache also bounds the memory each sort holds before it spills to a temporary file.
    public func withCacheSize<T>(kibibytes: Int, _ body: () throws -> T) throws -> T {
        let before = try query("PRAGMA cache_size").rows.first?.first?.integer ?? -2000
        try execute("PRAGMA cache_size = -\(kibibytes)")
        defer { try? execute("PRAGMA cache_size = \(before)") }
        return try body()
    }

    /// Runs `body` with SQLite's foreign-key checks off (they cannot change inside a transaction, so
    /// call this outside one), then turns them back on.
    public func withoutForeignKeyChecks<T>(_ body: () throws -> T) throws -> T {
        try execute("PRAGMA foreign_keys = OFF")
        defer { try? execute("PRAGMA foreign_keys = ON") }
        return try body()
    }

    /// Has SQLite read this connection's pages through a memory map of the file instead of a
    /// `read` call per page: a query over 263,000 figures of a 300 MB warehouse spent 1 s of its
    /// 2.3 s in the kernel copying pages. For readers; a load would see the pages it touches counted
    /// in its memory.
    public func readThroughMemoryMap() throws {
        try execute("PRAGMA mmap_size = \(Self.memoryMapBytes)")
    }

    /// The most of a file mapped: more than a national warehouse (10M figures: 300 MB).
    static let memoryMapBytes = 1 << 32

    /// The rowid of the last inserted row.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }
}
