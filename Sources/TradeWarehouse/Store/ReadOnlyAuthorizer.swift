import CSQLite

/// An SQLite authorizer for read-only sessions, on top of a read-only connection with `query_only`:
/// denies ATTACH and DETACH (which could open or create other files), every PRAGMA given a value
/// except the ones that only read (`table_info(name)` and the like), and every transaction
/// statement (BEGIN, COMMIT, END, ROLLBACK, SAVEPOINT, RELEASE): `query_only` lets COMMIT through,
/// and a session that reads inside a transaction of its own (as-of) must end it itself.
public enum ReadOnlyAuthorizer {
    /// Installs the authorizer on `db`, until `remove` (or for the rest of its life).
    public static func install(on db: Database) {
        sqlite3_set_authorizer(db.handle, { _, action, pragmaName, pragmaArgument, _, _ in
            switch action {
            case SQLITE_ATTACH, SQLITE_DETACH, SQLITE_TRANSACTION, SQLITE_SAVEPOINT:
                return SQLITE_DENY
            case SQLITE_PRAGMA:
                guard pragmaArgument != nil, let pragmaName else { return SQLITE_OK }
                return readingPragmas.contains(String(cString: pragmaName).lowercased()) ? SQLITE_OK : SQLITE_DENY
            default:
                return SQLITE_OK
            }
        }, nil)
    }

    /// Takes the authorizer off `db`, for the session's owner to end its own transaction.
    static func remove(from db: Database) {
        sqlite3_set_authorizer(db.handle, nil, nil)
    }
}

/// Pragmas whose argument names what to read, not a value to set.
private let readingPragmas: Set<String> = [
    "table_info", "table_xinfo", "table_list", "index_info", "index_xinfo", "index_list",
    "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check",
]
