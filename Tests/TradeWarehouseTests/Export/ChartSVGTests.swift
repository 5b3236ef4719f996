import Testing
@testable import TradeWarehouse

/// SVG charts: well-formed XML, one unit per chart, months at their dates with gaps as gaps,
/// legends of present series, localized ticks, notes for what is missing; exact coordinates.
@Suite struct ChartSVGTests {
    /// Checks that `svg` is well-formed XML (with the workbook tokenizer) and outlines it.
    func parse(_ svg: String) throws -> SVGOutline {
        let outline = SVGOutline()
        try parseXML(Array(svg.utf8), with: outline)
        return outline
    }

    static func month(_ period: String, _ exports: Int64?, _ imports: Int64?, _ balance: Int64? = nil) -> ChartQueries.Month {
        ChartQueries.Month(period: period, exports: exports, imports: imports, balance: balance)
    }

    @Test func aLongNoteOfMissingMonthsWrapsWithinThePlot() {
        let note = "Imports: no figures for " + (1...12).map { "Jan \(2000 + $0)" }.joined(separator: ", ") + "."
        let lines = ChartSVG.wrapped(note, width: 200)
        #expect(lines == ["Imports: no figures for Jan", "2001, Jan 2002, Jan 2003, Jan", "2004, Jan 2005, Jan 2006, Jan",
                          "2007, Jan 2008, Jan 2009, Jan", "2010, Jan 2011, Jan 2012."])
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines.joined(separator: " ") == note)
    }

    @Test func rankingHasATitleAnAxisInItsUnitAndABarPerEntry() throws {
        let bars = [
            ChartQueries.Bar(code: "US", nameVietnamese: "Hoa Kỳ", nameEnglish: "United States", value: 9_600_000_000, yoyPct: 55.8),
            ChartQueries.Bar(code: "XX", nameVietnamese: nil, nameEnglish: "A & <B> \"C\"", value: 726_000_000, yoyPct: nil),
        ]
        let svg = ChartSVG(language: .vi).ranking(bars, title: "Các thị trường xuất khẩu lớn nhất, tháng 1/2024")
        let document = try parse(svg)
        #expect(document.texts == [
            "Các thị trường xuất khẩu lớn nhất, tháng 1/2024", "Tỷ USD", "0", "2", "4", "6", "8", "10",
            "Hoa Kỳ", "9,6 (tăng 55,8%)", "A & <B> \"C\"", "0,73",
        ])
        // Background and two bars; the chart is as tall as its two rows.
        #expect(document.count["rect"] == 3)
        #expect(document.attributes("svg")[0]["height"] == "170")
        // The axis runs from the names' edge (150) to 630: 9.6 of 10 is 460.8 px.
        #expect(document.attributes("rect")[1]["x"] == "150.0" && document.attributes("rect")[1]["width"] == "460.8")
        #expect(svg.contains("A &amp; &lt;B&gt; &quot;C&quot;"))
    }

    @Test func aSingleBarStandsOnItsAxisAndAFallOf100PercentIsDrawn() throws {
        let bars = [ChartQueries.Bar(code: "RU", nameVietnamese: "Nga", nameEnglish: "Russia", value: 0, yoyPct: -100)]
        let title = ChartTitle.ranking(byCommodity: false, flow: .export, period: try Period.parse("2024-Q1"), language: .en)
        let document = try parse(ChartSVG(language: .en).ranking(bars, title: title))
        #expect(document.texts == ["Largest export markets in the first quarter of 2024", "US$ million", "0", "0.2", "0.4", "0.6", "0.8", "1",
                                  "Russia", "0 (down 100%)"])
        #expect(document.attributes("rect")[1]["width"] == "2.0")
    }

    @Test func oneUnitEvenWhenAValueRoundsToAThousandMillions() throws {
        let bars = [
            ChartQueries.Bar(code: "JP", nameVietnamese: "Nhật Bản", nameEnglish: "Japan", value: 999_999_999, yoyPct: nil),
            ChartQueries.Bar(code: "KR", nameVietnamese: "Hàn Quốc", nameEnglish: "South Korea", value: 688_000_000, yoyPct: nil),
        ]
        let texts = try parse(ChartSVG(language: .vi).ranking(bars, title: "T")).texts
        #expect(texts == ["T", "Tỷ USD", "0", "0,2", "0,4", "0,6", "0,8", "1", "Nhật Bản", "1", "Hàn Quốc", "0,69"])
    }

    @Test func monthsSitAtTheirDatesAndAGapIsNotJoined() throws {
        let months = [
            Self.month("2023-01", 23_610_000_000, 21_480_000_000, 2_130_000_000),
            Self.month("2024-01", 34_530_000_000, 30_900_000_000, 3_630_000_000),
            Self.month("2024-02", 26_180_000_000, 27_660_000_000, -1_480_000_000),
        ]
        let document = try parse(ChartSVG(language: .en).trend(months, title: "Monthly trade — World"))
        // 14 monthly slots of 48.6 px: January 2023 at 114.3, January 2024 at 697.1, February at 745.7.
        #expect(document.attributes("polyline").map { $0["points"] } == ["697.1,102.8 745.7,152.9", "697.1,124.6 745.7,144.0"])
        #expect(document.attributes("circle").map { $0["cx"] } == ["114.3", "697.1", "745.7", "114.3", "697.1", "745.7"])
        #expect(document.texts == [
            "Monthly trade — World", "US$ billion", "-10", "0", "10", "20", "30", "40",
            "Jan 2023", "Mar 2023", "May 2023", "Jul 2023", "Sep 2023", "Nov 2023", "Jan 2024",
            "Exports", "Imports", "Surplus", "Deficit", "No figures for Feb 2023–Dec 2023.",
        ])
    }

    @Test func theLegendListsOnlyWhatIsDrawnAndTheNotesWhatIsNot() throws {
        let months = [
            Self.month("2024-01", 350_000_000, nil),
            Self.month("2024-02", 410_000_000, 120_000_000, 290_000_000),
            Self.month("2024-03", 380_000_000, nil),
        ]
        let document = try parse(ChartSVG(language: .vi).trend(months, title: "Cà phê"))
        #expect(document.texts == [
            "Cà phê", "Triệu USD", "0", "100", "200", "300", "400", "500", "T1/2024", "T2/2024", "T3/2024",
            "Xuất khẩu", "Nhập khẩu", "Xuất siêu", "Nhập khẩu: không có số liệu T1/2024, T3/2024.",
        ])
        // One line of exports through the three months; imports are a lone dot.
        #expect(document.count["polyline"] == 1)
        #expect(document.count["circle"] == 4)
        #expect(document.attributes("svg")[0]["height"] == "472")
    }
}

/// What the tests look at in an SVG document: how many elements of each name, each element's
/// attributes, and the text of each `<text>` element (its descendants' text included).
final class SVGOutline: XMLEventHandler {
    private(set) var count: [String: Int] = [:]
    private(set) var texts: [String] = []
    private var elements: [(String, [String: String])] = []
    private var textDepth = 0

    /// The attributes of every element named `name`, in document order.
    func attributes(_ name: String) -> [[String: String]] { elements.filter { $0.0 == name }.map(\.1) }

    func didStart(_ element: String, attributes: [String: String]) {
        count[element, default: 0] += 1
        elements.append((element, attributes))
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
