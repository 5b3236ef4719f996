import Testing
@testable import TradeWarehouse

/// Bulletins written for these tests, each checking one way the press states figures.
@Suite struct BulletinExtractorTests {
    static let extractor = BulletinExtractor(reference: try! ReferenceData.builtIn())

    /// Each fact as one line: flow period partner commodity sector value qualifier, then what is set of
    /// estimated, yoy, mom, delta, quantity.
    func lines(_ text: String, year: Int? = nil) -> [String] {
        Self.extractor.extract(text, year: year).facts.map { fact in
            var line = "\(fact.flow.rawValue) \(fact.period.code) \(fact.partner) \(fact.commodity) \(fact.sector.rawValue) "
                + "\(fact.valueUSD) \(fact.qualifier.rawValue)"
            if fact.estimated { line += " estimated" }
            if let yoy = fact.yoyPct { line += " yoy=\(yoy)" }
            if let mom = fact.momPct { line += " mom=\(mom)" }
            if let delta = fact.deltaUSD { line += " delta=\(delta)" }
            if let quantity = fact.quantity { line += " qty=\(quantity) \(fact.unit ?? "")" }
            return line
        }
    }

    @Test func monthlyTotalsWithBalanceAndTurnover() {
        #expect(lines("""
            Theo Tổng cục Thống kê, kim ngạch xuất khẩu hàng hóa tháng 7/2023 ước đạt 29,68 tỷ USD, giảm 3,5% so với \
            tháng trước và giảm 3,5% so với cùng kỳ năm trước. Nhập khẩu ước đạt 27,08 tỷ USD. \
            Cán cân thương mại hàng hóa tháng Bảy ước tính xuất siêu 2,6 tỷ USD.
            """) == [
            "export 2023-07 WORLD TOTAL ALL 29680000000 exact estimated yoy=-3.5 mom=-3.5",
            "import 2023-07 WORLD TOTAL ALL 27080000000 exact estimated",
            "balance 2023-07 WORLD TOTAL ALL 2600000000 exact estimated",
        ])
    }

    @Test func cumulativeSpanWithFDISplitAndDeficit() {
        #expect(lines("""
            Tính chung 7 tháng năm 2017, kim ngạch xuất khẩu đạt 113,3 tỷ USD, tăng 18,1%. Trong đó, khu vực kinh tế \
            trong nước đạt 31,6 tỷ USD; khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) đạt 81,7 tỷ USD. \
            Cả nước nhập siêu 466 triệu USD.
            """) == [
            "export 2017-01..2017-07 WORLD TOTAL ALL 113300000000 exact yoy=18.1",
            "export 2017-01..2017-07 WORLD TOTAL DOMESTIC 31600000000 exact",
            "export 2017-01..2017-07 WORLD TOTAL FDI 81700000000 exact",
            "balance 2017-01..2017-07 WORLD TOTAL ALL -466000000 exact",
        ])
    }

    @Test func halfMonthAndYearToDate() {
        #expect(lines("""
            Trong kỳ 1 tháng 5/2024, xuất khẩu đạt 17,2 tỷ USD. Tính từ đầu năm đến hết ngày 15/5/2024, tổng \
            trị giá xuất khẩu đạt 142,6 tỷ USD.
            """) == [
            "export 2024-05-H1 WORLD TOTAL ALL 17200000000 exact",
            "export 2024-01..2024-05-H1 WORLD TOTAL ALL 142600000000 exact",
        ])
    }

    @Test func quarterWithPartnersListed() {
        #expect(lines("""
            Quý I/2022, Hoa Kỳ là thị trường xuất khẩu lớn nhất của Việt Nam với kim ngạch đạt 27,7 tỷ USD, tăng 21,3%. \
            Trung Quốc là thị trường nhập khẩu lớn nhất với 27,4 tỷ USD; nhập siêu từ Trung Quốc khoảng 14,6 tỷ USD.
            """) == [
            "export 2022-Q1 US TOTAL ALL 27700000000 exact yoy=21.3",
            "import 2022-Q1 CN TOTAL ALL 27400000000 exact",
            "balance 2022-Q1 CN TOTAL ALL -14600000000 approx",
        ])
    }

    @Test func englishWireStory() {
        #expect(lines("""
            HANOI, Feb 6 (Reuters) - Vietnam's exports in January rose 42% from a year earlier to $33.57 billion, \
            government data showed on Tuesday. Imports climbed 33.2% to an estimated $30.65 billion, leaving a \
            trade surplus of $2.92 billion. Shipments to the United States, Vietnam's largest export market, \
            jumped 55.8% to about $9.6 billion.
            """, year: 2024) == [
            "export 2024-01 WORLD TOTAL ALL 33570000000 exact yoy=42.0",
            "import 2024-01 WORLD TOTAL ALL 30650000000 exact estimated yoy=33.2",
            "balance 2024-01 WORLD TOTAL ALL 2920000000 exact",
            "export 2024-01 US TOTAL ALL 9600000000 approx yoy=55.8",
        ])
    }

    @Test func englishHalfYearWithDeficitAndDelta() {
        #expect(lines("""
            In the first half of 2023, Vietnam's total trade reached US$320.6 billion, down 15.2 percent. The country \
            posted a trade deficit of $1.2 billion with South Korea, while exports to China came to $23.3 billion, \
            an increase of $0.9 billion.
            """) == [
            "turnover 2023-01..2023-06 WORLD TOTAL ALL 320600000000 exact yoy=-15.2",
            "balance 2023-01..2023-06 KR TOTAL ALL -1200000000 exact",
            "export 2023-01..2023-06 CN TOTAL ALL 23300000000 exact delta=900000000",
        ])
    }

    @Test func noiseIsNotAFigure() {
        #expect(lines("""
            Tháng 3/2024, xuất khẩu gạo đạt 1,2 triệu tấn, trị giá 700 triệu USD, chiếm 2,4% tổng kim ngạch. \
            Doanh nghiệp nộp ngân sách 3.500 tỷ đồng. Vốn FDI đăng ký đạt 4,6 tỷ USD. Ảnh: T.N
            """) == [
            "export 2024-03 WORLD RICE ALL 700000000 exact qty=1200000.0 tonne",
        ])
    }

    @Test func aFigureStatedTwiceIsOneFact() {
        #expect(lines("""
            Xuất khẩu sang Mỹ tháng 2/2024 đạt hơn 8 tỉ USD. Đáng chú ý, thị trường Mỹ đạt trên 8 tỉ USD, tương ứng \
            tăng 2 tỉ USD.
            """) == ["export 2024-02 US TOTAL ALL 8000000000 over delta=2000000000"])
    }

    @Test func aFigureOfComparisonIsAFactOfTheEarlierPeriod() {
        #expect(lines("""
            Nhập khẩu tháng 4/2024 đạt 31,2 tỷ USD, tăng 20% so với mức 26 tỷ USD của cùng kỳ năm 2023.
            """) == ["import 2024-04 WORLD TOTAL ALL 31200000000 exact yoy=20.0", "import 2023-04 WORLD TOTAL ALL 26000000000 exact"])
        #expect(lines("""
            The shortfall with ASEAN widened to $5.6 billion in the first 11 months of 2015 from $4 billion a year earlier.
            """) == ["balance 2015-01..2015-11 ASEAN TOTAL ALL -5600000000 exact",
                     "balance 2014-01..2014-11 ASEAN TOTAL ALL -4000000000 exact"])
    }

    @Test func unplaceableFiguresBecomeWarnings() {
        let result = Self.extractor.extract("Con số này đạt 5 tỷ USD trong tháng 6.")
        #expect(result.facts.isEmpty)
        #expect(result.warnings == [ExtractionWarning(message: "an amount with no export/import/balance word",
                                                      text: "Con số này đạt 5 tỷ USD trong tháng 6.")])
        let noYear = Self.extractor.extract("Xuất khẩu tháng 6 đạt 30 tỷ USD.")
        #expect(noYear.warnings.map(\.message) == ["an amount with no period (pass --year if only the year is missing)"])
        #expect(lines("Xuất khẩu tháng 6 đạt 30 tỷ USD.", year: 2021) == ["export 2021-06 WORLD TOTAL ALL 30000000000 exact"])
    }

    @Test func sourceSpanPointsAtTheAmount() {
        let text = "Xuất khẩu tháng 1/2024 đạt 34,5 tỉ USD."
        let fact = try! #require(Self.extractor.extract(text).facts.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[fact.spanStart..<fact.spanEnd])) == "34,5 tỉ USD")
        #expect(fact.text == text)
    }
}
