import CSQLite

/// A cell as it is read, in place: text is the row's own bytes, valid only while it is being read.
public enum CellView {
    case null
    case integer(Int64)
    case real(Double)
    case text(UnsafeBufferPointer<UInt8>)
    /// A true/false value computed outside SQLite (see `CellValue.bool`).
    case bool(Bool)
}

/// Cells of a row, read where they are: a query's current row (`Statement.forEachRow`) or a row of
/// a `ResultTable`. Renderers read through this so that a streamed result and a collected one print
/// the same bytes.
public protocol ResultRow {
    /// How many cells the row has.
    var count: Int { get }
    /// Hands cell `index` to `body`; a text cell's bytes are valid only during the call.
    func withCell<T>(_ index: Int, _ body: (CellView) throws -> T) rethrows -> T
}

extension ResultRow {
    /// Cell `index` as a value that outlives the row.
    public func cell(_ index: Int) -> CellValue {
        withCell(index) { cell in
            switch cell {
            case .null: .null
            case .integer(let value): .integer(value)
            case .real(let value): .real(value)
            case .text(let bytes): .text(String(decoding: bytes, as: UTF8.self))
            case .bool(let flag): .bool(flag)
            }
        }
    }
}

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

/// A row of a collected result.
struct CollectedRow: ResultRow {
    let cells: [CellValue]

    var count: Int { cells.count }

    func withCell<T>(_ index: Int, _ body: (CellView) throws -> T) rethrows -> T {
        switch cells[index] {
        case .null: return try body(.null)
        case .integer(let value): return try body(.integer(value))
        case .real(let value): return try body(.real(value))
        case .bool(let flag): return try body(.bool(flag))
        case .text(let text):
            var text = text
            return try text.withUTF8 { try body(.text($0)) }
        }
    }
}
