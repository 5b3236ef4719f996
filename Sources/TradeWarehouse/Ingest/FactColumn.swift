import Foundation

/// The columns of a long-form release file (CSV, TSV, JSON, NDJSON).
public enum FactColumn: String, CaseIterable, Sendable {
    case period, flow, partner, commodity
    case valueUSD = "value_usd"
    case sector, quantity, unit, qualifier, estimated
    case yoyPct = "yoy_pct"

    /// Columns every file must have.
    public static let required: [FactColumn] = [.period, .flow, .partner, .commodity, .valueUSD]

    /// Columns `export facts` writes beside the codes, which ingest reads past: names follow from codes,
    /// a partition's period kind, first and last day from its period; its `source` says which rows
    /// are derived ones, which ingest passes over (`DelimitedReader`).
    static let informational: Set<String> = ["partner_name", "commodity_name", "period_kind", "period_start", "period_end", "source"]

    /// Finds the column a header names: case, surrounding spaces and `-`/space for `_` don't matter.
    /// A name written exactly as the column's is found without the string work: the JSON reader asks
    /// for every key of every object, and the trimming and replacing took 140,000 instructions an
    /// object (callgrind, release, a dry-run ingest of 20,000 objects: 12.28 billion before, 9.51 after).
    static func named(_ header: String) -> FactColumn? {
        if let exact = FactColumn(rawValue: header) { return exact }
        let key = header.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        return FactColumn(rawValue: key)
    }

    /// Every column name, for error messages.
    static let allNames = allCases.map(\.rawValue).joined(separator: ", ")
}

/// One row of a release file, by column, with the line it starts on.
struct FieldRecord {
    let line: Int
    let values: [FactColumn: String]
    /// Set when the row could not be split into fields as the header says (it is then skipped).
    var problem: RowError?
    /// For customs tables: where each field was read (`column C ("Trị giá (USD)")`), for error messages.
    var labels: [FactColumn: String] = [:]
    /// For workbooks: the sheet the row is on.
    var sheet: String?

    subscript(_ column: FactColumn) -> String? { values[column] }

    /// A problem with one field, named as the file names it (a table's column, or the field).
    func error(in column: FactColumn, _ message: String) -> RowError {
        guard let label = labels[column] else { return RowError(line: line, field: column.rawValue, message: message) }
        return RowError(line: line, column: label, message: message, sheet: sheet)
    }
}
