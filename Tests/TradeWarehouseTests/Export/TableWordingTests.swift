import Foundation
import Testing
@testable import TradeWarehouse

/// Tables read by a person: headers, names for codes, periods, amounts and changes in each language.
@Suite struct TableWordingTests {
    @Test func aYearOnYearRowReadsInVietnameseAndEnglish() throws {
        let warehouse = try TestWarehouse.withSamples()
        let table = try QueryRunner(reader: warehouse.store.db).run(.yoy, QueryFilters(period: try Period.parse("2024-01"), partner: "US"))
        let row = try #require(table.rows.first { $0[table.columns.firstIndex(of: "flow")!] == .text("export") })
        let vietnamese = try TableWording.load(warehouse.store.db, language: .vi)
        #expect(table.columns.map(vietnamese.header) == ["Kỳ", "Chiều", "Thị trường", "Mặt hàng", "Khu vực", "Trị giá",
                                                         "Cùng kỳ năm trước", "Tăng/giảm", "Tăng/giảm (%)", "Cách tính", "Nguồn"])
        #expect(zip(row, table.columns).map(vietnamese.text) == ["tháng 1/2024", "Xuất khẩu", "Hoa Kỳ", "Tổng các mặt hàng",
                                                                 "Mọi doanh nghiệp", "9,6 tỷ USD", "6,16 tỷ USD", "3,44 tỷ USD",
                                                                 "+55,8", "Công bố", "Công bố"])
        let english = try TableWording.load(warehouse.store.db, language: .en)
        #expect(zip(row, table.columns).map(english.text) == ["January 2024", "Exports", "United States", "All goods",
                                                              "All enterprises", "US$9.6 billion", "US$6.16 billion",
                                                              "US$3.44 billion", "+55.8", "Reported", "Reported"])
    }

    @Test func amountsBelowAMillionKeepTheirDollarsAndIdentifiersStayPlain() {
        let vietnamese = TableWording(language: .vi), english = TableWording(language: .en)
        #expect(vietnamese.text(.integer(5_000), column: "value_usd") == "5.000 USD")
        #expect(english.text(.integer(-5_000), column: "delta_usd") == "-US$5,000")
        #expect(vietnamese.text(.integer(-561_200_000), column: "delta_usd") == "-561,2 triệu USD")
        #expect(vietnamese.text(.integer(1_234), column: "release_id") == "1234")
        #expect(vietnamese.text(.integer(1_234), column: "row_count") == "1.234")
        #expect(vietnamese.text(.real(30.11), column: "share_pct") == "30,11")
        #expect(english.text(.real(-2.5), column: "delta_pct") == "-2.5")
        #expect(english.text(.text("2024-01..2024-07"), column: "period") == "the first 7 months of 2024")
        #expect(english.text(.text("US"), column: "partner") == "US")
        #expect(english.text(.text("<b>"), column: "detail") == "<b>")
        #expect(english.header("my_own_column") == "my_own_column")
    }
}
