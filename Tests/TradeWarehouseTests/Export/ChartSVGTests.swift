import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TradeWarehouse

/// SVG charts: well-formed XML, the title, one bar per entry with its label, names escaped.
@Suite struct ChartSVGTests {
    func parse(_ svg: String) throws -> XMLDocument {
        try XMLDocument(data: Data(svg.utf8))
    }

    func texts(_ document: XMLDocument) throws -> [String] {
        try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
    }

    @Test func rankingHasATitleAndABarPerEntry() throws {
        let bars = [
            ChartQueries.Bar(code: "US", nameVietnamese: "Hoa Kỳ", nameEnglish: "United States", value: 9_600_000_000, yoyPct: 55.8),
            ChartQueries.Bar(code: "XX", nameVietnamese: nil, nameEnglish: "A & <B> \"C\"", value: 4_550_000_000, yoyPct: nil),
        ]
        let svg = ChartSVG(language: .vi).ranking(bars, title: "Các thị trường xuất khẩu lớn nhất, tháng 1/2024")
        let document = try parse(svg)
        #expect(try texts(document) == [
            "Các thị trường xuất khẩu lớn nhất, tháng 1/2024", "Tỷ USD",
            "Hoa Kỳ", "9,6 tỷ USD (tăng 55,8%)", "A & <B> \"C\"", "4,55 tỷ USD",
        ])
        #expect(try document.nodes(forXPath: "//*[local-name()='rect']").count == 3)
        #expect(svg.contains("A &amp; &lt;B&gt; &quot;C&quot;"))
    }

    @Test func trendHasLinesForBothFlowsAndBarsForTheBalance() throws {
        let months = [
            ChartQueries.Month(period: "2024-01", exports: 35_770_000_000, imports: 33_090_000_000, balance: 2_680_000_000),
            ChartQueries.Month(period: "2024-02", exports: 26_180_000_000, imports: 27_660_000_000, balance: -1_480_000_000),
        ]
        let document = try parse(ChartSVG(language: .en).trend(months, title: "Monthly trade — World"))
        #expect(try document.nodes(forXPath: "//*[local-name()='polyline']").count == 2)
        let labels = try texts(document)
        #expect(labels.first == "Monthly trade — World")
        #expect(labels.contains("2024-01") && labels.contains("2024-02"))
        #expect(Array(labels.suffix(4)) == ["Exports", "Imports", "Surplus", "Deficit"])
        // Background, two balance bars, four legend swatches.
        #expect(try document.nodes(forXPath: "//*[local-name()='rect']").count == 7)
    }
}
