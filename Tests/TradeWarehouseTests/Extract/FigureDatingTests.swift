import Testing
@testable import TradeWarehouse

/// Bulletins that state no year, dated by matching their figures against Vietnam's published figures
/// (`Migrations/reference/published_totals.csv`). The figures in these sentences are the published ones
/// the expected warning names (statistics office via Reuters, customs office via Reuters).
@Suite struct FigureDatingTests {
    static let extractor = BulletinExtractor(reference: try! ReferenceData.builtIn())

    func lines(_ result: ExtractionResult) -> [String] {
        result.facts.map { "\($0.flow.rawValue) \($0.period.code) \($0.partner) \($0.valueUSD)" + ($0.yoyPct.map { " yoy=\($0)" } ?? "") }
    }

    @Test func vietnameseSpanDatedByBothFlowsAndTheirChanges() {
        let result = Self.extractor.extract("""
            Tính chung năm tháng đầu năm, kim ngạch xuất khẩu hàng hóa ước đạt 100,7 tỷ USD, tăng 6,7% so với cùng kỳ \
            năm trước; nhập khẩu ước đạt 101,3 tỷ USD, tăng 10,3%.
            """, assumingYear: 2026)
        #expect(result.yearSource == .publishedFigures)
        #expect(lines(result) == ["export 2019-01..2019-05 WORLD 100700000000 yoy=6.7", "import 2019-01..2019-05 WORLD 101300000000 yoy=10.3"])
        #expect(result.warnings.map(\.message) == [
            "the text states no year; its figures were dated 2019 because they match Vietnam's published figures of 2019: "
                + "export WORLD TOTAL 2019-01..2019-05 100700000000 ~ 100740000000 (2019-1-05-gso-reuters.csv); "
                + "import WORLD TOTAL 2019-01..2019-05 101300000000 ~ 101280000000 (2019-1-05-gso-reuters.csv)",
        ])
        #expect(result.facts.allSatisfy { $0.reasons.warnings == ["period named before the figure (year from matching published figures)"] })
    }

    @Test func englishMonthDatedByTheCustomsCount() {
        let result = Self.extractor.extract("""
            Shipments abroad in August totalled 23.5 billion USD, and purchases from abroad 21.3 billion USD, according to \
            the customs office.
            """)
        #expect(result.yearSource == .publishedFigures)
        #expect(lines(result) == ["export 2018-08 WORLD 23500000000", "import 2018-08 WORLD 21300000000"])
    }

    @Test func aFigureOfTwoYearsDatesNothing() {
        // 100.5 billion is within 2% of both 2019's (100.74) and 2020's (100.21) January-May exports.
        let result = Self.extractor.extract("Sau năm tháng đầu năm, xuất khẩu đạt 100,5 tỷ USD.", assumingYear: 2026)
        #expect(result.yearSource == nil)
        #expect(lines(result) == ["export 2026-01..2026-05 WORLD 100500000000"])
        #expect(result.warnings.map(\.message) == [
            "the text states no year; its figures match the published figures of 2019 and 2020 alike, so they date it to none",
            "the text states no year; its 1 figure was taken as 2026's (pass --year or --published to say which)",
        ])
    }

    @Test func theStatedChangeChoosesBetweenTwoYears() {
        // 2019's January-May exports rose 6.7%, 2020's fell: the stated rise rules 2020 out.
        let result = Self.extractor.extract("Sau năm tháng đầu năm, xuất khẩu đạt 100,5 tỷ USD, tăng 6,5% so với cùng kỳ năm trước.")
        #expect(result.yearSource == .publishedFigures)
        #expect(lines(result) == ["export 2019-01..2019-05 WORLD 100500000000 yoy=6.5"])
    }

    @Test func figuresMatchingNoYearKeepTheAssumedYear() {
        let result = Self.extractor.extract("Bảy tháng đầu năm, xuất khẩu đạt 13,1 tỷ USD.", assumingYear: 2026)
        #expect(result.yearSource == nil)
        #expect(lines(result) == ["export 2026-01..2026-07 WORLD 13100000000"])
        #expect(result.warnings.map(\.message) == [
            "the text states no year; its 1 figure was taken as 2026's (pass --year or --published to say which)",
        ])
    }

    @Test func aStatedYearIsNeverOverruledByTheFigures() {
        // The figures are 2019's, but the text says 2021: the text wins, and nothing is matched.
        let result = Self.extractor.extract("Năm tháng đầu năm 2021, xuất khẩu đạt 100,7 tỷ USD, tăng 6,7%.")
        #expect(result.yearSource == .firstFigure)
        #expect(lines(result) == ["export 2021-01..2021-05 WORLD 100700000000 yoy=6.7"])
        #expect(result.warnings.isEmpty)
    }

    @Test func ingestStoresABulletinDatedByItsFiguresAndSaysSo() throws {
        let warehouse = try TestWarehouse()
        let report = try warehouse.ingest("undated.txt", """
            Tính chung năm tháng đầu năm, kim ngạch xuất khẩu hàng hóa ước đạt 100,7 tỷ USD, tăng 6,7% so với cùng kỳ \
            năm trước; nhập khẩu ước đạt 101,3 tỷ USD, tăng 10,3%.
            """)
        #expect(try warehouse.factLines() == ["2019-01..2019-05 export WORLD TOTAL ALL 100700000000",
                                               "2019-01..2019-05 import WORLD TOTAL ALL 101300000000"])
        #expect(report.warnings.first?.description == "the text states no year; its figures were dated 2019 because they match Vietnam's "
            + "published figures of 2019: export WORLD TOTAL 2019-01..2019-05 100700000000 ~ 100740000000 (2019-1-05-gso-reuters.csv); "
            + "import WORLD TOTAL 2019-01..2019-05 101300000000 ~ 101280000000 (2019-1-05-gso-reuters.csv)")
        #expect(report.warnings.dropFirst().first?.description == "line 1: unsure of export 2019-01..2019-05 WORLD TOTAL 100700000000 "
            + "(period named before the figure (year from matching published figures)); `tradewh extract --explain` shows why")
    }

    /// The majority rule on its own, with figures made up for the test.
    @Test func aYearNeedsAClearMajority() {
        func figure(_ year: Int, _ month: Int, _ flow: Flow, _ value: Int64) -> PublishedFigure {
            PublishedFigure(period: .month(year, month), flow: flow, partner: "WORLD", commodity: "TOTAL", sector: .all,
                            valueUSD: value, yoyPct: nil, source: "test", url: nil)
        }
        func fact(_ month: Int, _ flow: Flow, _ value: Int64) -> ExtractedFact {
            ExtractedFact(flow: flow, period: .month(2000, month), partner: "WORLD", commodity: "TOTAL", sector: .all, valueUSD: value,
                          qualifier: .exact, estimated: false, text: "", spanStart: 0, spanEnd: 0)
        }
        let dating = FigureDating([figure(2016, 3, .export, 10_000), figure(2016, 3, .import, 9_000), figure(2016, 4, .export, 11_000),
                                   figure(2017, 3, .import, 9_100), figure(2017, 4, .import, 12_000)])
        let threeToOne = dating.date([fact(3, .export, 10_050), fact(3, .import, 9_050), fact(4, .export, 11_000)], probeYear: 2000)
        guard case .dated(let year, let matches) = threeToOne else { Issue.record("not dated: \(threeToOne)"); return }
        #expect(year == 2016 && matches.count == 3)
        #expect(dating.date([fact(3, .export, 10_050), fact(3, .import, 9_050)], probeYear: 2000) == .ambiguous(years: [2016, 2017]))
        #expect(dating.date([fact(4, .import, 12_050)], probeYear: 2000) == .dated(year: 2017, matches: [
            FigureDating.Match(fact: fact(4, .import, 12_050), figure: figure(2017, 4, .import, 12_000)),
        ]))
        // One figure alone dates nothing unless it agrees within 0.5%: 12,100 is 0.8% off 12,000.
        #expect(dating.date([fact(4, .import, 12_100)], probeYear: 2000) == .unmatched)
        #expect(dating.date([fact(4, .import, 13_000), fact(3, .balance, 10_000)], probeYear: 2000) == .unmatched)
    }
}
