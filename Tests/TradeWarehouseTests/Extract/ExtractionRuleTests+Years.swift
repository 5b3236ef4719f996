import Testing
@testable import TradeWarehouse

/// Years a text gives only through its own evidence: the periods it compares with and the years it looks back on.
extension ExtractionRuleTests {
    @Test func aComparedPeriodOfTheSameShapeIsAYearEarlier() {
        #expect(lines("""
            From January to June, shipments abroad grew to 95.2 billion USD.

            Purchases from Japan came to 11.4 billion USD, 0.9 billion USD more than in the first half of 2018.
            """) == [
            "export 2019-01..2019-06 WORLD TOTAL ALL 95200000000",
            "import 2019-01..2019-06 JP TOTAL ALL 11400000000",
        ])
    }

    @Test func aComparedPeriodJustBeforeIsOfTheSameYearOrTheOneBefore() {
        #expect(lines("Nửa đầu tháng 9, xuất khẩu đạt 14,2 tỷ USD, tăng 6% so với nửa cuối tháng 8/2021.")
            == ["export 2021-09-H1 WORLD TOTAL ALL 14200000000 mom=6.0"])
        #expect(lines("Tháng 1, nhập khẩu đạt 27,3 tỷ USD, giảm 9% so với tháng 12/2023.")
            == ["import 2024-01 WORLD TOTAL ALL 27300000000 mom=-9.0"])
        // The same month a year earlier is a change on the year.
        #expect(lines("Tháng 1/2024, nhập khẩu đạt 27,3 tỷ USD, tăng 12% so với tháng 1/2023.")
            == ["import 2024-01 WORLD TOTAL ALL 27300000000 yoy=12.0"])
    }

    @Test func aWholeYearCountedAfterFiguresOfMonthsIsOneLookedBackOn() {
        let text = """
            Trong 4 tháng đầu năm, nhập khẩu từ Hàn Quốc đạt 18,3 tỷ USD.

            Năm 2020, Việt Nam nhập khẩu 46,9 tỷ USD hàng hóa từ Hàn Quốc.
            """
        #expect(lines(text) == ["import 2021-01..2021-04 KR TOTAL ALL 18300000000", "import 2020 KR TOTAL ALL 46900000000"])
        #expect(Self.extractor.extract(text).yearSource == .lookBack)
        // A year whose figure is only forecast is the report's own year; so is a year summed up after its December.
        #expect(lines("""
            Trong 4 tháng đầu năm, nhập khẩu từ Hàn Quốc đạt 18,3 tỷ USD.

            Năm 2020, nhập khẩu từ Hàn Quốc dự kiến đạt 50 tỷ USD.
            """).first == "import 2020-01..2020-04 KR TOTAL ALL 18300000000")
        #expect(lines("""
            Trong tháng 12, xuất khẩu đạt 29,1 tỷ USD.

            Năm 2020, xuất khẩu đạt 281,5 tỷ USD.
            """) == ["export 2020-12 WORLD TOTAL ALL 29100000000", "export 2020 WORLD TOTAL ALL 281500000000"])
    }

    @Test func theYearOfTheLeadDatesFiguresThatNameNoPeriod() {
        #expect(lines("""
            Theo Thương vụ, năm 2024 quan hệ thương mại giữa Việt Nam và Hàn Quốc tiếp tục phát triển.

            Tổng kim ngạch xuất nhập khẩu giữa hai nước đạt 81,5 tỷ USD, tăng 7% so với năm 2023. Trong đó, nhập khẩu từ \
            Hàn Quốc đạt 55,9 tỷ USD.
            """) == ["turnover 2024 KR TOTAL ALL 81500000000 yoy=7.0", "import 2024 KR TOTAL ALL 55900000000"])
        // A year named only after the first figure is no lead.
        #expect(lines("Tổng kim ngạch với Hàn Quốc đạt 81,5 tỷ USD. Năm 2024 là năm thứ hai tăng liên tiếp.").isEmpty)
    }

    @Test func withNoYearTheWarningCountsTheFiguresAssumed() {
        let result = Self.extractor.extract("Bảy tháng đầu năm, xuất khẩu đạt 13,1 tỷ USD; nhập khẩu đạt 12,9 tỷ USD.", assumingYear: 2026)
        #expect(result.warnings.map(\.message)
            == ["the text states no year; its 2 figures were taken as 2026's (pass --year or --published to say which)"])
    }
}
