import CSQLite
@testable import TradeWarehouse

/// Calls `body` as each statement of a connection starts (SQLite's `SQLITE_TRACE_STMT`), with its SQL
/// and whether it runs inside a transaction the caller opened (autocommit off): for tests that hold
/// a reader to one snapshot. Stops observing when it goes away.
final class StatementObserver {
    private let db: Database
    private let body: (_ sql: String, _ inTransaction: Bool) -> Void

    init(_ db: Database, _ body: @escaping (_ sql: String, _ inTransaction: Bool) -> Void) {
        self.db = db
        self.body = body
        sqlite3_trace_v2(db.handle, UInt32(SQLITE_TRACE_STMT), { _, context, statement, _ in
            guard let context, let statement else { return 0 }
            let observer = Unmanaged<StatementObserver>.fromOpaque(context).takeUnretainedValue()
            let handle = OpaquePointer(statement)
            let sql = sqlite3_sql(handle).map { String(cString: $0) } ?? ""
            observer.body(sql, sqlite3_get_autocommit(sqlite3_db_handle(handle)) == 0)
            return 0
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        sqlite3_trace_v2(db.handle, 0, nil, nil)
    }
}
