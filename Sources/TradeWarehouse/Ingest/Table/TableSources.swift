import Foundation

/// The tables of a release file: one for a CSV/TSV file, one per sheet of a workbook.
struct TableSource {
    /// A table's place and its rows, streamed as often as asked.
    struct Table {
        let place: TablePlace
        let rows: CustomsTableReader.RowStream
    }

    /// The tables of a CSV or TSV file (one), with `#` note lines passed to `note`; `delimiter` nil:
    /// tab for TSV, else found from the first lines.
    static func delimited(_ source: InputSource, format: IngestFormat, delimiter given: Delimiter? = nil,
                          note: @escaping (String) -> Void) throws -> [Table] {
        let delimiter = try given?.byte ?? (format == .tsv ? UInt8(ascii: "\t") : sniffDelimiter(source))
        var notesTaken = false
        let rows: CustomsTableReader.RowStream = { body in
            var parser = DelimitedParser(delimiter: delimiter)
            source.restartMeter()
            let takeNotes = !notesTaken
            notesTaken = true
            func handle(_ event: DelimitedEvent) throws {
                switch event {
                case .comment(_, let text): if takeNotes { note(text.trimmingCharacters(in: .whitespaces)) }
                case .record(let record):
                    try checkCellLengths(record.fields, line: record.line, source: source)
                    try body(TableRow(number: record.line, cells: record.fields))
                }
            }
            do {
                try source.forEachChunk { try parser.feed($0, emit: handle) }
                try parser.finish(emit: handle)
            } catch let error as DelimitedSyntaxError {
                throw IngestError.atLine(file: source.path, line: error.line, message: error.message)
            }
        }
        return [Table(place: TablePlace(sheet: nil), rows: rows)]
    }

    /// Spreadsheets hold at most this many characters in a cell.
    static let longestCell = 32_767

    /// Refuses a cell longer than a spreadsheet cell can be: no table was saved with one, and a 10 MB
    /// cell would be cleaned and matched against every name, for minutes.
    static func checkCellLengths(_ cells: [String], line: Int, source: InputSource, sheet: String? = nil) throws {
        for (index, cell) in cells.enumerated() where cell.utf8.count > longestCell && cell.count > longestCell {
            throw IngestError.inTable(file: source.path, sheet: sheet, row: line, message: "column \(index + 1): a cell of "
                + "\(cell.count) characters, longer than a spreadsheet cell can be (\(longestCell)); this is not a customs table")
        }
    }

    /// The sheets of a workbook to read: `sheet` alone if given, else every sheet.
    static func workbook(_ source: InputSource, sheet: String?) throws -> [Table] {
        let workbook = try XLSXWorkbook(source)
        if let sheet, !workbook.sheetNames.contains(sheet) {
            throw IngestError.malformed(file: source.path, message: "no sheet named \"\(sheet)\"; the sheets are "
                + workbook.sheetNames.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        return (sheet.map { [$0] } ?? workbook.sheetNames).map { name in
            Table(place: TablePlace(sheet: name)) { body in
                try workbook.forEachRow(inSheet: name) { row in
                    try checkCellLengths(row.cells, line: row.number, source: source, sheet: name)
                    try body(TableRow(number: row.number, cells: row.cells, storedNumberColumns: row.numberColumns))
                }
            }
        }
    }

    /// The delimiter a CSV file uses: comma, semicolon (spreadsheets saved with a decimal comma) or tab,
    /// whichever splits its first lines most.
    static func sniffDelimiter(_ source: InputSource) throws -> UInt8 {
        let text = String(decoding: try source.prefix(16_384), as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).prefix(30).filter { !$0.hasPrefix("#") }
        let candidates: [Character] = [",", ";", "\t"]
        let best = candidates.max { a, b in
            lines.reduce(0) { $0 + $1.filter { $0 == a }.count } < lines.reduce(0) { $0 + $1.filter { $0 == b }.count }
        } ?? ","
        return best.asciiValue ?? UInt8(ascii: ",")
    }
}

extension XLSXWorkbook {
    /// The workbook a source holds, from disk or from memory (standard input).
    init(_ source: InputSource) throws {
        if let bytes = source.bytesIfInMemory {
            try self.init(data: bytes, path: source.path)
        } else {
            try self.init(path: source.path)
        }
    }
}
