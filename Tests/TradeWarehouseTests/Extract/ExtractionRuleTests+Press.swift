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
}
