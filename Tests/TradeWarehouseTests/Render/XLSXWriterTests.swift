import Foundation
import Testing
@testable import TradeWarehouse

/// Workbooks written by `XLSXWriter`, read back by the project's own XLSX reader (Ingest/XLSX).
@Suite struct XLSXWriterTests {
    @Test func numbersStayNumbersAndTextStaysText() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-writer-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try XLSXWriter(path: path)
        try writer.addSheet("yoy", table: ResultTable(columns: ["period", "partner", "value_usd", "delta_pct", "note"], rows: [
            ["2024-01", "US", 9_600_000_000, .real(-2.2), .null],
            ["2024-01", "CN", 2_250_000_000, .real(112.0), "Trung Quốc\nsecond line"],
        ]))
        try writer.addSheet("yoy", table: ResultTable(columns: ["commodity"], rows: [["09403929"]]))
        try writer.close()

        let workbook = try XLSXWorkbook(path: path)
        #expect(workbook.sheetNames == ["yoy", "yoy (2)"])
        var rows: [SheetRow] = []
        try workbook.forEachRow(inSheet: "yoy") { rows.append($0) }
        #expect(rows.map(\.cells) == [
            ["period", "partner", "value_usd", "delta_pct", "note"],
            ["2024-01", "US", "9600000000", "-2.2"],
            ["2024-01", "CN", "2250000000", "112", "Trung Quốc\nsecond line"],
        ])
        #expect(rows.map(\.numberColumns) == [[], [2, 3], [2, 3]])
        var codes: [[String]] = []
        try workbook.forEachRow(inSheet: "yoy (2)") { codes.append($0.cells) }
        #expect(codes == [["commodity"], ["09403929"]])
    }

    @Test func sheetNamesAreMadeValidForExcel() {
        #expect(XLSXWriter.sheetName("a/b:c*d?[e]\\f", taken: []) == "a_b_c_d__e__f")
        #expect(XLSXWriter.sheetName(String(repeating: "x", count: 40), taken: []) == String(repeating: "x", count: 31))
        #expect(XLSXWriter.sheetName("", taken: []) == "Sheet")
        #expect(XLSXWriter.sheetName("rows", taken: ["rows", "rows (2)"]) == "rows (3)")
    }

    @Test func firstLinesKeepOneLineOfEachNote() {
        let table = ResultTable(columns: ["id", "source"], rows: [[1, "\n  Customs, 15 Feb 2024  \nMore.\n"], [2, "One line"], [3, .null]])
        #expect(table.firstLines(ofColumn: "source").rows == [[1, "Customs, 15 Feb 2024 …"], [2, "One line"], [3, .null]])
        #expect(table.firstLines(ofColumn: "absent") == table)
    }
}
