/// Turns a `ResultTable` into text: the one place every command's rows are rendered.
///
/// Machine formats (`csv`, `tsv`, `json`, `ndjson`) print integers plainly and
/// reals in Swift's shortest round-trip form, so no figure is ever rounded.
/// Reading formats (`table`, `markdown`) group integers with `,` and drop a
/// real's trailing `.0`, but likewise never round. Column names are escaped
/// exactly like text cells. Every non-empty output ends with a newline; `csv`,
/// `tsv` and `markdown` print nothing for a table with no columns.
public enum TableRenderer {
    /// Renders `table` in `format`; `xlsx`, which is not text, is `XLSXWriter`'s, and a programming error here.
    ///
    /// The result is complete output, ready to write to standard output as is:
    /// it ends with a newline unless it is empty (an `ndjson` result with no
    /// rows, or a column-less table in `csv`, `tsv` or `markdown`).
    public static func render(_ table: ResultTable, as format: OutputFormat) -> String {
        switch format {
        case .table: renderTerminalTable(table)
        case .csv, .tsv, .json, .ndjson: renderStreamed(table, as: format)
        case .markdown: renderMarkdown(table)
        case .xlsx: preconditionFailure("xlsx is binary: write it with XLSXWriter")
        }
    }

    /// A machine format, through the same writer that streams query results.
    private static func renderStreamed(_ table: ResultTable, as format: OutputFormat) -> String {
        var bytes: [UInt8] = []
        let writer = RowStreamWriter(format: format, columns: table.columns) { bytes += $0 }
        for row in table.rows { writer.write(CollectedRow(cells: row)) }
        writer.finish()
        return String(decoding: bytes, as: UTF8.self)
    }
}

// MARK: - Cell values

extension TableRenderer {
    /// `value` with `,` between groups of three digits, e.g. `-2,920,000,000`.
    public static func grouped(_ value: Int64) -> String {
        let digits = Array(String(value.magnitude))
        var out = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// A real in Swift's shortest round-trip form without a trailing `.0` (64.0 → `64`).
    static func readableReal(_ value: Double) -> String {
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// A cell as the reading formats show it, before any escaping; NULL is empty.
    static func readable(_ cell: CellValue) -> String {
        switch cell {
        case .null: ""
        case .integer(let value): grouped(value)
        case .real(let value): readableReal(value)
        case .text(let text): text
        case .bool(let flag): String(flag)
        }
    }

    static func isNumber(_ cell: CellValue) -> Bool {
        switch cell {
        case .integer, .real: true
        case .null, .text, .bool: false
        }
    }

    /// Whether column `index` has at least one non-null cell and all of them are numbers.
    static func isNumericColumn(_ table: ResultTable, _ index: Int) -> Bool {
        let cells = table.rows.compactMap { $0.indices.contains(index) ? $0[index] : nil }
        let present = cells.filter { $0 != .null }
        return !present.isEmpty && present.allSatisfy(isNumber)
    }

    /// `\u00XX` for a control character.
    static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

// MARK: - table

extension TableRenderer {
    static func renderTerminalTable(_ table: ResultTable) -> String {
        guard !table.columns.isEmpty else { return "(no columns)\n" }
        let header = table.columns.map(displayEscaped)
        let body = table.rows.map { $0.map { displayEscaped(readable($0)) } }
        let widths = columnWidths(header: header, body: body)
        let numericColumns = table.columns.indices.map { isNumericColumn(table, $0) }
        var lines = [alignedLine(header, widths: widths, rightAligned: numericColumns)]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for (row, cells) in zip(table.rows, body) {
            lines.append(alignedLine(cells, widths: widths, rightAligned: row.map(isNumber)))
        }
        if table.rows.isEmpty { lines.append("(no rows)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each column's width in `Character`s, so NFC and NFD text measure the same.
    static func columnWidths(header: [String], body: [[String]]) -> [Int] {
        var widths = header.map(\.count)
        for row in body {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return widths
    }

    /// Cells padded to their widths, joined by two spaces, with no trailing padding.
    static func alignedLine(_ cells: [String], widths: [Int], rightAligned: [Bool]) -> String {
        var parts: [String] = []
        for (index, (cell, width)) in zip(cells, widths).enumerated() {
            let padding = String(repeating: " ", count: max(0, width - cell.count))
            let right = index < rightAligned.count && rightAligned[index]
            parts.append(right ? padding + cell : cell + padding)
        }
        var line = parts.joined(separator: "  ")
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    /// Text with control characters made visible (`\n`, `\r`, `\t`, `\u00XX`)
    /// so that one cell stays on one line.
    static func displayEscaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += unicodeEscape(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }
}

// MARK: - Spreadsheet formulas

extension TableRenderer {
    /// The characters a spreadsheet reads as the start of a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `table` with every text cell that a spreadsheet would run as a formula (`=HYPERLINK(...)`,
    /// `+1`, `@SUM`) prefixed with `'`, which spreadsheets show as text: for CSV/TSV exports a user
    /// will open in Excel or LibreOffice. Numbers are untouched.
    public static func guardingFormulas(_ table: ResultTable) -> ResultTable {
        ResultTable(columns: table.columns, rows: table.rows.map { row in
            row.map { cell in
                guard case .text(let text) = cell, let first = text.first, formulaStarts.contains(first) else { return cell }
                return .text("'" + text)
            }
        })
    }
}

// MARK: - markdown

extension TableRenderer {
    static func renderMarkdown(_ table: ResultTable) -> String {
        guard !table.columns.isEmpty else { return "" }
        let header = markdownRow(table.columns.map(markdownEscaped))
        let rule = markdownRow(table.columns.indices.map { isNumericColumn(table, $0) ? "---:" : "---" })
        let body = table.rows.map { markdownRow($0.map { markdownEscaped(readable($0)) }) }
        return ([header, rule] + body).map { $0 + "\n" }.joined()
    }

    static func markdownRow(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// `|` as `\\|`, each line break (LF, CR or CRLF) as `<br>`, and `<`, `>` as `&lt;`, `&gt;` so
    /// that text holding markup (`<script>`) is shown, not run, where Markdown allows HTML; and
    /// Markdown's own marks (`*`, `[`, `]`, `` ` ``, `~`, `\\`) escaped with a backslash, so that a
    /// name such as `*x* [x](javascript:…)` is neither emphasis nor a link.
    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|": out += "\\|"
            case "*", "[", "]", "`", "~", "\\": out += "\\" + String(scalar)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "<br>"
            case "\n" where afterCR: break
            case "\n": out += "<br>"
            default: out.unicodeScalars.append(scalar)
            }
            afterCR = scalar == "\r"
        }
        return out
    }
}
