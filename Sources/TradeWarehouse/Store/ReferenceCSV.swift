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
    init(name: String, text: String) throws {
        self.name = name
        var header: [String]?
        var rows: [Row] = []
        // (A Character that is a newline: "\r\n" is one Character in Swift.)
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
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

    /// The fields of one line: quoted ones unquoted, empty unquoted ones nil.
    private static func fields(of line: Substring, file: String, line number: Int) throws -> [String?] {
        var fields: [String?] = []
        var characters = line[...]
        while true {
            if characters.first == "\"" {
                var value = ""
                characters = characters.dropFirst()
                while true {
                    guard let quote = characters.firstIndex(of: "\"") else { throw error(file, number, "a quote is not closed") }
                    value += characters[..<quote]
                    characters = characters[characters.index(after: quote)...]
                    guard characters.first == "\"" else { break }
                    value += "\""
                    characters = characters.dropFirst()
                }
                fields.append(value)
                guard characters.isEmpty || characters.first == "," else { throw error(file, number, "text after a closing quote") }
            } else {
                let end = characters.firstIndex(of: ",") ?? characters.endIndex
                fields.append(characters[..<end].isEmpty ? nil : String(characters[..<end]))
                characters = characters[end...]
            }
            guard characters.first == "," else { return fields }
            characters = characters.dropFirst()
        }
    }

    static func error(_ file: String, _ line: Int, _ message: String) -> StoreError {
        .migrationFailed(name: "reference/" + file, reason: "line \(line): " + message)
    }
}
