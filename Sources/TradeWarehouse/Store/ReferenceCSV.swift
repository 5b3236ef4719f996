/// A reference-data file (`Migrations/reference/*.csv`) read into rows of named fields.
///
/// The format is CSV with a header line; lines starting with `#` are comments, blank lines are
/// passed over, a field holding a comma or a quote is quoted (`"Korea, Rep."`, `""` for a quote),
/// and an empty unquoted field is NULL.
///
///     let file = try ReferenceCSV(name: "partners.csv", text: "code,kind,name_en,name_vi\nWORLD,world,World,Thế giới\n")
///     file.rows[0].field("name_vi")   // "Thế giới"
struct ReferenceCSV {
    /// One data line: its line number in the file and its fields, by column.
    struct Row {
        let line: Int
        let fields: [String: String?]

        /// The field of `column` (nil when empty).
        func field(_ column: String) -> String? { fields[column] ?? nil }
    }

    let name: String
    let rows: [Row]

    /// Reads `text`; throws naming the file and line when a line does not have the header's columns.
    /// Lines end at "\n", "\r\n" or a lone "\r". (Read as bytes: the published figures' file alone
    /// took 0.35 billion instructions read as Characters, a tenth of a 50,000-row ingest.)
    init(name: String, text: String) throws {
        self.name = name
        var header: [String]?
        var rows: [Row] = []
        for (index, line) in Self.lines(of: Array(text.utf8)).enumerated() {
            if line.isEmpty || line.first == Self.hash { continue }
            let fields = try Self.fields(of: line, file: name, line: index + 1)
            guard let columns = header else {
                header = fields.map { $0 ?? "" }
                continue
            }
            guard fields.count == columns.count else {
                throw Self.error(name, index + 1, "\(fields.count) fields where the header has \(columns.count)")
            }
            rows.append(Row(line: index + 1, fields: Dictionary(uniqueKeysWithValues: zip(columns, fields))))
        }
        self.rows = rows
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), hash = UInt8(ascii: "#")
    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// The lines of `bytes`, without their line ends; a last line after the last line end (empty
    /// when the text ends with one).
    private static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == newline || byte == carriageReturn else {
                index += 1
                continue
            }
            lines.append(bytes[start..<index])
            index += byte == carriageReturn && index + 1 < bytes.count && bytes[index + 1] == newline ? 2 : 1
            start = index
        }
        lines.append(bytes[start...])
        return lines
    }

    /// The fields of one line: quoted ones unquoted, empty unquoted ones nil.
    private static func fields(of line: ArraySlice<UInt8>, file: String, line number: Int) throws -> [String?] {
        var fields: [String?] = []
        var index = line.startIndex
        while true {
            if index < line.endIndex, line[index] == quote {
                var value: [UInt8] = []
                index += 1
                while true {
                    guard let close = line[index...].firstIndex(of: quote) else { throw error(file, number, "a quote is not closed") }
                    value += line[index..<close]
                    index = close + 1
                    guard index < line.endIndex, line[index] == quote else { break }
                    value.append(quote)
                    index += 1
                }
                fields.append(String(decoding: value, as: UTF8.self))
                guard index == line.endIndex || line[index] == comma else { throw error(file, number, "text after a closing quote") }
            } else {
                let end = line[index...].firstIndex(of: comma) ?? line.endIndex
                fields.append(end == index ? nil : String(decoding: line[index..<end], as: UTF8.self))
                index = end
            }
            guard index < line.endIndex, line[index] == comma else { return fields }
            index += 1
        }
    }

    static func error(_ file: String, _ line: Int, _ message: String) -> StoreError {
        .migrationFailed(name: "reference/" + file, reason: "line \(line): " + message)
    }
}
