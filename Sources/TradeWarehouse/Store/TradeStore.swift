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
    /// (`environment` is read only when no path is given: building it costs 0.1 ms of every start.)
    public static func defaultPath(explicit: String? = nil,
                                   environment: @autoclosure () -> [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment()["TRADEWH_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "trade.sqlite"
    }

    /// Opens the warehouse at `path`, creating and migrating it when needed. `waitingForWriters`:
    /// for a command that writes (ingest, groups define), wait for another process's write
    /// transaction however long it takes, rather than fail with "database is locked" after the
    /// busy timeout (an ingest of a national file holds it for a minute or more).
    public static func open(path: String, migrator: Migrator = Migrator(), waitingForWriters: Bool = false) throws -> TradeStore {
        let existed = try refuseWhatIsNotAWarehouse(at: path)
        let db: Database
        do {
            db = try Database(path: path)
        } catch StoreError.cannotOpen(_, let reason) where !existed {
            throw StoreError.cannotOpen(path: path, reason: reason + " (its folder is missing or read-only)")
        }
        do {
            try configure(db, busyTimeout: waitingForWriters ? patientBusyTimeoutMilliseconds : busyTimeoutMilliseconds)
            // Up to date, opening only reads: `Migrator.migrate` takes the write lock once per step, even
            // when nothing is pending, which made every reader wait for a running ingest (and fail with
            // "database is locked" after the busy timeout) although WAL lets it read beside one.
            let applied = try migrator.isUpToDate(db) ? [] : try migrator.migrate(db)
            return TradeStore(db: db, migrationsApplied: applied)
        } catch let error as StoreError where [SQLITE_READONLY, SQLITE_CANTOPEN].contains(error.sqliteCode) && existed {
            throw StoreError.readOnly(path: path)
        } catch let error as StoreError where [SQLITE_NOTADB, SQLITE_CORRUPT].contains(error.sqliteCode) {
            throw StoreError.notAWarehouse(path: path)
        }
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

    /// A reading connection to a warehouse that `open` has opened (and migrated) already, as a server
    /// opens one per request: read-only as `openReadOnly`, reading through a memory map, and never
    /// writing, not even to migrate. It reads inside one transaction for as long as it is open, so
    /// that everything a request shows is one snapshot (`readTransaction` runs inside it), however
    /// an ingest writes meanwhile; the authorizer then refuses any BEGIN or COMMIT of its user's SQL.
    public static func openReader(path: String) throws -> Database {
        let db = try openIdleReader(path: path)
        try startReading(db)
        return db
    }

    /// `openReader`'s connection before its transaction begins (and without the authorizer, which
    /// would refuse the BEGIN): what `ReaderPool` keeps between requests.
    static func openIdleReader(path: String) throws -> Database {
        let db = try Database(path: path, mode: .readOnly)
        db.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        try db.readThroughMemoryMap()
        try db.execute("PRAGMA query_only = ON")
        return db
    }

    /// Begins the read transaction of an idle reader and puts the authorizer on.
    static func startReading(_ db: Database) throws {
        try db.execute("BEGIN")
        ReadOnlyAuthorizer.install(on: db)
    }

    /// Takes the authorizer off a reader and ends its transaction: idle again.
    static func stopReading(_ db: Database) throws {
        ReadOnlyAuthorizer.remove(from: db)
        try db.execute("ROLLBACK")
    }

    /// A number that changes whenever another connection (of any process) commits a change to the
    /// warehouse `db` reads (`PRAGMA data_version`): what a cache of answers is keyed on. `db` must not
    /// be inside a transaction, which would hold the number still.
    public static func dataVersion(of db: Database) throws -> Int64 {
        try db.query("PRAGMA data_version").rows.first?.first?.integer ?? 0
    }

    static let busyTimeoutMilliseconds: Int32 = 10_000
    /// How long a writing command waits for another writer: 24 days, SQLite's longest.
    static let patientBusyTimeoutMilliseconds: Int32 = .max

    private static func configure(_ db: Database, busyTimeout: Int32) throws {
        db.busyTimeoutMilliseconds = busyTimeout
        try switchToWAL(db)
        try db.execute("PRAGMA foreign_keys = ON")
        try db.execute("PRAGMA synchronous = NORMAL")
    }

    /// Puts the database in WAL mode (a no-op once it is). While another process creates the same
    /// warehouse and holds its write lock, SQLite answers BUSY at once instead of waiting (the switch
    /// needs the lock exclusively, and waiting could deadlock), so the switch is tried again every
    /// 5 ms until the busy timeout: two `tradewh ingest` started at once on a new file both succeed.
    private static func switchToWAL(_ db: Database) throws {
        let deadline = ContinuousClock.now + .milliseconds(Int(db.busyTimeoutMilliseconds))
        while true {
            do {
                return try db.execute("PRAGMA journal_mode = WAL")
            } catch let error as StoreError where error.sqliteCode == SQLITE_BUSY && ContinuousClock.now < deadline {
                usleep(5_000)
            }
        }
    }

    /// Refuses a folder, and a file that is not SQLite's: SQLite treats a file shorter than a page
    /// header as empty and would turn it into a new database, so a non-empty file must start with
    /// SQLite's own header before it is opened. Returns whether something is at `path`.
    /// (`stat` and `fread` here, not FileManager and FileHandle: 0.2 ms less of every command.)
    private static func refuseWhatIsNotAWarehouse(at path: String) throws -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw StoreError.cannotOpen(path: path, reason: "it is a folder, not a database file")
        }
        guard let file = fopen(path, "rb") else { return true }
        defer { fclose(file) }
        var header = [UInt8](repeating: 0, count: 16)
        let count = fread(&header, 1, header.count, file)
        if count > 0, header[..<count] != Array("SQLite format 3\0".utf8)[...] {
            throw StoreError.notAWarehouse(path: path)
        }
        return true
    }
}
