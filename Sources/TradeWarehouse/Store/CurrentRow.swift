import CSQLite

/// The current row of a stepping statement; valid only inside `Statement.forEachRow`'s callback.
///
/// A cell is read with one call into SQLite's statement API (`sqlite3_column_value`, which checks
/// the statement each time), then from the value itself: reading its type, then its text, then its
/// length through the statement API took three such calls, a tenth of a 263,000-row listing. The
/// value is only read here, on the thread stepping the statement, as SQLite requires of such
/// ("unprotected") values.
public struct CurrentRow: ResultRow {
    let handle: OpaquePointer
    public let count: Int

    /// Cell `index` as an integer (0 for NULL), for reading a column known to hold integers.
    public func integer(_ index: Int) -> Int64 { sqlite3_column_int64(handle, Int32(index)) }

    public func withCell<T>(_ index: Int, _ body: (CellView) throws -> T) rethrows -> T {
        let value = sqlite3_column_value(handle, Int32(index))
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER: return try body(.integer(sqlite3_value_int64(value)))
        case SQLITE_FLOAT: return try body(.real(sqlite3_value_double(value)))
        case SQLITE_NULL: return try body(.null)
        default:
            let start = sqlite3_value_text(value)
            let length = Int(sqlite3_value_bytes(value))
            return try body(.text(UnsafeBufferPointer(start: start, count: start == nil ? 0 : length)))
        }
    }
}
