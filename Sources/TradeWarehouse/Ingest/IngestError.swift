/// A problem with one row of a release file: its line, the field (column) and what was expected.
public struct RowError: Sendable, Equatable {
    public let line: Int
    public let field: String?
    public let message: String

    public init(line: Int, field: String?, message: String) {
        self.line = line
        self.field = field
        self.message = message
    }
}

/// Why a release file was not ingested. Nothing of the file was written.
public enum IngestError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case unsupported(file: String)
    case malformed(file: String, message: String)
    case atLine(file: String, line: Int, message: String)
    /// Every bad row found (up to a limit), and how many more there were.
    case rows(file: String, errors: [RowError], more: Int)

    /// The most rows reported for one file.
    public static let rowErrorLimit = 20

    /// One line per problem, each starting with `FILE:LINE:` where a line is known.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason): return "\(file): cannot read: \(reason)"
        case .empty(let file): return "\(file): the file is empty (no header, no figures)"
        case .unsupported(let file):
            return "\(file): not a supported format (csv, tsv, json, ndjson, or a .txt/.md bulletin); name it by extension or pass --format"
        case .malformed(let file, let message): return "\(file): \(message)"
        case .atLine(let file, let line, let message): return "\(file):\(line): \(message)"
        case .rows(let file, let errors, let more):
            var lines = errors.map { error in
                "\(file):\(error.line): " + (error.field.map { "field \"\($0)\": " } ?? "") + error.message
            }
            if more > 0 { lines.append("\(file): ... and \(more) more bad row(s)") }
            lines.append("\(file): nothing was ingested from this file")
            return lines.joined(separator: "\n")
        }
    }
}
