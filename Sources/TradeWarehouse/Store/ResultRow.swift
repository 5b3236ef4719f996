import CSQLite

/// What a cell holds, as SQLite stores it.
public enum CellKind: Sendable {
    case null, integer, real, text
    /// A true/false value computed outside SQLite (see `CellValue.bool`); `integer` reads it as 1 or 0.
    case bool
}

/// Cells of a row, read where they are: a query's current row (`Statement.forEachRow`) or a row of
/// a `ResultTable`. Renderers read through this so that a streamed result and a collected one print
/// the same bytes.
public protocol ResultRow {
    /// How many cells the row has.
    var count: Int { get }
    /// What cell `index` holds.
    func kind(_ index: Int) -> CellKind
    /// Cell `index` as an integer (a `.integer` cell).
    func integer(_ index: Int) -> Int64
    /// Cell `index` as a number (a `.real` cell).
    func real(_ index: Int) -> Double
    /// Calls `body` with the UTF-8 bytes of a `.text` cell, valid only during the call.
    func withText<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T
    /// Cell `index` as a value that outlives the row.
    func cell(_ index: Int) -> CellValue
}

/// The current row of a stepping statement; valid only inside `Statement.forEachRow`'s callback.
public struct CurrentRow: ResultRow {
    let handle: OpaquePointer
    public let count: Int

    public func kind(_ index: Int) -> CellKind {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: .integer
        case SQLITE_FLOAT: .real
        case SQLITE_NULL: .null
        default: .text
        }
    }

    public func integer(_ index: Int) -> Int64 { sqlite3_column_int64(handle, Int32(index)) }

    public func real(_ index: Int) -> Double { sqlite3_column_double(handle, Int32(index)) }

    public func withText<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let start = sqlite3_column_text(handle, Int32(index))
        let length = Int(sqlite3_column_bytes(handle, Int32(index)))
        return try body(UnsafeBufferPointer(start: start, count: start == nil ? 0 : length))
    }

    public func cell(_ index: Int) -> CellValue {
        switch kind(index) {
        case .integer: .integer(integer(index))
        case .bool: .bool(integer(index) != 0)
        case .real: .real(real(index))
        case .null: .null
        case .text: .text(withText(index) { String(decoding: $0, as: UTF8.self) })
        }
    }
}

/// A row of a collected result.
struct CollectedRow: ResultRow {
    let cells: [CellValue]

    var count: Int { cells.count }

    func kind(_ index: Int) -> CellKind {
        switch cells[index] {
        case .null: .null
        case .integer: .integer
        case .bool: .bool
        case .real: .real
        case .text: .text
        }
    }

    func integer(_ index: Int) -> Int64 {
        switch cells[index] {
        case .integer(let value): value
        case .bool(let flag): flag ? 1 : 0
        default: 0
        }
    }

    func real(_ index: Int) -> Double { cells[index].real ?? 0 }

    func withText<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        var text = cells[index].text ?? ""
        return try text.withUTF8 { try body($0) }
    }

    func cell(_ index: Int) -> CellValue { cells[index] }
}
