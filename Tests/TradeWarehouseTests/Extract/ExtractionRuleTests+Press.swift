import Testing
@testable import TradeWarehouse

/// Rules found by reading press articles that no rule was tuned to: each on sentences written for these tests.
extension ExtractionRuleTests {
    @Test func aCurrencyNameWithFullStopsDoesNotEndTheSentence() {
        #expect(lines("In the first half of 2021, Vietnam earned 2.4 billion U.S. Dollars from exporting rice.")
            == ["export 2021-01..2021-06 WORLD RICE ALL 2400000000"])
    }

    @Test func aParagraphThatContinuesKeepsTheCommodityOfItsMarkets() {
        let opening = """
            Trong 10 tháng năm 2023, xuất khẩu cà phê đạt 3,5 tỷ USD.

            Xuất khẩu hạt điều sang Mỹ đạt 900 triệu USD.


            """
        #expect(lines(opening + "Bên cạnh đó, xuất khẩu sang Hà Lan đạt 250 triệu USD, Trung Quốc đạt 180 triệu USD.") == [
            "export 2023-01..2023-10 WORLD COFFEE ALL 3500000000",
            "export 2023-01..2023-10 US CASHEW ALL 900000000",
            "export 2023-01..2023-10 NL CASHEW ALL 250000000",
            "export 2023-01..2023-10 CN CASHEW ALL 180000000",
        ])
        // A paragraph that does not say it continues is about all goods again.
        #expect(lines(opening + "Xuất khẩu sang Hà Lan đạt 250 triệu USD.").last == "export 2023-01..2023-10 NL TOTAL ALL 250000000")
    }

    @Test func revenueRightAfterAFlowWordIsThatFlowsValue() {
        #expect(lines("In the first three months of 2022, total import-export revenue reached 176.3 billion USD.")
            == ["turnover 2022-Q1 WORLD TOTAL ALL 176300000000"])
    }

    @Test func theTwoEconomiesAndTheBlocPointBackToThePartner() {
        #expect(lines("In the first half of 2020, bilateral trade with Japan reached 19.6 billion USD.\nIn June, trade between the two economies came to 3.4 billion USD.")
            == ["turnover 2020-01..2020-06 JP TOTAL ALL 19600000000", "turnover 2020-06 JP TOTAL ALL 3400000000"])
        #expect(lines("In the first eight months of 2013, two-way trade with the EU reached 23 billion USD. So far, Viet Nam has exported 16 billion USD of goods to the bloc.")
            == ["turnover 2013-01..2013-08 EU TOTAL ALL 23000000000", "export 2013-01..2013-08 EU TOTAL ALL 16000000000"])
    }

    @Test func aPartnerImportingIsAMarketForVietnamsExports() {
        #expect(lines("The United States stayed the largest buyer of Vietnamese wood products, importing 4.1 billion USD in the first half of 2021.")
            == ["export 2021-01..2021-06 US WOOD ALL 4100000000"])
        #expect(lines("Australia remained a key market in 2022, importing an estimated US$2.35 billion worth of goods from Vietnam.")
            == ["export 2022 AU TOTAL ALL 2350000000 estimated"])
    }

    @Test func aNameInAnotherParenthesisIsNoPartner() {
        #expect(lines("HANOI, July 8 (Korea Trade Wire) : Vietnam exported 2.1 billion USD of cashew nuts in the first half of 2023.")
            == ["export 2023-01..2023-06 WORLD CASHEW ALL 2100000000"])
    }

    @Test func aPartnerPointedBackToOutweighsNationalWords() {
        #expect(lines("In the first ten months of 2022, bilateral trade with South Korea reached 72 billion USD. In October 2022, total import-export revenue between the two economies reached 7.5 billion USD.")
            == ["turnover 2022-01..2022-10 KR TOTAL ALL 72000000000", "turnover 2022-10 KR TOTAL ALL 7500000000"])
    }

    @Test func theBlocIsTheGroupLastNamedNotItsLastMember() {
        #expect(lines("The EU buys Vietnamese goods mostly through Germany, the Netherlands and France. In the first half of 2014, Viet Nam exported goods worth 12 billion USD to the bloc.")
            == ["export 2014-01..2014-06 EU TOTAL ALL 12000000000"])
    }

    @Test func aCountryInParenthesesAfterATerritoryIsNotThePartner() {
        #expect(lines("Trong 9 tháng năm 2024, xuất khẩu sang Hong Kong (Trung Quốc) đạt 8,2 tỷ USD.")
            == ["export 2024-01..2024-09 HK TOTAL ALL 8200000000"])
    }

    @Test func anAmountSpentOnImportsIsAnImport() {
        #expect(lines("In the first quarter of 2023, the country exported goods worth 79 billion USD while spending 75 billion USD on imports.")
            == ["export 2023-Q1 WORLD TOTAL ALL 79000000000", "import 2023-Q1 WORLD TOTAL ALL 75000000000"])
    }

    @Test func theLargestExporterToVietnamSellsVietnamItsImports() {
        #expect(lines("Trong 6 tháng đầu năm 2022, Nhật Bản là nước xuất khẩu lớn nhất vào Việt Nam với trị giá 2,3 tỷ USD.")
            == ["import 2022-01..2022-06 JP TOTAL ALL 2300000000"])
    }

    @Test func aYearToDateMayEndAtTheFirstHalfOfAMonth() {
        #expect(lines("Lũy kế từ đầu năm đến nửa đầu tháng 9/2019, xuất khẩu hạt tiêu đạt 510 triệu USD.")
            == ["export 2019-01..2019-09-H1 WORLD PEPPER ALL 510000000"])
    }

    @Test func aSpanStatedForFiguresOutlastsAMonthNamedWithoutThem() {
        let monthOfAChange = "Textiles exports grew 13 percent in July 2011.\n\n"
        let monthOfAFigure = "Exports of textiles reached 1.9 billion USD in July 2011.\n\n"
        let markets = "Exports of textiles to the United States reached 3.2 billion USD in the first six months. Shipments to Japan came to 700 million USD."
        #expect(lines(monthOfAChange + markets)
            == ["export 2011-01..2011-06 US TEXTILES ALL 3200000000", "export 2011-01..2011-06 JP TEXTILES ALL 700000000"])
        // A month that had figures stays in force: the span is a look back.
        #expect(lines(monthOfAFigure + markets).last == "export 2011-07 JP TEXTILES ALL 700000000")
    }
}

/// Subjects carried into the sentence that breaks a figure down, levels stated with "make up", forecasts in "will".
extension ExtractionRuleTests {
    @Test func aSentenceBreakingDownAPartnersTotalIsAboutThatPartner() {
        #expect(lines("""
            In 2019, two-way trade between Vietnam and Japan reached 39.9 billion USD. Exports accounted for 20.4 billion USD of the \
            total, while imports came to 19.5 billion USD.
            """) == [
            "turnover 2019 JP TOTAL ALL 39900000000",
            "export 2019 JP TOTAL ALL 20400000000",
            "import 2019 JP TOTAL ALL 19500000000",
        ])
        // After figures of several partners there is no one total to break down.
        #expect(lines("""
            In 2019, exports to Japan reached 20.4 billion USD and exports to Korea 19.7 billion USD. Of the total, \
            imports came to 19.5 billion USD.
            """).last == "import 2019 WORLD TOTAL ALL 19500000000")
        // "of which" in mid-sentence breaks down the sentence's own total: the country's, after a partner's sentence.
        #expect(lines("""
            In 2019, two-way trade between Vietnam and Japan reached 39.9 billion USD. The country's trade turnover \
            stood at 517 billion USD, of which exports were 264 billion USD and imports 253 billion USD.
            """) == [
            "turnover 2019 JP TOTAL ALL 39900000000",
            "turnover 2019 WORLD TOTAL ALL 517000000000",
            "export 2019 WORLD TOTAL ALL 264000000000",
            "import 2019 WORLD TOTAL ALL 253000000000",
        ])
    }

    @Test func toMakeUpAnAmountStatesALevelNotARise() {
        #expect(lines("In 2019, exports came to 264 billion USD, while imports made up 253 billion USD.") == [
            "export 2019 WORLD TOTAL ALL 264000000000",
            "import 2019 WORLD TOTAL ALL 253000000000",
        ])
    }

    @Test func whatWillBeIsAForecastAndToSurpassIsOver() {
        let facts = Self.extractor.extract("Exports to Korea will surpass 25 billion USD in 2026, while imports will total 60 billion USD.").facts
        #expect(facts.map { "\($0.flow.rawValue) \($0.period.code) \($0.partner) \($0.valueUSD) \($0.qualifier.rawValue) \($0.estimated)" } == [
            "export 2026 KR 25000000000 over true",
            "import 2026 KR 60000000000 exact true",
        ])
    }
}

/// "The two economies" and the two sides of a partner's two-way trade.
extension ExtractionRuleTests {
    @Test func theTwoEconomiesAtTheHeadOfALineAreTheBulletinsPartner() {
        let text = """
            In the first ten months of 2023, two-way trade between Vietnam and Korea reached 65.2 billion USD.
            Korea is followed by Japan, with two-way trade of 39.1 billion USD.
            In October, two-way trade between the two economies reached 6.8 billion USD. Vietnam exported 2.1 billion USD \
            and imported 4.7 billion USD.
            """
        #expect(lines(text) == [
            "turnover 2023-01..2023-10 KR TOTAL ALL 65200000000",
            "turnover 2023-01..2023-10 JP TOTAL ALL 39100000000",
            "turnover 2023-10 KR TOTAL ALL 6800000000",
            "export 2023-10 KR TOTAL ALL 2100000000",
            "import 2023-10 KR TOTAL ALL 4700000000",
        ])
        // Within the line that names Japan, the two economies are Japan and Vietnam.
        #expect(lines(text.replacingOccurrences(of: "USD.\nIn October", with: "USD. In October")).suffix(3) == [
            "turnover 2023-10 JP TOTAL ALL 6800000000",
            "export 2023-10 JP TOTAL ALL 2100000000",
            "import 2023-10 JP TOTAL ALL 4700000000",
        ])
    }
}

/// Whose trade a partner's buying and selling is.
extension ExtractionRuleTests {
    @Test func aPartnerThatSpendsToBuyIsTheBuyerOfVietnamsExports() {
        #expect(lines("Trong 6 tháng năm 2022, Nga đã chi gần 140 triệu USD để mua cà phê Việt Nam.")
            == ["export 2022-01..2022-06 RU COFFEE ALL 140000000"])
        #expect(lines("Trong 6 tháng năm 2022, Việt Nam chi 12 tỷ USD để mua hàng hóa từ Hàn Quốc.")
            == ["import 2022-01..2022-06 KR TOTAL ALL 12000000000"])
    }

    @Test func aPartnerSellingIntoVietnamIsVietnamsImport() {
        #expect(lines("Trong 6 tháng năm 2022, Trung Quốc bán điện thoại và linh kiện vào Việt Nam trị giá 4,2 tỷ USD.")
            == ["import 2022-01..2022-06 CN PHONES ALL 4200000000"])
        #expect(lines("Trong 6 tháng năm 2022, Việt Nam xuất khẩu vào thị trường Mỹ 50 tỷ USD.")
            == ["export 2022-01..2022-06 US TOTAL ALL 50000000000"])
    }
}

/// A plan forecast to be met.
extension ExtractionRuleTests {
    @Test func aPlanForecastToBeMetIsAForecastOfTheFigure() {
        #expect(lines("Footwear exports are expected to reach the target of 27 billion USD in 2024, up 12 percent.")
            == ["export 2024 WORLD FOOTWEAR ALL 27000000000 estimated yoy=12.0"])
        #expect(lines("Năm 2024, xuất khẩu dự kiến đạt mục tiêu 400 tỷ USD.") == ["export 2024 WORLD TOTAL ALL 400000000000 estimated"])
        // A plan, or a hope of meeting it, is no figure.
        #expect(lines("Năm 2024, ngành thủy sản đặt kỳ vọng cán đích 8 tỉ USD.").isEmpty)
        #expect(lines("Năm 2024, Bộ đặt mục tiêu xuất khẩu 400 tỷ USD.").isEmpty)
    }
}
