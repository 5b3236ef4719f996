/// A problem with one row of a release file: its line, the field (column) and what was expected.
public struct RowError: Sendable, Equatable {
    /// The file's line, or the worksheet's row.
    public let line: Int
    /// The long-form column (`value_usd`), or for a customs table where it was read (`column C ("Trị giá")`).
    public let field: String?
    public let message: String
    /// For workbooks: the sheet.
    public var sheet: String?
    /// True when `field` names a table's column rather than a long-form field.
    public var fieldIsColumn = false

    public init(line: Int, field: String?, message: String) {
        self.line = line
        self.field = field
        self.message = message
    }

    /// A problem with a cell of a customs table.
    init(line: Int, column: String?, message: String, sheet: String?) {
        self.init(line: line, field: column, message: message)
        self.sheet = sheet
        fieldIsColumn = true
    }

    /// `FILE:LINE: field "x": message`, or `FILE: sheet "S", row N, column C: message` for a workbook.
    func describe(file: String) -> String {
        let place = sheet.map { "\(file): sheet \"\($0)\", row \(line)" } ?? "\(file):\(line)"
        guard let field else { return "\(place): \(message)" }
        let separator = sheet == nil ? " " : ", "
        return place + (sheet == nil ? ":" : "") + separator + (fieldIsColumn ? field : "field \"\(field)\"") + ": " + message
    }
}

/// Why a release file was not ingested. Nothing of the file was written.
public enum IngestError: UserFacingError, Equatable {
    case unreadable(file: String, reason: String)
    /// A FIFO, device or socket: `kind` says which.
    case notRegularFile(file: String, kind: String)
    case empty(file: String)
    /// A bulletin in which no figure could be read; `unplaced` amounts were found but not placed.
    case noFiguresInText(file: String, unplaced: Int)
    case unsupported(file: String)
    case malformed(file: String, message: String)
    case atLine(file: String, line: Int, message: String)
    /// A customs table whose layout cannot be read: the sheet (workbooks) and row, if known.
    case inTable(file: String, sheet: String?, row: Int?, message: String)
    /// Every bad row found (up to a limit), and how many more there were.
    case rows(file: String, errors: [RowError], more: Int)

    /// The most rows reported for one file.
    public static let rowErrorLimit = 20

    /// One line per problem, each starting with `FILE:LINE:` where a line is known.
    public var description: String { message(naming: \.phrase) }

    public func message(naming name: (UserValue) -> String) -> String {
        switch self {
        case .unreadable(let file, let reason): return "\(file): cannot read: \(reason)"
        case .notRegularFile(let file, let kind):
            return "\(file): cannot read: not a regular file (\(kind)); "
                + "to read a pipe, send it to standard input: tradewh ingest - \(name(.format)) FORMAT"
        case .empty(let file): return "\(file): the file is empty (no header, no figures)"
        case .noFiguresInText(let file, let unplaced):
            return "\(file): no figure in US dollars was found in the text"
                + (unplaced > 0 ? " (\(unplaced) amount(s) could not be placed; `tradewh extract` shows them with their sentences)" : "")
        case .unsupported(let file):
            return "\(file): not a supported format (csv, tsv, json, ndjson, a customs table in csv/tsv or xlsx, or a .txt/.md bulletin); name it by extension or pass \(name(.format))"
        case .malformed(let file, let message): return "\(file): \(message)"
        case .atLine(let file, let line, let message): return "\(file):\(line): \(message)"
        case .inTable(let file, let sheet?, let row, let message):
            return "\(file): sheet \"\(sheet)\"" + (row.map { ", row \($0)" } ?? "") + ": \(message)"
        case .inTable(let file, nil, let row?, let message): return "\(file):\(row): \(message)"
        case .inTable(let file, nil, nil, let message): return "\(file): \(message)"
        case .rows(let file, let errors, let more):
            var lines = errors.map { $0.describe(file: file) }
            if more > 0 { lines.append("\(file): ... and \(more) more bad row(s)") }
            lines.append("\(file): nothing was ingested from this file")
            return lines.joined(separator: "\n")
        }
    }
}
