import Foundation
import TradeWarehouse

/// A result table laid out for the `table` template: cells as the reading formats show them (numbers
/// grouped, never rounded beyond what `ImpliedPrecision` says a reported percentage supports), codes
/// and releases as links, a bulletin's sentence folded under its figure, and the table's downloads.
enum TableView {
    /// The most rows a page shows of one table; the downloads hold every row.
    static let shownRows = 1000

    /// The table's caption, headers, notes and downloads, around `body`, its rows rendered.
    static func model(_ table: Page.Table, index: Int, body: String, labels: Labels, links: Links, wording: TableWording) -> TableModel {
        let count = table.rows.rows.count
        return TableModel(
            caption: table.caption,
            // A column name may break after its underscores (a zero-width space), so that a wide table fits.
            columns: headers(table, wording: wording).map { $0.replacingOccurrences(of: "_", with: "_\u{200B}") },
            body: body,
            hasRows: count > 0,
            rowCount: TableRenderer.grouped(Int64(count)),
            rowsLabel: labels["table.rows"],
            emptyNote: count == 0 ? labels["table.norows"] : nil,
            shownNote: count > table.shownRows ? labels.filled("table.shown", table.shownRows) : nil,
            // Said once, above the page's first table.
            wordedNote: table.worded && index == 0 ? labels["table.worded"] : nil,
            downloadLabel: labels["table.download"],
            downloads: Download.formats.map { TableModel.Download(format: $0.uppercased(), href: links.download(table: index, format: $0)) })
    }

    /// The rows the page shows, each cell as the reading formats show it.
    static func rows(_ table: Page.Table, labels: Labels, links: Links, wording: TableWording) -> TableModel.Rows {
        let rows = ImpliedPrecision.rounded(table.rows)
        let headers = headers(table, wording: wording)
        return TableModel.Rows(rows: rows.rows.prefix(table.shownRows).map { row in
            TableModel.Row(cells: zip(rows.columns, row).enumerated().map { index, pair in
                cell(pair.1, column: pair.0, row: row, header: headers[index], table: table, labels: labels, links: links,
                     wording: wording)
            })
        })
    }

    /// The table's column headers: in words when the table is worded.
    private static func headers(_ table: Page.Table, wording: TableWording) -> [String] {
        table.rows.columns.map { table.worded ? wording.header($0) : $0 }
    }

    /// A cell: its text (in words when the table is worded, the exact value then in its `title`), a
    /// link for a code, and a bulletin's sentence folded.
    private static func cell(_ value: CellValue, column: String, row: [CellValue], header: String, table: Page.Table,
                             labels: Labels, links: Links, wording: TableWording) -> TableModel.Cell {
        let shown = !table.worded ? text(value)
            : BalanceMove.cellWords(column: column, row: row, columns: table.rows.columns, labels: labels, wording: wording)
                ?? wording.text(value, column: column)
        // The exact value, in the page's grouping: "33.060.000.000" on a Vietnamese page.
        let exact = value.integer.map { NumberText.format(Decimal($0), language: wording.language, fractionDigits: 0) } ?? text(value)
        let classes = (isNumber(value) ? ["num"] : []) + (shown.count > 24 ? ["long"] : [])
        var model = TableModel.Cell(label: header, classes: classes.isEmpty ? nil : classes.joined(separator: " "),
                                    exact: shown != exact ? exact : nil, href: nil, text: shown, sentence: nil,
                                    sentenceLabel: labels["source.sentence"])
        guard let code = value.text ?? value.integer.map(String.init) else { return model }
        if column == "text" {
            model.text = ""
            model.sentence = code
        } else if let section = linkSection(column: column, table: table.name) {
            model.href = links.href(section + Links.segment(code))
        } else if table.worded, column.hasSuffix("_usd"), let href = FigurePage.href(row: row, table: table, column: column, links: links) {
            model.href = href
        }
        return model
    }

    /// Where a cell of `column` links to: a partner's, commodity's or release's page (a listing's own
    /// `code` and `id` columns too), or nil.
    private static func linkSection(column: String, table: String) -> String? {
        switch (column, table) {
        case ("partner", _), ("of", _), ("member", _), ("group", _), ("code", "partners"): "/partners/"
        case ("commodity", _), ("code", "commodities"): "/commodities/"
        case ("release_id", _), ("release", _), ("replaced_by", _), ("id", "releases"): "/releases/"
        default: nil
        }
    }

    /// A cell as the reading formats show it; NULL is empty.
    static func text(_ value: CellValue) -> String {
        switch value {
        case .null: ""
        case .integer(let number): TableRenderer.grouped(number)
        case .real(let number): number.description.hasSuffix(".0") ? String(number.description.dropLast(2)) : number.description
        case .text(let text): text
        case .bool(let flag): String(flag)
        }
    }

    private static func isNumber(_ value: CellValue) -> Bool {
        switch value {
        case .integer, .real: true
        default: false
        }
    }
}
