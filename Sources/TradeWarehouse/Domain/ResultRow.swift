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
