import Foundation
import Testing
@testable import TradeWarehouse

/// Customs tables saved as CSV/TSV: title, header words, section rows, units and scales read into
/// long-form figures, and every table that cannot be read refused with its line and column.
@Suite struct CustomsTableTests {
    /// `period flow partner commodity sector value quantity unit yoy` of every current figure.
    func figures(_ warehouse: TestWarehouse) throws -> [String] {
        try warehouse.store.db.query("""
            SELECT period || ' ' || flow || ' ' || partner || ' ' || commodity || ' ' || sector || ' ' || value_usd
                || ' ' || coalesce(quantity, '-') || ' ' || coalesce(unit, '-') || ' ' || coalesce(yoy_pct_reported, '-')
                || ' ' || estimated
            FROM facts ORDER BY 1
            """).rows.map { $0[0].text ?? "" }
    }

    @Test func aMergedTitleReadIntoEveryCellIsOneTitle() {
        let row = TableRow(number: 1, cells: ["BẢNG SỐ LIỆU THỬ", "BẢNG SỐ LIỆU THỬ", "", "BẢNG SỐ LIỆU THỬ", "Đơn vị: triệu USD"])
        #expect(row.joinedText(in: TablePlace(sheet: "Sheet1")) == "BẢNG SỐ LIỆU THỬ Đơn vị: triệu USD")
        #expect(TableRow(number: 2, cells: ["a", "b", "a"]).joinedText(in: TablePlace(sheet: nil)) == "a, b, a")
    }

    @Test func readsAVietnameseCommodityTableInThousandsWithDecimalCommas() throws {
        let warehouse = try TestWarehouse()
        let report = try warehouse.ingest("xk.csv", """
            TỔNG CỤC HẢI QUAN
            Xuất khẩu hàng hóa theo mặt hàng chủ yếu tháng 3/2024
            Đơn vị tính: nghìn USD
            Mặt hàng,ĐVT,Lượng,Trị giá,So với cùng kỳ (%)
            Tổng trị giá,,,"32.123.456,5",
            Trong đó: Doanh nghiệp FDI,,,"23.000.000",
            1. Gạo,Tấn,1.124.000,"709.603,2","12,5"
            2. Hàng thủy sản,USD,,"750.000",-2
            Ghi chú: số liệu mẫu.
            """)
        #expect(report.rowsAdded == 4)
        #expect(try figures(warehouse) == [
            "2024-03 export WORLD RICE ALL 709603200 1124000.0 tonne 12.5 0",
            "2024-03 export WORLD SEAFOOD ALL 750000000 - - -2.0 0",
            "2024-03 export WORLD TOTAL ALL 32123456500 - - - 0",
            "2024-03 export WORLD TOTAL FDI 23000000000 - - - 0",
        ])
        #expect(try warehouse.scalar("SELECT source FROM release") == .text(
            "TỔNG CỤC HẢI QUAN\nXuất khẩu hàng hóa theo mặt hàng chủ yếu tháng 3/2024\nĐơn vị tính: nghìn USD\nGhi chú: số liệu mẫu."))
    }

    @Test func readsAPartnerTableWithExportAndImportColumnsUnderMergedHeaders() throws {
        let warehouse = try TestWarehouse()
        let report = try warehouse.ingest("partners.tsv", """
            Trị giá xuất khẩu, nhập khẩu theo thị trường tháng 01/2024
            Đơn vị tính: triệu USD
            Tên nước/khối nước\tXuất khẩu\t\tNhập khẩu\t
            \tTrị giá\tSo với cùng kỳ năm 2023 (%)\tTrị giá\tSo với cùng kỳ năm 2023 (%)
            Tổng\t34.530\t\t30.900\t
            Châu Á\t20.000\t\t24.000\t
            Trung Quốc\t4.550\t17,28\t11.880\t63,64
            Hàn Quốc\t\t\t4.200\t
            EU\t4.010\t\t\t
            """)
        #expect(report.rowsAdded == 6)
        #expect(report.warnings.map(\.description) == ["line 6: \"Châu Á\" is a region, not a partner; its figures were not loaded"])
        #expect(try figures(warehouse) == [
            "2024-01 export CN TOTAL ALL 4550000000 - - 17.28 0",
            "2024-01 export EU TOTAL ALL 4010000000 - - - 0",
            "2024-01 export WORLD TOTAL ALL 34530000000 - - - 0",
            "2024-01 import CN TOTAL ALL 11880000000 - - 63.64 0",
            "2024-01 import KR TOTAL ALL 4200000000 - - - 0",
            "2024-01 import WORLD TOTAL ALL 30900000000 - - - 0",
        ])
    }

    @Test func readsAnEnglishTableWithAnIndexAndASamePeriodColumn() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("en.csv", """
            Estimated exports by main commodity, January 2024
            Unit: USD thousand
            No.,Commodity,Value,Same period 2023,Index (same period last year = 100)
            ,Total,"34,530,000","24,300,000",142.1
            1,Coffee,"726,000.5",,
            """)
        #expect(try figures(warehouse) == [
            "2023-01 export WORLD TOTAL ALL 24300000000 - - - 1",
            "2024-01 export WORLD COFFEE ALL 726000500 - - - 1",
            "2024-01 export WORLD TOTAL ALL 34530000000 - - 42.1 1",
        ])
    }

    @Test func sectionRowsSetTheFlowOfTheRowsBelowThem() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("h1.csv", """
            Trị giá xuất nhập khẩu kỳ 1 tháng 5/2024
            Đơn vị tính: USD
            Mặt hàng chủ yếu,Kỳ 1 tháng 5/2024,Lũy kế từ đầu năm đến 15/5/2024
            I. XUẤT KHẨU,,
            Tổng trị giá xuất khẩu,14640000000,138590000000
            Điện thoại các loại và linh kiện,1500000000,
            II. Nhập khẩu,,
            Điện thoại các loại và linh kiện,400000000,
            """)
        #expect(try warehouse.factLines() == [
            "2024-01..2024-05-H1 export WORLD TOTAL ALL 138590000000",
            "2024-05-H1 export WORLD PHONES ALL 1500000000",
            "2024-05-H1 export WORLD TOTAL ALL 14640000000",
            "2024-05-H1 import WORLD PHONES ALL 400000000",
        ])
    }

    @Test func aPartnerTableOfOneCommodityTakesTheCommodityFromItsTitle() throws {
        let warehouse = try TestWarehouse()
        let report = try warehouse.ingest("textiles.csv", """
            XUẤT KHẨU HÀNG DỆT MAY THEO THỊ TRƯỜNG THÁNG 01/2024
            Đơn vị tính: triệu USD
            Thị trường,Trị giá,So với cùng kỳ (%)
            Tổng,,
            Hoa Kỳ,1.320,"33,5"
            Nhật Bản,387,"55,2"
            Hàn Quốc,285,17
            """, options: IngestOptions(dryRun: true))
        #expect(report.understood.first == "table: rows of partners; commodity TEXTILES (the title's \"hàng dệt may\"); period 2024-01; "
            + "flow export; values in million USD (×1,000,000); header ends at line 3")
        try warehouse.ingest("textiles.csv", try String(contentsOfFile: warehouse.directory.path("textiles.csv"), encoding: .utf8))
        #expect(try figures(warehouse) == [
            "2024-01 export JP TEXTILES ALL 387000000 - - 55.2 0",
            "2024-01 export KR TEXTILES ALL 285000000 - - 17.0 0",
            "2024-01 export US TEXTILES ALL 1320000000 - - 33.5 0",
        ])
    }

    @Test func aCommodityTableOfOnePartnerTakesThePartnerFromItsTitle() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("us.csv", """
            Xuất khẩu sang Hoa Kỳ theo mặt hàng, tháng 01/2024
            Đơn vị tính: triệu USD
            Mặt hàng,Trị giá,So với cùng kỳ (%)
            Điện thoại các loại và linh kiện,1.390,112
            "Máy vi tính, sản phẩm điện tử và linh kiện",1.790,"73,3"
            """)
        #expect(try figures(warehouse) == [
            "2024-01 export US COMPUTERS ALL 1790000000 - - 73.3 0",
            "2024-01 export US PHONES ALL 1390000000 - - 112.0 0",
        ])
    }

    @Test func headersTypedWithoutDiacriticsAreRead() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("plain.csv", """
            Xuat khau thang 01/2024
            Don vi tinh: nghin USD
            Mat hang,Don vi tinh,Luong,Tri gia
            Ca phe,Tan,238266,726000
            """)
        #expect(try figures(warehouse) == ["2024-01 export WORLD COFFEE ALL 726000000 238266.0 tonne - 0"])
    }

    @Test func aUnitUnderAMergedPeriodHeadsAQuantity() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("units.csv", """
            Xuất khẩu tháng 01/2024
            Mặt hàng,Tháng 01/2024,
            ,Tấn,USD
            Cà phê,238266,726000000
            """)
        #expect(try figures(warehouse) == ["2024-01 export WORLD COFFEE ALL 726000000 238266.0 tonne - 0"])
    }

    @Test(arguments: [
        ("2024-01-exports-by-commodity.csv", [
            "2024-01 export WORLD COFFEE ALL 726000000 238266.0 tonne - 0",
            "2024-01 export WORLD COMPUTERS ALL 5350000000 - - 68.3 0",
            "2024-01 export WORLD PHONES ALL 5580000000 - - 11.4 0",
            "2024-01 export WORLD RUBBER ALL 365000000 260000.0 tonne 99.8 0",
            "2024-01 export WORLD TEA ALL 21000000 12398.0 tonne - 0",
            "2024-01 export WORLD TOTAL ALL 34530000000 - - - 0",
        ]),
        ("2024-01-to-04-imports-by-partner.xlsx", [
            "2024-01..2024-04 import ASEAN TOTAL ALL 15150000000 - - 13.5 0",
            "2024-01..2024-04 import CN TOTAL ALL 42000000000 - - 29.9 0",
            "2024-01..2024-04 import EU TOTAL ALL 4930000000 - - 9.8 0",
            "2024-01..2024-04 import JP TOTAL ALL 7240000000 - - 3.9 0",
            "2024-01..2024-04 import KR TOTAL ALL 16870000000 - - 5.1 0",
            "2024-01..2024-04 import TW TOTAL ALL 6590000000 - - 10.9 0",
        ]),
        ("2024-09-H1-exports-imports.csv", [
            "2024-01..2024-09-H1 export WORLD TOTAL ALL 279400000000 - - 14.7 0",
            "2024-01..2024-09-H1 import WORLD TOTAL ALL 261300000000 - - 17.1 0",
            "2024-01..2024-09-H1 turnover WORLD TOTAL ALL 540700000000 - - 15.9 0",
            "2024-09-H1 export WORLD COMPUTERS ALL 2570000000 - - - 0",
            "2024-09-H1 export WORLD FOOTWEAR ALL 623000000 - - - 0",
            "2024-09-H1 export WORLD TEXTILES ALL 1210000000 - - - 0",
            "2024-09-H1 export WORLD TOTAL ALL 14000000000 - - - 0",
            "2024-09-H1 import WORLD TOTAL ALL 14550000000 - - - 0",
            "2024-09-H1 turnover WORLD TOTAL ALL 28500000000 - - - 0",
        ]),
    ])
    func theSampleTablesHoldExactlyTheirFigures(file: String, expected: [String]) throws {
        let warehouse = try TestWarehouse()
        let path = (samplesFolder as NSString).appendingPathComponent("tables/\(file)")
        _ = try Ingestor(store: warehouse.store).ingest(InputSource(path: path))
        #expect(try figures(warehouse) == expected)
    }

    @Test func theDryRunSaysHowEveryColumnWasRead() throws {
        let warehouse = try TestWarehouse()
        let report = try warehouse.ingest("xk.csv", """
            Xuất khẩu tháng 01/2024
            Đơn vị tính: triệu USD
            STT,Mặt hàng,ĐVT,Lượng,Trị giá,Tỷ trọng (%)
            1,Cao su,Tấn,260.000,365,"1,1"
            """, options: IngestOptions(dryRun: true))
        #expect(report.outcome == .checked)
        #expect(report.understood == [
            "table: rows of commodity groups; period 2024-01; flow export; values in million USD (×1,000,000); header ends at line 3",
            "  numbers: written 1.234,5 (no number shows its style; the headers are in Vietnamese)",
            "  column 1 (\"STT\") → not loaded: a running number",
            "  column 2 (\"Mặt hàng\") → commodity (names or codes; Tổng = TOTAL)",
            "  column 3 (\"ĐVT\") → unit of the row's quantity",
            "  column 4 (\"Lượng\") → quantity of column 5, unit from the unit column",
            "  column 5 (\"Trị giá\") → value_usd (×1000000), export, 2024-01",
            "  column 6 (\"Tỷ trọng (%)\") → not loaded: a share of the total (shares follow from the figures)",
        ])
        #expect(try warehouse.factLines().isEmpty)
    }

    // MARK: Refused

    /// Ingests `text` as `name`, expecting it refused; returns the error's text. Checks nothing was written.
    func refusal(_ text: String, name: String = "bad.csv") throws -> String {
        let warehouse = try TestWarehouse()
        do {
            try warehouse.ingest(name, text)
        } catch let error as IngestError {
            #expect(try warehouse.factLines().isEmpty)
            #expect(try warehouse.scalar("SELECT count(*) FROM release") == .integer(0))
            return error.description.replacingOccurrences(of: warehouse.directory.path + "/", with: "")
        }
        Issue.record("not refused")
        return ""
    }

    @Test func anUnknownCommodityNamesTheLineAndColumnAndSuggests() throws {
        let message = try refusal("""
            Xuất khẩu tháng 01/2024 (USD)
            Mặt hàng,Trị giá
            Cà phe,726000000
            Hàng xyz,5
            """)
        #expect(message == """
            bad.csv:4: column 1 ("Mặt hàng"): unknown commodity "Hàng xyz"; list the known ones with `tradewh commodities`
            bad.csv: nothing was ingested from this file
            """)
    }

    @Test func aColumnThatCannotBeReadIsRefusedWithItsHeader() throws {
        #expect(try refusal("""
            Xuất khẩu tháng 01/2024
            Mặt hàng,Trị giá (USD),Xếp hạng
            Cà phê,726000000,3
            """) == "bad.csv:2: column 3 (\"Xếp hạng\"): cannot tell what this column holds; expected a value (Trị giá, Kim ngạch, Value), "
            + "a quantity (Lượng, Quantity), a change (So với cùng kỳ (%)), a unit (Đơn vị tính) or a period (Tháng 01/2024)")
    }

    @Test func aTableWithoutHeaderIsRefused() throws {
        #expect(try refusal("just,some\nwords,here\n") == "bad.csv: no table header found in the first 2 rows: expected a row "
            + "with a column such as \"Mặt hàng\", \"Tên nước\", \"Commodity\" or \"Partner\" beside columns of figures")
    }

    @Test func aFigureWhoseFlowIsNeverSaidIsRefused() throws {
        #expect(try refusal("""
            Số liệu tháng 01/2024 (USD)
            Mặt hàng,Trị giá
            Cà phê,726000000
            """) == """
            bad.csv:3: column 2 ("Trị giá"): cannot tell exports from imports: name the flow in the title, in a section row ("Xuất khẩu") or in the column header
            bad.csv: nothing was ingested from this file
            """)
    }

    @Test func badCellsAreListedWithTheirColumns() throws {
        #expect(try refusal("""
            Xuất khẩu tháng 01/2024
            Đơn vị tính: nghìn USD
            Mặt hàng,ĐVT,Lượng,Trị giá
            Gạo,Tấn,"1.124.000","12.34.5"
            Cà phê,Tấn,"238.266",
            Cao su,Tấn,"260.000","365,1234"
            ,,,"100"
            """) == """
            bad.csv:4: column 4 ("Trị giá"): "12.34.5" is not a number written 1.234,5
            bad.csv:5: column 3 ("Lượng"): a figure without its value in column 4 ("Trị giá")
            bad.csv:6: column 4 ("Trị giá"): 365.1234 × 1000 is not a whole number of US dollars
            bad.csv:7: column 1 ("Mặt hàng"): figures without a name; say what they are for
            bad.csv: nothing was ingested from this file
            """)
    }

    @Test func aTableWithNoPeriodIsRefused() throws {
        #expect(try refusal("""
            Xuất khẩu (USD)
            Mặt hàng,Trị giá
            Cà phê,726000000
            """) == "bad.csv:2: column 2 (\"Trị giá\"): no period: neither the title nor the header names one "
            + "(e.g. \"Tháng 01/2024\", \"Kỳ 1 tháng 5/2024\", \"January 2024\")")
    }

    @Test func aLongFormFileIsStillReadAsLongForm() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("long.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,WORLD,TOTAL,1\n")
        #expect(try warehouse.scalar("SELECT format FROM release") == .text("csv"))
    }
}
