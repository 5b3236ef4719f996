import Foundation
import Testing
@testable import TradeWarehouse

/// Written summaries: exact text (the round trip through `extract` is `SummaryRoundTripTests`).
@Suite struct SummaryWriterTests {
    @Test func vietnameseSummaryOfJanuary2024() throws {
        let warehouse = try TestWarehouse.withSamples()
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-01"), limit: 2)
        let text = try SummaryWriter(language: .vi).text(figures, markdown: false)
        #expect(text == """
            Xuất nhập khẩu hàng hóa tháng 1/2024

            Tháng 1/2024, tổng kim ngạch xuất nhập khẩu hàng hóa đạt 65,43 tỷ USD, tăng 45,1% so với cùng kỳ năm trước. \
            Xuất khẩu đạt 34,53 tỷ USD, tăng 46,3%; nhập khẩu đạt 30,9 tỷ USD, tăng 43,9%. \
            Cán cân thương mại tháng 1/2024 xuất siêu 3,63 tỷ USD.

            Về thị trường, trong tháng 1/2024, xuất khẩu sang Hoa Kỳ ước đạt khoảng 9,6 tỷ USD, tăng 55,8% so với cùng kỳ \
            năm trước, chiếm 27,8%. Xuất khẩu sang Trung Quốc đạt hơn 4,55 tỷ USD, tăng 17,3%, chiếm 13,2%. Ở chiều nhập khẩu, \
            nhập khẩu từ Trung Quốc đạt 11,88 tỷ USD, tăng 63,6%, chiếm 38,4%.

            Về mặt hàng xuất khẩu, trong tháng 1/2024, điện thoại các loại và linh kiện đạt 5,58 tỷ USD, tăng 11,4% so với \
            cùng kỳ năm trước, chiếm 16,2%; máy vi tính, sản phẩm điện tử và linh kiện đạt 5,35 tỷ USD, tăng 68,3%, chiếm 15,5%.

            Xuất khẩu hàng dệt, may sang Nhật Bản tháng 1/2024 được công bố tăng 55,2% so với cùng kỳ năm trước, còn số liệu \
            hai năm trong kho cho tăng 55,5%.
            Xuất khẩu hàng dệt, may sang Hàn Quốc tháng 1/2024 được công bố tăng 17% so với cùng kỳ năm trước, còn số liệu \
            hai năm trong kho cho tăng 16,6%.

            """)
    }

    /// The HTML page: the title twice (tab and heading), each paragraph of the text, no table nor
    /// chart, and the notes in their section, in the page's language.
    @Test func theHTMLPageHoldsTheSummaryAndNothingElse() throws {
        let warehouse = try TestWarehouse.withSamples()
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-01"), limit: 2)
        let page = SummaryWriter(language: .en).html(figures)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(page.contains("<title>Vietnam&apos;s merchandise trade in January 2024</title>"))
        #expect(page.contains("<h1>Vietnam&apos;s merchandise trade in January 2024</h1>"))
        #expect(page.contains("<p>In January 2024, total trade reached US$65.43 billion, up 45.1% year on year. Exports reached "
            + "US$34.53 billion, up 46.3%; imports reached US$30.9 billion, up 43.9%. In January 2024, the country posted a "
            + "trade surplus of US$3.63 billion.</p>"))
        #expect(page.components(separatedBy: "<p>").count - 1 == 3)
        #expect(!page.contains("<table") && !page.contains("<figure"))
        #expect(page.components(separatedBy: "<li>").count - 1 == 2)
        #expect(page.contains("<section class=\"notes\">"))
    }

    @Test func englishNamesTakeTheirArticleAndNotesNameTheirSubject() throws {
        let warehouse = try TestWarehouse.withSamples()
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-01"), limit: 2)
        let text = try SummaryWriter(language: .en).text(figures, markdown: true)
        #expect(text.contains("""
            By market, in January 2024, exports to the United States were estimated to reach about US$9.6 billion, \
            up 55.8% year on year (27.8% of the total). Exports to China reached more than US$4.55 billion, up 17.3% \
            (13.2% of the total).
            """))
        #expect(text.hasSuffix("""
            ## Notes on the figures

            - The published change for exports of textiles and garments to Japan in January 2024 is up 55.2% year on year; \
            the two years' figures give up 55.5%.
            - The published change for exports of textiles and garments to South Korea in January 2024 is up 17% year on year; \
            the two years' figures give up 16.6%.

            """))
    }

    @Test func aSpanOpensWithWordsAndImportsAloneDoNotContinueAnything() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("span.csv", """
            period,flow,partner,commodity,value_usd
            2024-01..2024-02,import,WORLD,TOTAL,56690000000
            2024-01..2024-02,import,CN,TOTAL,21300000000
            """)
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-01..2024-02"))
        #expect(try SummaryWriter(language: .vi).text(figures, markdown: false) == """
            Xuất nhập khẩu hàng hóa 2 tháng năm 2024

            Tính chung 2 tháng năm 2024, nhập khẩu đạt 56,69 tỷ USD.

            Về thị trường, trong 2 tháng năm 2024, nhập khẩu từ Trung Quốc đạt 21,3 tỷ USD, chiếm 37,6%.

            """)
    }

    @Test func aYearWithADeficitJustUnderOneBillion() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("year.csv", """
            period,flow,partner,commodity,value_usd
            2024,export,WORLD,TOTAL,405530000000
            2024,balance,WORLD,TOTAL,-999999999
            2024,export,WORLD,COFFEE,999999999
            """)
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024"))
        #expect(try SummaryWriter(language: .en).text(figures, markdown: false) == """
            Vietnam's merchandise trade in 2024

            In 2024, Vietnam's merchandise exports reached US$405.53 billion. In 2024, the country posted a trade deficit \
            of US$1 billion.

            Among export products in 2024, exports of coffee reached US$1 billion (0.2% of the total).

            """)
    }

    @Test func periodsAsBulletinsNameThem() throws {
        let vi = BulletinWording(language: .vi), en = BulletinWording(language: .en)
        #expect(vi.period(try Period.parse("2024-01..2024-06")) == "6 tháng năm 2024")
        #expect(en.period(try Period.parse("2024-01..2024-06")) == "the first half of 2024")
        #expect(en.period(try Period.parse("2024-01..2024-07")) == "the first 7 months of 2024")
        #expect(vi.period(try Period.parse("2024-03..2024-05")) == "từ tháng 3/2024 đến tháng 5/2024")
        #expect(en.period(try Period.parse("2023-11..2024-02")) == "November 2023 to February 2024")
        #expect(en.period(try Period.parse("2024-Q3")) == "the third quarter of 2024")
        #expect(vi.period(try Period.parse("2024-07..2024-12")) == "6 tháng cuối năm 2024")
        #expect(en.period(try Period.parse("2024-07..2024-12")) == "the second half of 2024")
    }

    /// Issue 21: markets and products get their change on the previous month and the year to date
    /// too, where the warehouse has them; a change on the month alone names its own basis.
    @Test func marketsAndProductsWithTheirPreviousMonthAndYearToDate() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("months.csv", """
            period,flow,partner,commodity,value_usd
            2023-03,export,US,TOTAL,7530000000
            2024-01,export,US,TOTAL,9460000000
            2024-02,export,US,TOTAL,7130000000
            2024-03,export,US,TOTAL,9080000000
            2024-02,import,CN,TOTAL,9350000000
            2024-03,import,CN,TOTAL,10440000000
            2024-01,export,WORLD,PHONES,5580000000
            2024-02,export,WORLD,PHONES,3780000000
            2024-03,export,WORLD,PHONES,4960000000
            """)
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-03"))
        #expect(try SummaryWriter(language: .vi).text(figures, markdown: false) == """
            Xuất nhập khẩu hàng hóa tháng 3/2024

            Về thị trường, trong tháng 3/2024, xuất khẩu sang Hoa Kỳ đạt 9,08 tỷ USD, tăng 20,6% so với cùng kỳ \
            năm trước và tăng 27,4% so với tháng trước. Ở chiều nhập khẩu, nhập khẩu từ Trung Quốc đạt 10,44 tỷ USD, \
            tăng 11,7% so với tháng trước.

            Về thị trường, trong quý I/2024, xuất khẩu sang Hoa Kỳ đạt 25,67 tỷ USD.

            Về mặt hàng xuất khẩu, trong tháng 3/2024, điện thoại các loại và linh kiện đạt 4,96 tỷ USD, \
            tăng 31,2% so với tháng trước.

            Về mặt hàng xuất khẩu, trong quý I/2024, điện thoại các loại và linh kiện đạt 14,32 tỷ USD.

            """)
        #expect(try SummaryWriter(language: .en).text(figures, markdown: false) == """
            Vietnam's merchandise trade in March 2024

            By market, in March 2024, exports to the United States reached US$9.08 billion, up 20.6% year on year \
            and up 27.4% from the previous month. On the import side, imports from China reached US$10.44 billion, \
            up 11.7% from the previous month.

            By market, in the first quarter of 2024, exports to the United States reached US$25.67 billion.

            Among export products in March 2024, exports of telephones of all kinds and parts reached US$4.96 billion, \
            up 31.2% from the previous month.

            Among export products in the first quarter of 2024, exports of telephones of all kinds and parts reached \
            US$14.32 billion.

            """)
    }

    @Test func moneyKeepsItsSignAndNeverWritesAThousandMillions() {
        let vi = BulletinWording(language: .vi), en = BulletinWording(language: .en)
        #expect(vi.money(-1_234_000_000) == "-1,23 tỷ USD")
        #expect(en.money(-688_000_000) == "-US$688 million")
        #expect(vi.money(999_999_999) == "1 tỷ USD")
        #expect(en.money(999_999_999) == "US$1 billion")
        #expect(vi.money(999_994_999) == "999,99 triệu USD")
        #expect(en.change(-100) == "down 100%")
    }

    @Test func englishSummaryLeavesOutWhatIsMissing() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("x.csv", "period,flow,partner,commodity,value_usd\n2024-03,export,WORLD,TOTAL,33410000000\n")
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-03"))
        #expect(try SummaryWriter(language: .en).text(figures, markdown: true) == """
            # Vietnam's merchandise trade in March 2024

            In March 2024, Vietnam's merchandise exports reached US$33.41 billion.

            """)
    }

    @Test func yearToDateAfterJanuary() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("months.csv", """
            period,flow,partner,commodity,value_usd
            2023-01,export,WORLD,TOTAL,25120000000
            2023-02,export,WORLD,TOTAL,23310000000
            2023-03,export,WORLD,TOTAL,30450000000
            2024-01,export,WORLD,TOTAL,35770000000
            2024-02,export,WORLD,TOTAL,26180000000
            2024-03,export,WORLD,TOTAL,33410000000
            """)
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-03"))
        #expect(try SummaryWriter(language: .vi).text(figures, markdown: false) == """
            Xuất nhập khẩu hàng hóa tháng 3/2024

            Tháng 3/2024, kim ngạch xuất khẩu hàng hóa đạt 33,41 tỷ USD, tăng 9,7% so với cùng kỳ năm trước \
            và tăng 27,6% so với tháng trước.

            Tính chung quý I/2024, xuất khẩu đạt 95,36 tỷ USD, tăng 20,9% so với cùng kỳ năm trước.

            """)
        #expect(try SummaryWriter(language: .en).text(figures, markdown: false).contains(
            "In the first quarter of 2024, exports reached US$95.36 billion, up 20.9% year on year."))
    }
}
