import Testing
@testable import TradeWarehouse

/// Who a figure is of and which way it runs — partner, commodity, direction — on sentences written for
/// these tests in the ways the press writes them.
extension ExtractionRuleTests {
    // MARK: Direction seen from the partner

    @Test func aBuyerNamedBeforeAnAppositiveOrARelativePronounBuysVietnamsGoods() {
        #expect(lines("In the first half of 2023, Japan, the third largest import market of Vietnam, bought $11.6 billion of goods.")
            == ["export 2023-01..2023-06 JP TOTAL ALL 11600000000"])
        #expect(lines("Trong quý 1/2023, Hàn Quốc, thị trường lớn thứ ba của Việt Nam, đã mua 5,3 tỷ USD hàng hóa.")
            == ["export 2023-Q1 KR TOTAL ALL 5300000000"])
        #expect(lines("In 2021, furniture led the items shipped to Japan, which bought $20.1 billion of goods from Vietnam over the year.")
            == ["export 2021 JP TOTAL ALL 20100000000"])
    }

    @Test func aMarketImportingOfVietnamBuysItsGoodsOneImportingAloneSellsToIt() {
        #expect(lines("Trong 5 tháng năm 2022, Hà Lan là thị trường nhập khẩu hạt điều lớn nhất của Việt Nam với 210 triệu USD.")
            == ["export 2022-01..2022-05 NL CASHEW ALL 210000000"])
        #expect(lines("Trong 5 tháng năm 2022, Trung Quốc là thị trường nhập khẩu lớn nhất với 45 tỷ USD.")
            == ["import 2022-01..2022-05 CN TOTAL ALL 45000000000"])
    }

    @Test func aPartnerThatSuppliesSellsToVietnamWhateverFollows() {
        #expect(lines("In March 2019, Thailand supplied Vietnam with $1.1 billion worth of products.")
            == ["import 2019-03 TH TOTAL ALL 1100000000"])
        #expect(lines("In 2020, Taiwan overtook Thailand to become the fourth largest supplier of Vietnam, with $16.7 billion.")
            == ["import 2020 TW TOTAL ALL 16700000000"])
    }

    // MARK: Partners

    @Test func thePartnerOvertakenIsNotTheFiguresUnlessItsAmountFollowsIt() {
        #expect(lines("""
            Trong 9 tháng năm 2021, Ấn Độ đã vượt qua Thái Lan để trở thành thị trường cung cấp hàng hóa lớn thứ ba cho Việt Nam, \
            với 12,5 tỷ USD.
            """) == ["import 2021-01..2021-09 IN TOTAL ALL 12500000000"])
        #expect(lines("In 2020, China was the largest supplier with $50 billion, ahead of South Korea ($23.1 billion).")
            == ["import 2020 CN TOTAL ALL 50000000000", "import 2020 KR TOTAL ALL 23100000000"])
    }

    @Test func aPartnerAfterTheWordMarketTrailsTheAmount() {
        #expect(lines("Trong 6 tháng năm 2019, Việt Nam nhập siêu 9,1 tỷ USD từ thị trường Hàn Quốc.")
            == ["balance 2019-01..2019-06 KR TOTAL ALL -9100000000"])
    }

    @Test func aCommodityFigureTakesThePartnerOfTheBulletinNotOfTheSentenceBefore() {
        #expect(lines("""
            In 2018, Vietnam exports reached $243.5 billion. South Korea bought $18.2 billion of Vietnamese goods. \
            Phones and parts rose 10 percent to $49.1 billion.
            """) == [
            "export 2018 WORLD TOTAL ALL 243500000000",
            "export 2018 KR TOTAL ALL 18200000000",
            "export 2018 WORLD PHONES ALL 49100000000 yoy=10.0",
        ])
        #expect(lines("In the first four months of 2011, Vietnam exports to the US reached $4.9 billion. Footwear earned $593 million.")
            == ["export 2011-01..2011-04 US TOTAL ALL 4900000000", "export 2011-01..2011-04 US FOOTWEAR ALL 593000000"])
    }

    // MARK: Lists

    @Test func respectivelyRightAfterItsAmountsClosesTheirListBeforeAnotherAmount() {
        #expect(lines("""
            In the second quarter of 2022, exports and imports came to $95.2 billion and $91.8 billion respectively, \
            leaving a surplus of $3.4 billion.
            """) == [
            "export 2022-Q2 WORLD TOTAL ALL 95200000000",
            "import 2022-Q2 WORLD TOTAL ALL 91800000000",
            "balance 2022-Q2 WORLD TOTAL ALL 3400000000",
        ])
    }

    // MARK: Commodities

    @Test func goodsOfEveryKindAreNoCommodityOfTheSentenceBefore() {
        #expect(lines("""
            Trong quý 1/2020, nhập khẩu máy móc, thiết bị từ Trung Quốc đạt 6,1 tỷ USD. \
            Trị giá hàng hóa nhập khẩu từ thị trường này đạt 15,2 tỷ USD.
            """) == ["import 2020-Q1 CN MACHINERY ALL 6100000000", "import 2020-Q1 CN TOTAL ALL 15200000000"])
    }

    @Test func aCommodityCarriesWithinItsSentenceOverARepeatedFlowWordAndOfWhich() {
        #expect(lines("Năm 2024, điện thoại và linh kiện xuất khẩu sang Hoa Kỳ đạt 11,3 tỷ USD và xuất khẩu sang Trung Quốc đạt 9,8 tỷ USD.")
            == ["export 2024 US PHONES ALL 11300000000", "export 2024 CN PHONES ALL 9800000000"])
        #expect(lines("In 2019, rice earned $2.8 billion, of which $1.1 billion came from the Philippines.")
            == ["export 2019 WORLD RICE ALL 2800000000", "export 2019 PH RICE ALL 1100000000"])
    }

    @Test func anAmountOrMoreIsAThresholdNotAFigure() {
        #expect(lines("Trong quý 1/2020, xuất khẩu dệt may và giày dép sang Mỹ đều đạt từ 1 tỷ USD trở lên.").isEmpty)
    }

    // MARK: Round two: sellers, lists of partners, flows at the head of a paragraph

    @Test func aPartnerThatSellsSellsToVietnamAndVietnamThatSellsExports() {
        #expect(lines("In 2022, South Korea, the second largest supplier of Vietnam, sold goods worth $62.1 billion to the country.")
            == ["import 2022 KR TOTAL ALL 62100000000"])
        #expect(lines("In 2022, Vietnam sold $14.3 billion of goods to India.") == ["export 2022 IN TOTAL ALL 14300000000"])
    }

    @Test func eachAmountOfAListTakesThePartnerNamedAfterIt() {
        #expect(lines("""
            In the first nine months of 2020, Vietnam shipped $41.2 billion of goods to the US, up 22 percent, as well as \
            $30.5 billion to China and $25.1 billion to the EU.
            """) == [
            "export 2020-01..2020-09 US TOTAL ALL 41200000000 yoy=22.0",
            "export 2020-01..2020-09 CN TOTAL ALL 30500000000",
            "export 2020-01..2020-09 EU TOTAL ALL 25100000000",
        ])
        #expect(lines("""
            In the first half of 2021, the country posted a surplus of $20.3 billion with the US and deficits of $25.4 billion \
            with China and $9.9 billion with South Korea.
            """) == [
            "balance 2021-01..2021-06 US TOTAL ALL 20300000000",
            "balance 2021-01..2021-06 CN TOTAL ALL -25400000000",
            "balance 2021-01..2021-06 KR TOTAL ALL -9900000000",
        ])
    }

    @Test func tradeWithAPartnerIsTwoWayTrade() {
        #expect(lines("In the first five months of 2020, Vietnam overall trade with Japan stood at $15.3 billion.")
            == ["turnover 2020-01..2020-05 JP TOTAL ALL 15300000000"])
    }

    @Test func aCommodityOpeningAParagraphTakesTheFlowOfTheBulletinsFirstFigure() {
        #expect(lines("""
            Trong 9 tháng năm 2022, kim ngạch xuất khẩu ước đạt 282 tỷ USD. Nhập khẩu đạt 275 tỷ USD.

            Điện thoại các loại và linh kiện ước đạt 45,6 tỷ USD.
            """) == [
            "export 2022-01..2022-09 WORLD TOTAL ALL 282000000000 estimated",
            "import 2022-01..2022-09 WORLD TOTAL ALL 275000000000 estimated",
            "export 2022-01..2022-09 WORLD PHONES ALL 45600000000 estimated",
        ])
    }
}
