import CSQLite
import Foundation

/// The warehouse file: opened, configured (WAL, foreign keys, busy timeout) and migrated.
///
///     let store = try TradeStore.open(path: TradeStore.defaultPath())
///     let releases = try store.db.query(...)
public final class TradeStore {
    /// The connection everything else uses.
    public let db: Database
    /// The migrations that opening this store applied (empty when the schema was up to date).
    public let migrationsApplied: [String]

    private init(db: Database, migrationsApplied: [String]) {
        self.db = db
        self.migrationsApplied = migrationsApplied
    }

    /// The database path: `explicit` if given, else `$TRADEWH_DB`, else `trade.sqlite` here.
    public static func defaultPath(explicit: String? = nil,
                                   environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["TRADEWH_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "trade.sqlite"
    }

    /// Opens the warehouse at `path`, creating and migrating it when needed.
    public static func open(path: String, migrator: Migrator = Migrator()) throws -> TradeStore {
        try refuseDirectory(path)
        try refuseForeignFile(path)
        let existed = FileManager.default.fileExists(atPath: path)
        let db: Database
        do {
            db = try Database(path: path)
        } catch StoreError.cannotOpen(_, let reason) where !existed {
            throw StoreError.cannotOpen(path: path, reason: reason + " (its folder is missing or read-only)")
        }
        do {
            try configure(db)
            let applied = try isUpToDate(db, with: migrator) ? [] : try migrator.migrate(db)
            return TradeStore(db: db, migrationsApplied: applied)
        } catch let error as StoreError where [SQLITE_READONLY, SQLITE_CANTOPEN].contains(error.sqliteCode) && existed {
            throw StoreError.readOnly(path: path)
        } catch let error as StoreError where [SQLITE_NOTADB, SQLITE_CORRUPT].contains(error.sqliteCode) {
            throw StoreError.notAWarehouse(path: path)
        }
    }

    /// Whether `db` records exactly `migrator`'s migrations, with the same checksums. Then opening it
    /// only reads: `Migrator.migrate` takes the write lock once per migration, even when none is
    /// pending, which made every reader wait for a running ingest (and fail with "database is locked"
    /// after the busy timeout) although WAL lets it read beside one.
    private static func isUpToDate(_ db: Database, with migrator: Migrator) throws -> Bool {
        let table = try db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
        guard !table.rows.isEmpty else { return false }
        let recorded = try db.query("SELECT version, checksum FROM schema_migrations ORDER BY version").rows
        let expected = migrator.migrations.sorted { $0.version < $1.version }
            .map { [CellValue.integer(Int64($0.version)), CellValue.text($0.checksum)] }
        return recorded == expected
    }

    /// Opens an existing, migrated warehouse so that SQLite itself refuses every change:
    /// a read-only connection with `query_only`, and an authorizer that denies ATTACH and PRAGMA writes.
    public static func openReadOnly(path: String) throws -> Database {
        _ = try open(path: path)
        let db = try Database(path: path, mode: .readOnly)
        db.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        try db.execute("PRAGMA query_only = ON")
        ReadOnlyAuthorizer.install(on: db)
        return db
    }

    static let busyTimeoutMilliseconds: Int32 = 10_000

    private static func configure(_ db: Database) throws {
        db.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        try db.execute("PRAGMA journal_mode = WAL")
        try db.execute("PRAGMA foreign_keys = ON")
        try db.execute("PRAGMA synchronous = NORMAL")
    }

    /// SQLite treats a file shorter than a page header as empty and would turn it into a new
    /// database; a non-empty file must start with SQLite's own header before it is opened.
    private static func refuseForeignFile(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if !header.isEmpty, header != Data("SQLite format 3\0".utf8) {
            throw StoreError.notAWarehouse(path: path)
        }
    }

    private static func refuseDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError.cannotOpen(path: path, reason: "it is a folder, not a database file")
        }
    }
}
