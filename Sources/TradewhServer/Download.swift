import Foundation
import TradeWarehouse

/// A table as a file: CSV and JSON through the library's `TableRenderer`, XLSX through its
/// `XLSXWriter` (which writes to a path: a temporary file, read back and removed).
enum Download {
    /// The formats every table is offered in.
    static let formats = ["csv", "json", "xlsx"]

    /// The bytes, content type and file name of `table` in `format`.
    static func file(_ table: Page.Table, format: String) throws -> (bytes: [UInt8], type: String, name: String) {
        switch format {
        case "csv": return (Array(TableRenderer.render(table.rows, as: .csv).utf8), "text/csv; charset=utf-8", table.name + ".csv")
        case "json": return (Array(TableRenderer.render(table.rows, as: .json).utf8), "application/json", table.name + ".json")
        case "xlsx": return (try workbook(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", table.name + ".xlsx")
        default:
            throw WebError.badField("format", message: "\"\(format)\" is not one of " + formats.joined(separator: ", "))
        }
    }

    private static func workbook(_ table: Page.Table) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tradewh-serve-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try XLSXWriter(path: path)
        try writer.addSheet(String(table.name.prefix(31)), table: table.rows)
        try writer.close()
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
