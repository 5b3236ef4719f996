import Testing
@testable import TradeWarehouse

/// SVG charts: well-formed XML, the title, one bar per entry with its label, names escaped.
@Suite struct ChartSVGTests {
    /// Checks that `svg` is well-formed XML (with the workbook tokenizer) and outlines it.
    func parse(_ svg: String) throws -> SVGOutline {
        let outline = SVGOutline()
        try parseXML(Array(svg.utf8), with: outline)
        return outline
    }

    @Test func rankingHasATitleAndABarPerEntry() throws {
        let bars = [
            ChartQueries.Bar(code: "US", nameVietnamese: "Hoa Kỳ", nameEnglish: "United States", value: 9_600_000_000, yoyPct: 55.8),
            ChartQueries.Bar(code: "XX", nameVietnamese: nil, nameEnglish: "A & <B> \"C\"", value: 4_550_000_000, yoyPct: nil),
        ]
        let svg = ChartSVG(language: .vi).ranking(bars, title: "Các thị trường xuất khẩu lớn nhất, tháng 1/2024")
        let document = try parse(svg)
        #expect(document.texts == [
            "Các thị trường xuất khẩu lớn nhất, tháng 1/2024", "Tỷ USD",
            "Hoa Kỳ", "9,6 tỷ USD (tăng 55,8%)", "A & <B> \"C\"", "4,55 tỷ USD",
        ])
        #expect(document.count["rect"] == 3)
        #expect(svg.contains("A &amp; &lt;B&gt; &quot;C&quot;"))
    }

    @Test func trendHasLinesForBothFlowsAndBarsForTheBalance() throws {
        let months = [
            ChartQueries.Month(period: "2024-01", exports: 35_770_000_000, imports: 33_090_000_000, balance: 2_680_000_000),
            ChartQueries.Month(period: "2024-02", exports: 26_180_000_000, imports: 27_660_000_000, balance: -1_480_000_000),
        ]
        let document = try parse(ChartSVG(language: .en).trend(months, title: "Monthly trade — World"))
        #expect(document.count["polyline"] == 2)
        let labels = document.texts
        #expect(labels.first == "Monthly trade — World")
        #expect(labels.contains("2024-01") && labels.contains("2024-02"))
        #expect(Array(labels.suffix(4)) == ["Exports", "Imports", "Surplus", "Deficit"])
        // Background, two balance bars, four legend swatches.
        #expect(document.count["rect"] == 7)
    }
}

/// What the tests look at in an SVG document: how many elements of each name, and the text of each
/// `<text>` element (its descendants' text included).
final class SVGOutline: XMLEventHandler {
    private(set) var count: [String: Int] = [:]
    private(set) var texts: [String] = []
    private var textDepth = 0

    func didStart(_ element: String, attributes: [String: String]) {
        count[element, default: 0] += 1
        guard element == "text" else { return }
        if textDepth == 0 { texts.append("") }
        textDepth += 1
    }

    func didEnd(_ element: String) {
        if element == "text" { textDepth -= 1 }
    }

    func didFind(text: String) {
        if textDepth > 0 { texts[texts.count - 1] += text }
    }
}
