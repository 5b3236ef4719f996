import Foundation

/// A table of the HTML report: a caption, headers in the report's language, and how each column's
/// cells read (a name, a flow in words, millions of US dollars, a percentage).
public struct ReportTable {
    public enum Column { case name, flow, millions, percent }

    public let caption: String
    /// The period in the caption, kept on one line.
    public let period: String
    public let headers: [String]
    public let columns: [Column]
    public let rows: [[CellValue]]

    /// A cell as the page shows it: "34.530,0" / "34,530.0" for millions, "+46,3" for a change.
    func text(_ cell: CellValue, column: Column, language: Language) -> String {
        switch (column, cell) {
        case (_, .null): return ""
        case (.flow, _): return TableWording(language: language).text(cell, column: "flow")
        case (.millions, .integer(let value)):
            var input = Decimal(value) / 1_000_000, rounded = Decimal()
            NSDecimalRound(&rounded, &input, 1, .plain)
            return NumberText.format(rounded, language: language, fractionDigits: 1)
        case (.percent, _): return cell.real.map(TableWording(language: language).change) ?? ""
        default: return TableRenderer.readable(cell)
        }
    }
}
