import CXLSXWriter

// Why libxlsxwriter (Debian's libxlsxwriter-dev 1.1.4, opened on the first workbook: see XLSXLibrary). Measured
// here (2 cores, shared) on 100,800 figures of `export facts` (13 columns, 8-digit HS codes):
//   tradewh --format xlsx (debug build)       4.6 s, 34 MB peak, 4.5 MB file (--format csv: 1.5 s, 7.7 MB)
//   libxlsxwriter alone, from C, same shape   1.3 s,  4 MB peak: the library's own share
//   Python openpyxl 3.1, write_only mode      17.4 s, 38 MB peak, 5.5 MB file, and a Python to ship
//   our own SpreadsheetML over ZIPFoundation  not written: the OOXML parts, styles, content types and
//                                             Excel's quirks are ~400 lines to get right and keep right
// libxlsxwriter is the C port of Python's XlsxWriter by the same author, maintained for a decade and in
// Debian; Excel, LibreOffice and openpyxl open its files without repair. Its constant-memory mode
// streams rows to a temporary file, so memory stays flat however many rows; it costs nothing at
// start-up, as it is loaded only when a workbook is written.

/// Writes result tables to an XLSX workbook for Excel: one sheet per table, numbers as numbers
/// (money with thousands separators), the header row bold and frozen, each column as wide as its
/// widest value (up to `maximumColumnWidth`).
///
/// Rows are written as they come and not held (libxlsxwriter's constant-memory mode), so an export
/// of millions of figures writes in flat memory. The file is complete only after `close()`.
///
///     let writer = try XLSXWriter(path: "yoy.xlsx")
///     try writer.addSheet("yoy", table: table)
///     try writer.close()
public final class XLSXWriter {
    /// The widest a column is set, in characters: a long source note wraps nothing, it is cut off.
    public static let maximumColumnWidth = 60
    /// The longest text a cell holds (Excel's limit); longer text is cut to it.
    public static let maximumCellLength = 32_767

    private let path: String
    private let library: XLSXLibrary
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private let headerFormat: XLSXLibrary.Format?
    private let moneyFormat: XLSXLibrary.Format?
    private var sheet: UnsafeMutablePointer<lxw_worksheet>?
    private var moneyColumns: Set<Int> = []
    private var widths: [Int] = []
    private var nextRow: lxw_row_t = 1
    private var sheetNames: Set<String> = []

    /// Starts a workbook to be written to `path` by `close()`.
    public init(path: String) throws {
        self.path = path
        guard let library = XLSXLibrary.shared else {
            throw XLSXWriteError(path: path, reason: "XLSX output needs the libxlsxwriter library, which is not installed "
                                 + "(Debian and Ubuntu: apt-get install libxlsxwriter4)")
        }
        self.library = library
        var options = lxw_workbook_options(constant_memory: UInt8(LXW_TRUE.rawValue), tmpdir: nil, use_zip64: UInt8(LXW_TRUE.rawValue))
        guard let workbook = library.workbookNew(path, &options) else {
            throw XLSXWriteError(path: path, reason: "cannot start an XLSX workbook")
        }
        self.workbook = workbook
        headerFormat = library.addFormat(workbook)
        library.setBold(headerFormat)
        moneyFormat = library.addFormat(workbook)
        library.setNumberFormat(moneyFormat, "#,##0")
    }

    deinit {
        // A workbook never closed (an error midway) is freed without writing its file.
        if let workbook { library.free(workbook) }
    }

    /// Starts a sheet called `name` (cut to Excel's 31 characters; `[]:*?/\` become `_`) with a bold,
    /// frozen header row of `columns`. Integer columns named `*_usd` or `quantity` show thousands separators.
    public func addSheet(_ name: String, columns: [String]) throws {
        guard let workbook else { throw XLSXWriteError(path: path, reason: "the workbook is already closed") }
        finishSheet()
        let safe = Self.sheetName(name, taken: sheetNames)
        sheetNames.insert(safe)
        guard let sheet = library.addWorksheet(workbook, safe) else {
            throw XLSXWriteError(path: path, reason: "cannot add sheet \"\(safe)\"")
        }
        self.sheet = sheet
        nextRow = 1
        widths = columns.map { $0.count }
        moneyColumns = Set(columns.indices.filter { columns[$0].hasSuffix("_usd") || columns[$0] == "quantity" })
        for (index, column) in columns.enumerated() {
            try check(library.writeString(sheet, 0, lxw_col_t(index), column, headerFormat))
        }
        library.freezePanes(sheet, 1, 0)
    }

    /// Adds a sheet called `name` holding `table`.
    public func addSheet(_ name: String, table: ResultTable) throws {
        try addSheet(name, columns: table.columns)
        for row in table.rows { try write(CollectedRow(cells: row)) }
    }

    /// Adds a sheet called `name` holding the rows `statement` returns, as SQLite steps them; returns how many.
    @discardableResult
    public func addSheet(_ name: String, rowsOf statement: Statement) throws -> Int {
        try addSheet(name, columns: statement.columnNames)
        var count = 0
        try statement.forEachRow { row in
            try write(row)
            count += 1
        }
        return count
    }

    /// Appends `row` to the current sheet: integers and reals as numbers, text as text, NULL as an empty cell.
    public func write(_ row: some ResultRow) throws {
        guard let sheet else { throw XLSXWriteError(path: path, reason: "a row written before any sheet") }
        for index in 0..<min(row.count, widths.count) {
            let column = lxw_col_t(index)
            let width = try row.withCell(index) { cell -> Int in
                switch cell {
                case .null:
                    return 0
                case .integer(let value):
                    let money = moneyColumns.contains(index)
                    try check(library.writeNumber(sheet, nextRow, column, Double(value), money ? moneyFormat : nil))
                    return money ? TableRenderer.grouped(value).count : String(value).count
                case .real(let value):
                    try check(library.writeNumber(sheet, nextRow, column, value, nil))
                    return String(value).count
                case .bool(let flag):
                    try check(library.writeBoolean(sheet, nextRow, column, flag ? 1 : 0, nil))
                    return 5
                case .text(let bytes):
                    var text = String(decoding: bytes, as: UTF8.self)
                    if text.unicodeScalars.count > Self.maximumCellLength {
                        text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(Self.maximumCellLength)))
                    }
                    try check(library.writeString(sheet, nextRow, column, text, nil))
                    return text.prefix { $0 != "\n" }.count
                }
            }
            widths[index] = max(widths[index], width)
        }
        nextRow += 1
    }

    /// Writes the workbook to its file. Nothing is in the file before this returns.
    public func close() throws {
        guard let workbook else { return }
        finishSheet()
        self.workbook = nil
        let result = library.close(workbook)
        guard result == LXW_NO_ERROR else {
            throw XLSXWriteError(path: path, reason: library.describe(result))
        }
    }

    /// Sets the current sheet's column widths, now that its widest values are known.
    private func finishSheet() {
        guard let sheet else { return }
        for (index, width) in widths.enumerated() {
            _ = library.setColumn(sheet, lxw_col_t(index), lxw_col_t(index), Double(min(width, Self.maximumColumnWidth) + 2), nil)
        }
        self.sheet = nil
    }

    private func check(_ result: lxw_error) throws {
        guard result == LXW_NO_ERROR else {
            throw XLSXWriteError(path: path, reason: "row \(nextRow + 1): \(library.describe(result))")
        }
    }

    /// `name` as Excel accepts a sheet name: 1–31 characters, none of `[]:*?/\`, not already taken.
    static func sheetName(_ name: String, taken: Set<String>) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var base = String(name.map { forbidden.contains($0) ? "_" : $0 }.prefix(31))
        if base.isEmpty { base = "Sheet" }
        var candidate = base, number = 2
        while taken.contains(candidate) {
            let suffix = " (\(number))"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return candidate
    }
}

/// Why a workbook could not be written (nothing usable is left at the path).
public struct XLSXWriteError: UserFacingError, Equatable {
    /// The workbook's file.
    public let path: String
    /// libxlsxwriter's reason, or ours.
    public let reason: String

    public var description: String { "\(path): cannot write: \(reason) (nothing was written)" }
}
