import Foundation
import Testing
@testable import TradeWarehouse

/// Written summaries: exact text, and the round trip through `extract` (the writer and the reader of
/// bulletins must agree on every figure).
@Suite struct SummaryWriterTests {
    @Test func vietnameseSummaryOfJanuary2024() throws {
        let warehouse = try TestWarehouse.withSamples()
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-01"), limit: 2)
        let text = try SummaryWriter(language: .vi).text(figures, markdown: false)
        #expect(text.hasPrefix("""
            Xuất nhập khẩu hàng hóa tháng 1/2024

            Tháng 1/2024, kim ngạch xuất khẩu hàng hóa đạt 34,53 tỷ USD, tăng 46,3% so với cùng kỳ năm trước; \
            nhập khẩu đạt 30,9 tỷ USD, tăng 43,9%. Cán cân thương mại xuất siêu 3,63 tỷ USD.

            Về thị trường, xuất khẩu sang Hoa Kỳ đạt 9,6 tỷ USD, tăng 55,8%, chiếm 27,8%; sang Trung Quốc đạt 4,55 tỷ USD, \
            tăng 17,3%, chiếm 13,2%.
            Ở chiều nhập khẩu, nhập khẩu từ Trung Quốc đạt 11,88 tỷ USD, tăng 63,6%.

            Về mặt hàng xuất khẩu, điện thoại các loại và linh kiện đạt 5,58 tỷ USD, tăng 11,4%, chiếm 16,2%; \
            máy vi tính, sản phẩm điện tử và linh kiện đạt 5,35 tỷ USD, tăng 68,3%, chiếm 15,5%.
            """))
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

    @Test(arguments: [Language.vi, .en])
    func aSummaryReadsBackAsTheWarehouseFigures(language: Language) throws {
        let warehouse = try TestWarehouse.withSamples()
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-01"))
        let text = try SummaryWriter(language: language).text(figures, markdown: true)
        let extracted = BulletinExtractor(reference: try ReferenceData.load(from: warehouse.store.db)).extract(text).facts
        let stated = figures.statedLines
        #expect(stated.count == 11)
        for line in stated {
            let found = extracted.contains { fact in
                fact.flow == line.flow && fact.period == line.period && fact.partner == line.partner.rawValue
                    && fact.commodity == line.commodity.rawValue
                    && abs(fact.valueUSD - line.valueUSD) <= BulletinWording.rounding(of: line.valueUSD)
                    && (line.yoyPct == nil || abs((fact.yoyPct ?? .nan) - line.yoyPct!) <= 0.05)
            }
            #expect(found, "\(language): \(line.flow) \(line.partner) \(line.commodity) \(line.valueUSD) not read back")
        }
        #expect(extracted.count == stated.count, "\(language): \(extracted.map { "\($0.partner) \($0.commodity) \($0.valueUSD)" })")
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

            Tháng 3/2024, kim ngạch xuất khẩu hàng hóa đạt 33,41 tỷ USD, tăng 9,7% so với cùng kỳ năm trước.
            Tính chung quý I/2024, xuất khẩu đạt 95,36 tỷ USD, tăng 20,9%.

            """)
        #expect(try SummaryWriter(language: .en).text(figures, markdown: false).contains(
            "In the first quarter of 2024, exports totalled US$95.36 billion, up 20.9%."))
    }
}
