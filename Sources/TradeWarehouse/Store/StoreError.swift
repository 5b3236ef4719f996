import CSQLite

/// What can go wrong in the store: opening the file, migrating it, or running SQL.
public enum StoreError: UserFacingError, Equatable {
    case cannotOpen(path: String, reason: String)
    /// The file exists but is no SQLite database (or not one SQLite can read).
    case notAWarehouse(path: String)
    /// The warehouse cannot be written: its file, or the folder SQLite keeps its -wal/-shm files in,
    /// is read-only.
    case readOnly(path: String)
    case sqlite(code: Int32, message: String, sql: String)
    case unknownParameter(name: String, sql: String)
    case migrationChanged(name: String, database: String)
    case databaseNewerThanBinary(names: [String], database: String)
    case badMigrationName(String)
    case migrationFailed(name: String, reason: String)

    /// SQLite's primary result code, for an error from SQLite itself.
    public var sqliteCode: Int32? {
        if case .sqlite(let code, _, _) = self { return code & 0xFF }
        return nil
    }

    /// SQLite could not write because the disk (or the database's size limit) is full.
    public var isDiskFull: Bool { sqliteCode == SQLITE_FULL }

    /// SQLite refused to write a read-only database.
    public var isReadOnly: Bool {
        if case .readOnly = self { return true }
        return sqliteCode == SQLITE_READONLY
    }

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open database \(path): \(reason)"
        case .notAWarehouse(let path):
            return "\(path) is not a tradewh warehouse (not a SQLite file); it was left as it was"
        case .readOnly(let path):
            return "the warehouse \(path) is read-only (its file or its folder cannot be written, and SQLite "
                + "keeps its -wal and -shm files beside it); copy it to a writable folder"
        case .sqlite(_, let message, _):
            return message
        case .unknownParameter(let name, _):
            return "the SQL has no parameter named \(name) (write it as :\(name) in the query)"
        case .migrationChanged(let name, let database):
            return "migration \(name) was changed after it was applied to \(database); "
                + "restore the original file, or start a new database"
        case .databaseNewerThanBinary(let names, let database):
            return "\(database) was migrated by a newer tradewh (unknown migrations: "
                + names.joined(separator: ", ") + "); use that version or a newer one"
        case .badMigrationName(let name):
            return "migration file \(name) is not named NNNN_name.sql"
        case .migrationFailed(let name, let reason):
            return "migration \(name) failed and was rolled back: \(reason)"
        }
    }
}
