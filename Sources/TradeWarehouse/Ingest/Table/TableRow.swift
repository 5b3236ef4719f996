/// One row of a customs table, from a CSV/TSV file or a worksheet: its number as the user sees it
/// (the file's line, or the sheet's row) and the text of its cells, left to right.
struct TableRow: Equatable, Sendable {
    let number: Int
    let cells: [String]
    /// Columns whose text is a number as a spreadsheet stores it (`1234.5`: a dot for decimals, no
    /// separators), whatever the table's own number style.
    var storedNumberColumns: Set<Int> = []

    /// The cell at `column`, trimmed; "" past the end of the row.
    func text(at column: Int) -> String {
        column < cells.count ? PlainText.clean(cells[column]) : ""
    }

    /// True when no cell has text.
    var isBlank: Bool { cells.allSatisfy { PlainText.clean($0).isEmpty } }

    /// The non-empty cells' texts, joined: a line of a CSV file split at its commas reads back with
    /// them (`place.cellSeparator`). A cell that repeats the one before it is left out: a worksheet's merged title reads its text
    /// into every cell of the merge, and is one title, not four.
    func joinedText(in place: TablePlace) -> String {
        var texts: [String] = []
        for text in cells.map(PlainText.clean) where !text.isEmpty && text != texts.last { texts.append(text) }
        return texts.joined(separator: place.cellSeparator)
    }
}

/// Where a table's rows come from, for error messages: a file's lines or a worksheet's rows.
struct TablePlace: Equatable, Sendable {
    /// The worksheet's name; nil for a CSV/TSV file.
    let sheet: String?

    /// What joins a row's cells back into a line: ", " in a CSV file, " " in a worksheet.
    var cellSeparator: String { sheet == nil ? ", " : " " }

    /// "column C" in a worksheet, "column 3" in a file.
    func columnName(_ column: Int) -> String {
        sheet == nil ? "column \(column + 1)" : "column \(TablePlace.letters(column))"
    }

    /// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
    static func letters(_ column: Int) -> String {
        var number = column + 1, letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}
