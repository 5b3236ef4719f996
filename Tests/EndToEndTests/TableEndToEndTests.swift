import Foundation
import Testing

/// The sample customs tables (CSV and a workbook) loaded by the built binary, as a user would.
@Suite struct TableEndToEndTests {
    let tables = (samples as NSString).appendingPathComponent("tables")

    func sql(_ query: String, _ scratch: Scratch) throws -> String {
        try CLI.run(["sql", query, "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout
    }

    @Test func theSampleTablesLoadWithTheirExactFigures() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["ingest", tables, "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 0)
        #expect(result.stdout == """
            \(tables)/2024-01-exports-by-commodity.csv: release 1, 6 rows added, 0 superseded
            \(tables)/2024-01-to-04-imports-by-partner.xlsx: release 2, 6 rows added, 0 superseded, 1 warning(s)
            \(tables)/2024-09-H1-exports-imports.csv: release 3, 9 rows added, 0 superseded

            """)
        #expect(try sql("""
            SELECT period, flow, partner, commodity, value_usd, quantity, unit, yoy_pct_reported FROM facts
            WHERE commodity IN ('RUBBER', 'COFFEE') OR partner IN ('KR', 'ASEAN') OR period = '2024-01..2024-09-H1'
            ORDER BY period, flow, partner, commodity
            """, scratch) == """
            period,flow,partner,commodity,value_usd,quantity,unit,yoy_pct_reported
            2024-01,export,WORLD,COFFEE,726000000,238266.0,tonne,
            2024-01,export,WORLD,RUBBER,365000000,260000.0,tonne,99.8
            2024-01..2024-04,import,ASEAN,TOTAL,15150000000,,,13.5
            2024-01..2024-04,import,KR,TOTAL,16870000000,,,5.1
            2024-01..2024-09-H1,export,WORLD,TOTAL,279400000000,,,14.7
            2024-01..2024-09-H1,import,WORLD,TOTAL,261300000000,,,17.1
            2024-01..2024-09-H1,turnover,WORLD,TOTAL,540700000000,,,15.9

            """)
    }

    @Test func theDryRunShowsHowAWorkbookWasUnderstood() throws {
        let scratch = try Scratch()
        let workbook = (tables as NSString).appendingPathComponent("2024-01-to-04-imports-by-partner.xlsx")
        let result = try CLI.run(["ingest", workbook, "--dry-run", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 0)
        #expect(result.stdout == """
            \(workbook): ok (dry run), 6 rows would be added, 0 superseded; nothing written
              sheet "Nhập khẩu theo thị trường": rows of partners; period 2024-01..2024-04; flow import; values in million USD (×1,000,000); header ends at row 6
                numbers: written 1.234,5 (as row 8, column D ("So với cùng kỳ năm 2023 (%)") writes "5,1")
                column A ("STT") → not loaded: a running number
                column B ("Thị trường") → partner (names or codes; Tổng = WORLD)
                column C ("4 tháng năm 2024 Trị giá") → value_usd (×1000000), import, 2024-01..2024-04
                column D ("So với cùng kỳ năm 2023 (%)") → yoy_pct (change on a year earlier, %) of column C

            """)
        #expect(result.stderr.contains("warning: sheet \"Ghi chú\": passed over: no table header found"))
        #expect(try sql("SELECT count(*) AS n FROM facts", scratch) == "n\n0\n")
    }

    @Test func anUnknownSheetIsRefusedNamingTheSheets() throws {
        let scratch = try Scratch()
        let workbook = (tables as NSString).appendingPathComponent("2024-01-to-04-imports-by-partner.xlsx")
        let result = try CLI.run(["ingest", workbook, "--sheet", "Xuất khẩu", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr == """
            tradewh: \(workbook): no sheet named "Xuất khẩu"; the sheets are "Nhập khẩu theo thị trường", "Ghi chú"
            tradewh: 1 of 1 file(s) not ingested

            """)
    }

    @Test func aBadTableNamesLineAndColumnAndLoadsNothing() throws {
        let scratch = try Scratch()
        try scratch.write("bad.csv", """
            Xuất khẩu tháng 01/2024
            Đơn vị tính: USD
            Mặt hàng,Trị giá
            Cà phê,726000000
            Hàng Narnia,5
            """)
        let result = try CLI.run(["ingest", "bad.csv", "--quiet", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr == """
            tradewh: bad.csv:5: column 1 ("Mặt hàng"): unknown commodity "Hàng Narnia"; list the known ones with `tradewh commodities`
            tradewh: bad.csv: nothing was ingested from this file
            tradewh: 1 of 1 file(s) not ingested

            """)
        #expect(try sql("SELECT count(*) AS n FROM release", scratch) == "n\n0\n")
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let scratch = try Scratch()
        let table = (tables as NSString).appendingPathComponent("2024-09-H1-exports-imports.csv")
        let result = try CLI.run(["ingest", table, "--quiet", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "")
    }
}
