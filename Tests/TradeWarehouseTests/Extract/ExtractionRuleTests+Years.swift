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

    @Test func aYearOnlyLookedBackToDatesNothing() {
        let text = "Sáu tháng đầu năm, xuất khẩu gạo đạt 2,8 tỷ USD, mức cao nhất kể từ năm 2009."
        #expect(lines(text, year: 2025) == ["export 2025-01..2025-06 WORLD RICE ALL 2800000000"])
        #expect(Self.extractor.extract(text).yearSource == nil)
        #expect(Self.extractor.extract("In the first half, rice exports earned 2.8 billion USD, the most since 2009.").yearSource == nil)
    }

    @Test func eachAmountOfAYearListTakesItsOwnYear() {
        #expect(lines("Exports totalled 176.6 billion USD in 2016 and 215.1 billion USD in 2017.") == [
            "export 2016 WORLD TOTAL ALL 176600000000",
            "export 2017 WORLD TOTAL ALL 215100000000",
        ])
        // The year to date after such a list is of none of the years listed, and of no month the text names.
        #expect(lines("Xuất khẩu đạt 176,6 tỷ USD năm 2016, 215,1 tỷ USD năm 2017 và 80,3 tỷ USD từ đầu năm đến nay.") == [
            "export 2016 WORLD TOTAL ALL 176600000000",
            "export 2017 WORLD TOTAL ALL 215100000000",
        ])
    }

    @Test func aSpanWrittenAsTwoDatesRunsFromTheFirstToTheSecond() {
        #expect(lines("Từ 1/1 đến 15/11/2022, nhập khẩu đạt 297,4 tỷ USD.") == ["import 2022-01..2022-11-H1 WORLD TOTAL ALL 297400000000"])
        #expect(lines("Tính từ ngày 16/3 đến hết ngày 30/4/2022, xuất khẩu đạt 51,6 tỷ USD.")
            == ["export 2022-03-H2..2022-04 WORLD TOTAL ALL 51600000000"])
        // Two days of one month are still its half.
        #expect(lines("Từ ngày 1 đến ngày 15/11/2022, nhập khẩu đạt 14,8 tỷ USD.") == ["import 2022-11-H1 WORLD TOTAL ALL 14800000000"])
    }

    @Test func aDateOnALineOfItsOwnDatesTheText() {
        let body = "Theo Tổng cục Hải quan, 5 tháng đầu năm, xuất khẩu hạt điều đạt 1,46 tỷ USD.\n\n"
        #expect(lines(body + "Cập nhật: 07/06/2023 09:15") == ["export 2023-01..2023-05 WORLD CASHEW ALL 1460000000"])
        #expect(lines(body + "Thứ Tư, ngày 7 tháng 6 năm 2023") == ["export 2023-01..2023-05 WORLD CASHEW ALL 1460000000"])
        let english = "In the first five months, cashew exports earned 1.46 billion USD.\n\n"
        #expect(lines(english + "Published: 2023-06-07 09:15") == ["export 2023-01..2023-05 WORLD CASHEW ALL 1460000000"])
        #expect(lines(english + "Wednesday, June 7, 2023") == ["export 2023-01..2023-05 WORLD CASHEW ALL 1460000000"])
        // Past the first forty tokens, a line with other words is no dateline.
        let filler = String(repeating: "Traders said demand held up. ", count: 8)
        #expect(Dateline.date(in: Tokenizer.tokens(of: filler + "\nPrices fell on 7/6/2023 in Hanoi")) == nil)
        #expect(Dateline.date(in: Tokenizer.tokens(of: filler + "\nPosted 7/6/2023")) == Dateline.Found(year: 2023, month: 6, day: 7,
            monthFirst: Dateline.MonthDay(month: 7, day: 6)))
    }

    @Test func aNumericDatelineIsReadMonthFirstOnlyOnEvidence() {
        // Day first, September reported on 9 August is of the year before; an English text whose September
        // figures could not be out by 9 August is dated 8 September, US-style.
        #expect(lines("Hà Nội, 9/8/2023\nTháng 9, nhập khẩu đạt 26,5 tỷ USD.") == ["import 2022-09 WORLD TOTAL ALL 26500000000"])
        #expect(lines("HANOI, 9/8/2023\nIn July, imports reached 26.5 billion USD.") == ["import 2023-07 WORLD TOTAL ALL 26500000000"])
        #expect(lines("HANOI, 9/8/2023\nIn August, imports reached 26.5 billion USD.")
            == ["import 2023-08 WORLD TOTAL ALL 26500000000"])
        let tokens = Tokenizer.tokens(of: "HANOI, 9/8/2023\nThe ministry said on September 8 that imports reached 26.5 billion USD.")
        let found = Dateline.date(in: tokens)?.ordered(language: .en, tokens: tokens) { _, _, _ in false }
        #expect(found.map { [$0.year, $0.month ?? 0, $0.day ?? 0] } == [2023, 9, 8])
        // A second number over 12 is a day, whichever the language.
        #expect(Dateline.date(in: Tokenizer.tokens(of: "Hà Nội, 8/29/2023")).map { [$0.month ?? 0, $0.day ?? 0] } == [8, 29])
        // A year given is never overridden by a dateline.
        #expect(lines("HANOI, 9/8/2023\nIn July, imports reached 26.5 billion USD.", year: 2024)
            == ["import 2024-07 WORLD TOTAL ALL 26500000000"])
    }

    @Test func anAmountOfAClauseAboutTheSamePeriodAYearEarlierIsThatYears() {
        #expect(lines("""
            In the first four months of 2022, the trade surplus came to 2.3 billion USD.
            This year's surplus is smaller than in the same period last year, which saw 2.9 billion USD.
            """) == ["balance 2022-01..2022-04 WORLD TOTAL ALL 2300000000", "balance 2021-01..2021-04 WORLD TOTAL ALL 2900000000"])
        #expect(lines("Bốn tháng đầu năm 2022, xuất siêu 2,3 tỷ USD, thấp hơn cùng kỳ năm trước, khi đạt 2,9 tỷ USD.")
            == ["balance 2022-01..2022-04 WORLD TOTAL ALL 2300000000", "balance 2021-01..2021-04 WORLD TOTAL ALL 2900000000"])
    }
}
