/// One value: a cell of a query result, or an argument bound to a statement.
public enum CellValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    /// A true/false value computed outside SQLite (JSON `true`/`false`); bound as 1 or 0.
    case bool(Bool)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }

    /// `.text(value)`, or `.null` when `value` is nil.
    public static func optional(_ value: String?) -> CellValue { value.map(CellValue.text) ?? .null }
}

/// The rows a query returned, with their column names: what every command prints.
public struct ResultTable: Sendable, Equatable {
    /// Column names, in order.
    public var columns: [String]
    /// Rows; each has one value per column.
    public var rows: [[CellValue]]

    public init(columns: [String], rows: [[CellValue]]) {
        self.columns = columns
        self.rows = rows
    }
}

extension CellValue {
    /// The text, or nil for any other kind of value.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The integer, or nil for any other kind of value.
    public var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The number as a Double (integers widened), or nil for text and NULL.
    public var real: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .real(let value): return value
        default: return nil
        }
    }
}
