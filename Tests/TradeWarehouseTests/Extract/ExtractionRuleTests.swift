import Testing
@testable import TradeWarehouse

/// One rule of extraction at a time — period, year, flow, partner, commodity, sector, estimate — each on
/// sentences written for these tests in the ways the press writes them.
@Suite struct ExtractionRuleTests {
    static let extractor = BulletinExtractor(reference: try! ReferenceData.builtIn())

    /// Each fact as `flow period partner commodity sector value`, then what is set of estimated, yoy, mom.
    func lines(_ text: String, year: Int? = nil, published: String? = nil) -> [String] {
        let date = published.map { try! PublicationDate(parsing: $0) }
        return Self.extractor.extract(text, year: year, published: date).facts.map { fact in
            var line = "\(fact.flow.rawValue) \(fact.period.code) \(fact.partner) \(fact.commodity) \(fact.sector.rawValue) \(fact.valueUSD)"
            if fact.estimated { line += " estimated" }
            if let yoy = fact.yoyPct { line += " yoy=\(yoy)" }
            if let mom = fact.momPct { line += " mom=\(mom)" }
            return line
        }
    }

    // MARK: Periods

    @Test func aSpanFromMarchToMayIsNotTheYearToDate() {
        #expect(lines("Từ tháng 3 đến tháng 5/2022, xuất khẩu sang Hoa Kỳ đạt 27,4 tỷ USD.")
            == ["export 2022-03..2022-05 US TOTAL ALL 27400000000"])
        #expect(lines("In the three months to May 2022, imports from China came to 33.2 billion USD.")
            == ["import 2022-03..2022-05 CN TOTAL ALL 33200000000"])
    }

    @Test func aThresholdPassedIsNotAFigureButWhatFollowsItIs() {
        #expect(lines("Năm 2021, nhập khẩu vượt mốc 300 tỷ USD, đạt 312,4 tỷ USD.") == ["import 2021 WORLD TOTAL ALL 312400000000"])
        #expect(lines("In 2021, imports topped the 300 billion USD mark, reaching 312.4 billion USD.")
            == ["import 2021 WORLD TOTAL ALL 312400000000"])
        #expect(lines("Năm 2021, nhập khẩu lần đầu cán mốc 300 tỷ USD.").isEmpty)
    }

    // MARK: Commodities

    @Test func twoNamesAndTwoAmountsPairInOrder() {
        #expect(lines("""
            In June 2021, rice fetched 310 million USD, while coffee and pepper brought in 245 million USD and 88 million USD.
            """) == [
            "export 2021-06 WORLD RICE ALL 310000000",
            "export 2021-06 WORLD COFFEE ALL 245000000",
            "export 2021-06 WORLD PEPPER ALL 88000000",
        ])
        #expect(lines("Tháng 6/2021, cà phê và hạt tiêu xuất khẩu đạt 245 triệu USD và 88 triệu USD.") == [
            "export 2021-06 WORLD COFFEE ALL 245000000",
            "export 2021-06 WORLD PEPPER ALL 88000000",
        ])
    }

    // MARK: Years

    @Test func aComparisonYearDatesTheFiguresAYearLater() {
        #expect(lines("Xuất khẩu 4 tháng đạt 124 tỷ USD, tăng 15%, so với cùng kỳ năm 2012.")
            == ["export 2013-01..2013-04 WORLD TOTAL ALL 124000000000 yoy=15.0"])
    }

    @Test func aClosingYearDoesNotRedateTheReport() {
        #expect(lines("""
            Tháng 5, xuất khẩu đạt 15 tỷ USD.

            Năm 2015, Việt Nam nhập khẩu 49,5 tỷ USD hàng hóa từ Trung Quốc.
            """, year: 2016) == [
            "export 2016-05 WORLD TOTAL ALL 15000000000",
            "import 2015 CN TOTAL ALL 49500000000",
        ])
    }

    @Test func aPageDateYearsAfterTheReportDoesNotDateIt() {
        #expect(lines("""
            Thứ hai, 04/03/2024

            Xuất khẩu thủy sản 6 tháng đạt 4,1 tỷ USD.

            Theo hiệp hội, 6 tháng đầu năm 2019 xuất khẩu thủy sản tăng 2%.
            """) == ["export 2019-01..2019-06 WORLD SEAFOOD ALL 4100000000"])
        #expect(lines("""
            Thứ hai, 04/03/2020

            Xuất khẩu thủy sản 2 tháng đạt 1,1 tỷ USD.

            Theo hiệp hội, 2 tháng đầu năm 2019 là mức thấp.
            """) == ["export 2020-01..2020-02 WORLD SEAFOOD ALL 1100000000"])
    }

    @Test func aMonthAfterThePublicationDateIsOfTheYearBefore() {
        #expect(lines("Trong tháng 12, xuất khẩu đạt 30 tỷ USD.", published: "2024-01-06") == ["export 2023-12 WORLD TOTAL ALL 30000000000"])
        #expect(lines("Trong tháng 12, xuất khẩu đạt 30 tỷ USD.", published: "2024-12-29") == ["export 2024-12 WORLD TOTAL ALL 30000000000"])
    }

    @Test func withNoYearAnywhereTheResultSaysSo() {
        let result = Self.extractor.extract("Trong tháng 12, xuất khẩu đạt 30 tỷ USD.")
        #expect(result.yearSource == nil && result.facts.isEmpty)
        #expect(result.warnings.map(\.lacksPeriod) == [true])
    }

    // MARK: Periods and comparisons

    @Test func aChangeOnANamedEarlierMonthIsMonthOnMonth() {
        #expect(lines("Kim ngạch xuất khẩu tháng 2/2024 đạt 19,6 tỷ USD, giảm 25,6% so với tháng 1 và giảm 5% so với cùng kỳ.")
            == ["export 2024-02 WORLD TOTAL ALL 19600000000 yoy=-5.0 mom=-25.6"])
    }

    @Test func theSameTimeLastYearAfterAFigureDatesItAYearEarlier() {
        #expect(lines("""
            In the first seven months of 2018, Vietnam posted a trade surplus of 2.85 billion USD. It saw a trade deficit \
            of 2.61 billion USD the same time last year.
            """) == [
            "balance 2018-01..2018-07 WORLD TOTAL ALL 2850000000",
            "balance 2017-01..2017-07 WORLD TOTAL ALL -2610000000",
        ])
    }

    @Test func aHeadlineWithoutAFullStopDoesNotRunIntoTheLead() {
        #expect(lines("Xuất khẩu tháng 4 đạt 38,5 tỷ USD\nKim ngạch nhập khẩu tháng 4/2025 đạt 37,3 tỷ USD.") == [
            "export 2025-04 WORLD TOTAL ALL 38500000000",
            "import 2025-04 WORLD TOTAL ALL 37300000000",
        ])
    }

    @Test func anOutlookDoesNotChangeThePeriodInForce() {
        #expect(lines("""
            Exports fell 7.1% to $199.3 billion in the first seven months of 2023. In the second half of the year, \
            shipments are expected to recover. Imports dropped 14% to $185.6 billion.
            """) == [
            "export 2023-01..2023-07 WORLD TOTAL ALL 199300000000 yoy=-7.1",
            "import 2023-01..2023-07 WORLD TOTAL ALL 185600000000 yoy=-14.0",
        ])
    }

    @Test func lastYearsFigureIsOfTheYearBefore() {
        #expect(lines("In 2016, the trade deficit with China would total US$28 billion, 13.6% lower than last year’s US$32.4 billion.") == [
            "balance 2016 CN TOTAL ALL -28000000000 estimated yoy=-13.6",
            "balance 2015 CN TOTAL ALL -32400000000",
        ])
    }

    @Test func aParagraphBreakingDownTheFigureBeforeKeepsItsSpan() {
        #expect(lines("""
            In 2023, two-way trade is forecast to reach 690 billion USD.

            As of November 30, two-way trade totalled 620 billion USD.

            Of the total, exports fetched 322 billion USD.
            """, year: 2023) == [
            "turnover 2023 WORLD TOTAL ALL 690000000000 estimated",
            "turnover 2023-01..2023-11 WORLD TOTAL ALL 620000000000",
            "export 2023-01..2023-11 WORLD TOTAL ALL 322000000000",
        ])
    }

    @Test func aFigureInParenthesesEndsItsClauseAtTheParenthesis() {
        #expect(lines("""
            Tháng 12/2024, xuất khẩu đạt 38,2 tỷ USD. Trong đó, hàng dệt may lần đầu vượt 4 tỷ USD/tháng \
            (đạt 4,3 tỷ USD), qua đó nâng tổng kim ngạch xuất khẩu cả năm 2024 lên 37 tỷ USD.
            """) == [
            "export 2024-12 WORLD TOTAL ALL 38200000000",
            "export 2024-12 WORLD TEXTILES ALL 4300000000",
            "export 2024 WORLD TEXTILES ALL 37000000000",
        ])
    }

    @Test func aLineEndingInABarEndsItsSentence() {
        #expect(lines("""
            Theo Bộ Nông nghiệp, giá nông sản tăng.
            Hồ tiêu là mặt hàng tăng giá mạnh nhất. |
            Tính chung 5 tháng năm 2024, xuất khẩu đạt 156 tỷ USD.
            """) == ["export 2024-01..2024-05 WORLD TOTAL ALL 156000000000"])
    }

    @Test func duringThePeriodIsThePeriodOfTheFiguresJustGiven() {
        #expect(lines("""
            In the first seven months of 2021, exports reached 185 billion USD.

            In July 2021 alone, exports of phones were 4.1 billion USD.

            During the period, the main imports were fabrics (1.2 billion USD).
            """) == [
            "export 2021-01..2021-07 WORLD TOTAL ALL 185000000000",
            "export 2021-07 WORLD PHONES ALL 4100000000",
            "import 2021-07 WORLD FABRICS ALL 1200000000",
        ])
    }

    @Test func aComparedFigureInParenthesesIsOfTheYearBefore() {
        #expect(lines("Sau 10 tháng năm 2022, cả nước xuất siêu 9,4 tỷ USD, cao hơn so với cùng kỳ năm trước (3,3 tỷ USD).") == [
            "balance 2022-01..2022-10 WORLD TOTAL ALL 9400000000",
            "balance 2021-01..2021-10 WORLD TOTAL ALL 3300000000",
        ])
    }

    @Test func aMonthlyAverageIsNotAFigure() {
        #expect(lines("Năm 2022, bình quân kim ngạch xuất nhập khẩu mỗi tháng đạt 61 tỷ USD.").isEmpty)
    }

    @Test func figuresOfLastYearCarryTheirYearToTheNextSentence() {
        #expect(lines("""
            Two-way trade reached 683 billion USD last year, up 5.4 percent. Of which, exports were 355 billion USD.
            """, year: 2024) == [
            "turnover 2023 WORLD TOTAL ALL 683000000000 yoy=5.4",
            "export 2023 WORLD TOTAL ALL 355000000000",
        ])
    }

    @Test func aForecastForThisYearIsOfTheWholeYear() {
        #expect(lines("""
            Exports to Japan reached 9.8 billion USD in the first six months of 2025. Vietnam expects to ship \
            about 21 billion USD of goods to Japan this year.
            """) == [
            "export 2025-01..2025-06 JP TOTAL ALL 9800000000",
            "export 2025 JP TOTAL ALL 21000000000 estimated",
        ])
    }

    @Test func duringThePeriodSkipsForecastsAndLookBacks() {
        #expect(lines("""
            In the first four months of 2025, exports reached 128 billion USD. The full year is forecast to reach \
            430 billion USD.

            Two-way trade came to 254 billion USD in trade revenue during the period.
            """) == [
            "export 2025-01..2025-04 WORLD TOTAL ALL 128000000000",
            "export 2025 WORLD TOTAL ALL 430000000000 estimated",
            "turnover 2025-01..2025-04 WORLD TOTAL ALL 254000000000",
        ])
    }

    // MARK: Flows, partners, sectors

    @Test func partnersNamedAfterTheirAmountsStayWithThem() {
        #expect(lines("""
            Vietnam ran a trade surplus of US$31.2 billion with the U.S., US$12.6 billion with the EU, and US$521 million \
            with Japan in the first five months of 2023.
            """) == [
            "balance 2023-01..2023-05 US TOTAL ALL 31200000000",
            "balance 2023-01..2023-05 EU TOTAL ALL 12600000000",
            "balance 2023-01..2023-05 JP TOTAL ALL 521000000",
        ])
    }

    @Test func respectivelyListsFollowTheOrderOfTheirNames() {
        #expect(lines("""
            In the first five months of 2023, shipments to China, the US and Japan were valued at US$20.1 billion, \
            US$37.2 billion and US$9.1 billion, respectively.
            """) == [
            "export 2023-01..2023-05 CN TOTAL ALL 20100000000",
            "export 2023-01..2023-05 US TOTAL ALL 37200000000",
            "export 2023-01..2023-05 JP TOTAL ALL 9100000000",
        ])
    }

    @Test func continentsAndAdjectivesOfNationalityArePartners() {
        #expect(lines("Trong 6 tháng đầu năm 2024, xuất khẩu sang châu Á đạt 95 tỷ USD; sang châu Âu đạt 30 tỷ USD.") == [
            "export 2024-01..2024-06 ASIA TOTAL ALL 95000000000",
            "export 2024-01..2024-06 EUROPE TOTAL ALL 30000000000",
        ])
        #expect(lines("In the first half of 2024, Chinese imports totalled US$68 billion.")
            == ["import 2024-01..2024-06 CN TOTAL ALL 68000000000"])
    }

    @Test func aSectorNamedAfterItsAmount() {
        #expect(lines("""
            In May 2024, imports reached US$33.8 billion, of which US$12.1 billion was made by domestic sector and \
            US$21.7 billion by the FDI sector.
            """) == [
            "import 2024-05 WORLD TOTAL ALL 33800000000",
            "import 2024-05 WORLD TOTAL DOMESTIC 12100000000",
            "import 2024-05 WORLD TOTAL FDI 21700000000",
        ])
    }

    @Test func aProvincesFigureIsNotTheCountrys() {
        #expect(lines("""
            In the first nine months of 2023, exports reached 259 billion USD. Binh Duong province led with \
            22.1 billion USD in export value, followed by the city of Hai Phong (19.4 billion USD).
            """) == ["export 2023-01..2023-09 WORLD TOTAL ALL 259000000000"])
        #expect(lines("Nếu các tỉnh phía Nam phục hồi, xuất khẩu năm 2023 có thể đạt 360 tỷ USD.")
            == ["export 2023 WORLD TOTAL ALL 360000000000 estimated"])
    }

    @Test func aPartnersExportsToVietnamAreVietnamsImports() {
        #expect(lines("In the first half of 2019, Japanese exports to Vietnam rose 3 percent to 9.5 billion USD.")
            == ["import 2019-01..2019-06 JP TOTAL ALL 9500000000 yoy=3.0"])
    }

    // MARK: Commodities, changes, estimates

    @Test func commodityNamesMatchByTheirContentWords() {
        #expect(lines("In 2023, the garment and textile sector earned US$33.3 billion.") == ["export 2023 WORLD TEXTILES ALL 33300000000"])
    }

    @Test func aChangeBetweenANameAndItsLevelKeepsTheName() {
        #expect(lines("Trong tháng 3/2024, điện thoại các loại và linh kiện tăng 428 triệu USD, tương đương tăng 17,1%, đạt 2,93 tỷ USD.")
            == ["export 2024-03 WORLD PHONES ALL 2930000000"])
    }

    @Test func restatedChangesAreNotFigures() {
        #expect(lines("In 2024 exports rose 14.3 percent (or US$44.3 billion) to US$405.5 billion.")
            == ["export 2024 WORLD TOTAL ALL 405500000000"])
        #expect(lines("Năm 2020, xuất khẩu hàng dệt may mất 1,66 tỷ USD, chỉ đạt 10,56 tỷ USD.")
            == ["export 2020 WORLD TEXTILES ALL 10560000000"])
    }

    @Test func forecastsAreEstimatedFigures() {
        #expect(lines("Năm 2024, xuất khẩu nông lâm thủy sản dự báo đạt 62 tỷ USD.")
            == ["export 2024 WORLD AGRO_FORESTRY_FISHERY ALL 62000000000 estimated"])
        #expect(lines("Năm 2024, mục tiêu xuất khẩu đạt 400 tỷ USD.") == [])
    }

    @Test func aListContinuingAnEstimateIsEstimated() {
        #expect(lines("Xuất khẩu tháng 5/2024 ước đạt 30 tỷ USD. Trong đó, khu vực có vốn đầu tư nước ngoài đạt 22 tỷ USD.") == [
            "export 2024-05 WORLD TOTAL ALL 30000000000 estimated",
            "export 2024-05 WORLD TOTAL FDI 22000000000 estimated",
        ])
    }

    @Test func aRangeIsItsLowerBoundAndNeverAFragment() {
        let facts = Self.extractor.extract("Xuất khẩu gạo năm 2023 có thể đạt 4,1-4,3 tỷ USD.", year: nil, published: nil).facts
        #expect(facts.map(\.valueUSD) == [4_100_000_000])
        #expect(facts.map(\.qualifier) == [.over])
        #expect(lines("Coffee exports in 2023 may bring in US$ 4.1–4.3 billion.")
            == ["export 2023 WORLD COFFEE ALL 4100000000 estimated"])
    }

    @Test func revenueAfterAnAmountOfAFlowIsTheFlowsValue() {
        #expect(lines("In March 2023, cashew exports reached 52,000 tonnes and US$ 281 million in revenue.")
            == ["export 2023-03 WORLD CASHEW ALL 281000000"])
        #expect(lines("In March 2023, the firm posted US$ 281 million in revenue.").isEmpty)
    }

    // MARK: Reasons

    @Test func aCommodityHeadingIsTheSubjectOfItsSentence() {
        #expect(lines("Cao su: xuất khẩu trong tháng 3/2021 đạt 120 nghìn tấn, trị giá 205 triệu USD.")
            == ["export 2021-03 WORLD RUBBER ALL 205000000"])
    }

    @Test func anItemOfAnIncludingListKeepsItsOwnFigure() {
        #expect(lines("Imports in May 2022 included machinery, equipment, tools and spare parts (4.1 billion USD, up 3 percent).")
            == ["import 2022-05 WORLD MACHINERY ALL 4100000000 yoy=3.0"])
        #expect(lines("Exports in May 2022, including crude oil, reached 30.2 billion USD.")
            == ["export 2022-05 WORLD TOTAL ALL 30200000000"])
    }

    @Test func aPeriodEndedInAMonthRunsFromJanuary() {
        #expect(lines("Imports in the period ended last April fell 2% to $95 billion.", year: 2023)
            == ["import 2023-01..2023-04 WORLD TOTAL ALL 95000000000 yoy=-2.0"])
    }

    @Test func aPartnerInASubordinateClauseIsNotTheFigures() {
        #expect(lines("Exports in March 2023 rose 4% to $30 billion, as shipments to Japan jumped 20%.")
            == ["export 2023-03 WORLD TOTAL ALL 30000000000 yoy=4.0"])
    }

    @Test func aPartnerPointedBackToAfterTheFigure() {
        #expect(lines("""
            Imports from South Korea in June 2020 totalled US$3.9 billion. Vietnam exported goods worth US$1.6 billion \
            to the partner in the same month.
            """) == ["import 2020-06 KR TOTAL ALL 3900000000", "export 2020-06 KR TOTAL ALL 1600000000"])
    }

    @Test func aThresholdDoesNotCutANameFromItsFigure() {
        #expect(lines("Tháng 10/2025, nhóm hàng dệt may lần đầu vượt ngưỡng 4 tỷ USD/tháng (đạt 4,2 tỷ USD).")
            == ["export 2025-10 WORLD TEXTILES ALL 4200000000"])
    }

    @Test func theCountryAsSubjectLeavesThePartnerAfterTheFigure() {
        #expect(lines("Tính đến cuối tháng 4/2017, cả nước đã chi 6,5 tỉ USD nhập khẩu hàng hóa từ Hàn Quốc.")
            == ["import 2017-01..2017-04 KR TOTAL ALL 6500000000"])
    }

    @Test func theAgricultureMinistrysGroupsAreCommodities() {
        #expect(lines("Trong 3 tháng năm 2023, xuất khẩu sản phẩm chăn nuôi đạt 98 triệu USD; nhập khẩu đầu vào sản xuất 1,2 tỷ USD.") == [
            "export 2023-Q1 WORLD LIVESTOCK_PRODUCTS ALL 98000000",
            "import 2023-Q1 WORLD FARM_INPUTS ALL 1200000000",
        ])
    }

    @Test func thisMonthIsTheLastMonthOfTheSpanInForce() {
        #expect(lines("In the first four months of 2024, exports reached US$120 billion. This month, exports were estimated at US$31 billion.")
            == ["export 2024-01..2024-04 WORLD TOTAL ALL 120000000000", "export 2024-04 WORLD TOTAL ALL 31000000000 estimated"])
    }

    @Test func aParagraphThatContinuesKeepsThePartnerInFocus() {
        #expect(lines("""
            In March 2022, steel imported from Japan rose 12% to US$410 million.

            Additionally, machinery, equipment, tools and spare parts rose 8% to US$1.9 billion.
            """) == ["import 2022-03 JP IRON_STEEL ALL 410000000 yoy=12.0", "import 2022-03 JP MACHINERY ALL 1900000000 yoy=8.0"])
    }

    @Test func aFigureInContrastWithTheSamePeriodLastYearIsThatYears() {
        #expect(lines("Tính đến hết tháng 8/2022, cả nước nhập siêu 1,2 tỷ USD, trái ngược với mức xuất siêu 2,5 tỷ USD của cùng kỳ năm trước.")
            == ["balance 2022-01..2022-08 WORLD TOTAL ALL -1200000000", "balance 2021-01..2021-08 WORLD TOTAL ALL 2500000000"])
        #expect(lines("Quý I/2022, cả nước xuất siêu 0,8 tỷ USD (cùng kỳ năm trước xuất siêu 2,1 tỷ USD).")
            == ["balance 2022-Q1 WORLD TOTAL ALL 800000000", "balance 2021-Q1 WORLD TOTAL ALL 2100000000"])
    }

    @Test func aHalfMonthReleaseKeepsItsHalfMonthAcrossParagraphs() {
        #expect(lines("""
            Trong kỳ 1 tháng 4/2022, xuất khẩu đạt 15,1 tỷ USD. Tính từ đầu năm đến hết 15/4/2022, xuất khẩu đạt 104 tỷ USD.

            Ở chiều nhập khẩu, sắt thép các loại đạt 420 triệu USD.
            """) == [
            "export 2022-04-H1 WORLD TOTAL ALL 15100000000",
            "export 2022-01..2022-04-H1 WORLD TOTAL ALL 104000000000",
            "import 2022-04-H1 WORLD IRON_STEEL ALL 420000000",
        ])
    }

    @Test func anEstimateReleaseWithNoCustomsFiguresIsEstimatedThroughout() {
        #expect(lines("""
            Kim ngạch xuất khẩu tháng 7/2016 ước tính đạt 15 tỷ USD.

            Trong 7 tháng, điện thoại các loại và linh kiện đạt 19,4 tỷ USD.
            """) == ["export 2016-07 WORLD TOTAL ALL 15000000000 estimated", "export 2016-01..2016-07 WORLD PHONES ALL 19400000000 estimated"])
        #expect(lines("""
            Kim ngạch xuất khẩu tháng 7/2016 ước tính đạt 15 tỷ USD.

            Theo Tổng cục Hải quan, trong 6 tháng điện thoại các loại và linh kiện đạt 16,1 tỷ USD.
            """) == ["export 2016-07 WORLD TOTAL ALL 15000000000 estimated", "export 2016-01..2016-06 WORLD PHONES ALL 16100000000"])
    }

    @Test func aMonthOnMonthBasisBeforeOrAfterThePercentage() {
        #expect(lines("In June 2023, exports were US$29.4 billion, up 4.1% against the month earlier and up 2% year-on-year.")
            == ["export 2023-06 WORLD TOTAL ALL 29400000000 yoy=2.0 mom=4.1"])
        #expect(lines("In June 2023, imports reached US$27.1 billion, a month-on-month rise of 3 percent and a year-on-year fall of 1.5 percent.")
            == ["import 2023-06 WORLD TOTAL ALL 27100000000 yoy=-1.5 mom=3.0"])
        #expect(lines("Imports in June 2023 grew 6.5% against the same period last year to US$27.1 billion.")
            == ["import 2023-06 WORLD TOTAL ALL 27100000000 yoy=6.5"])
    }

    @Test func aNameInParenthesesIsNotTheFigureOutsideThem() {
        #expect(lines("Trong tháng 9/2019, xuất khẩu lâm sản chính (gỗ; mây, tre, cói) đạt 1,1 tỷ USD.")
            == ["export 2019-09 WORLD FOREST_PRODUCTS ALL 1100000000"])
        #expect(lines("Trong nửa đầu của năm 2016, xuất khẩu đạt 82 tỷ USD.") == ["export 2016-01..2016-06 WORLD TOTAL ALL 82000000000"])
    }

    @Test func eachFieldSaysWhichRuleGaveIt() {
        let facts = Self.extractor.extract("""
            Tháng 1/2024, xuất khẩu sang Mỹ đạt 10 tỷ USD.

            Điện thoại đạt 1,4 tỷ USD.
            """).facts
        #expect(facts.count == 2)
        #expect(facts[0].reasons[.period]?.description == "named before the figure: «Tháng 1/2024»")
        #expect(facts[0].reasons[.partner]?.description == "named before the figure: «Mỹ»")
        #expect(facts[0].reasons.confidence == .high)
        #expect(facts[1].partner == "WORLD" && facts[1].commodity == "PHONES")
        #expect(facts[1].reasons.warnings == [
            "period carried from an earlier paragraph",
            "flow a commodity's figure opening a paragraph: the flow of the bulletin's first figure",
        ])
        #expect(facts[1].reasons.confidence == .low)
    }
}
