import Foundation

/// One row of a worksheet: its 1-based row number as in the sheet (`<row r="...">`) and the text of
/// each cell by 0-based column (A = 0), "" for cells that are absent or empty. Trailing empty cells
/// are dropped, so `cells` ends with the row's last non-empty cell.
struct SheetRow: Equatable, Sendable {
    /// The row's number in the sheet (1 for the first row), gaps kept.
    let number: Int
    /// The text of each cell by column; numbers exactly as stored (`"2651231472"`, `"1.2345E+10"`).
    let cells: [String]
    /// The columns whose cell is a number cell (no `t` attribute, or `t="n"`), so its text is the
    /// stored number (`1234.5`: a dot for decimals, no separators) whatever the cell's display format.
    var numberColumns: Set<Int> = []
}

/// An XLSX workbook (Office Open XML spreadsheet) read from its ZIP archive: the sheet names in
/// workbook order, and the rows of one sheet streamed as cell texts.
///
/// A sheet's XML is never held in memory: it is decompressed to a temporary file and parsed in
/// chunks, so memory stays flat however many rows it has. Only the shared-strings table (the texts
/// the cells refer to) is held whole. Problems are reported as `IngestError`s naming the file, and
/// where known the sheet and the row or cell.
struct XLSXWorkbook {
    /// Sheet names in workbook order (tab order), whatever their part names are.
    let sheetNames: [String]
    private let archive: XLSXArchive
    /// The ZIP entry holding each sheet (same order as `sheetNames`); nil when the workbook does not say.
    private let sheetParts: [String?]
    private let sharedStringsPart: String?

    /// Opens the workbook in the file at `path`.
    init(path: String) throws {
        try self.init(archive: XLSXArchive(path: path))
    }

    /// Opens a workbook whose bytes are in memory (standard input); `path` labels it in errors.
    init(data: Data, path: String) throws {
        try self.init(archive: XLSXArchive(data: data, path: path))
    }

    private static let workbookPart = "xl/workbook.xml"
    private static let workbookRelationshipsPart = "xl/_rels/workbook.xml.rels"

    private init(archive: XLSXArchive) throws {
        let workbookPart = Self.workbookPart
        for part in [workbookPart, Self.workbookRelationshipsPart] where !archive.contains(part) {
            throw archive.malformed("not an XLSX workbook (it has no \(part))")
        }
        let relationships = try archive.parse(Self.workbookRelationshipsPart, describedAs: Self.workbookRelationshipsPart,
                                              with: RelationshipsHandler()).relationships
        let sheets = try archive.parse(workbookPart, describedAs: workbookPart, with: WorkbookSheetsHandler()).sheets
        guard !sheets.isEmpty else { throw archive.malformed("the workbook lists no sheets") }
        self.archive = archive
        sheetNames = sheets.map(\.name)
        sheetParts = sheets.map { sheet in
            relationships.first { $0.id == sheet.relationshipID }.map { Self.resolve($0.target, from: workbookPart) }
        }
        sharedStringsPart = relationships.first { $0.type.hasSuffix("/sharedStrings") }
            .map { Self.resolve($0.target, from: workbookPart) }
    }

    /// Streams the rows of the sheet called `name` in order, calling `body` for each row that has
    /// at least one non-empty cell. Cells of a merged range all read the text of the range's
    /// top-left cell (see `MergeFiller` for the limits: rows absent from the XML are not made up).
    func forEachRow(inSheet name: String, _ body: (SheetRow) throws -> Void) throws {
        let part = try partOfSheet(named: name)
        let sharedStrings = try loadSharedStrings()
        var mergeScanner = MergeCellScanner()
        try archive.withTemporaryCopy(of: part, observing: { mergeScanner.scan($0) }) { copy in
            let merges = try mergeScanner.ranges(file: archive.path, sheet: name)
            try withoutActuallyEscaping(body) { emit in
                let handler = SheetRowsHandler(sharedStrings: sharedStrings, merges: merges,
                                               file: archive.path, sheet: name, emit: emit)
                try XMLEventReader.parse(fileAt: copy, file: archive.path, part: "sheet \"\(name)\"", with: handler)
            }
        }
    }

    /// The ZIP entry of the sheet called `name`, or an error listing the sheets there are.
    private func partOfSheet(named name: String) throws -> String {
        guard let index = sheetNames.firstIndex(of: name) else {
            let names = sheetNames.map { "\"\($0)\"" }.joined(separator: ", ")
            throw archive.malformed("the workbook has no sheet named \"\(name)\"; its sheets are \(names)")
        }
        guard let part = sheetParts[index] else {
            throw archive.malformed("sheet \"\(name)\" is listed in the workbook, "
                + "but \(Self.workbookRelationshipsPart) does not say which part holds it")
        }
        guard archive.contains(part) else {
            throw archive.malformed("sheet \"\(name)\" is listed in the workbook, but its part \(part) is missing")
        }
        return part
    }

    /// The shared-strings table, or an empty one when the workbook has none.
    private func loadSharedStrings() throws -> [String] {
        let part = sharedStringsPart ?? "xl/sharedStrings.xml"
        guard archive.contains(part) else { return [] }
        return try archive.parse(part, describedAs: "the shared strings (\(part))", with: SharedStringsHandler()).strings
    }

    /// The ZIP entry a relationship `target` names, relative to the folder of `part`
    /// (`worksheets/sheet1.xml` from `xl/workbook.xml` is `xl/worksheets/sheet1.xml`).
    static func resolve(_ target: String, from part: String) -> String {
        var segments = target.hasPrefix("/") ? [] : Array(part.split(separator: "/").dropLast())
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
