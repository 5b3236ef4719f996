import Testing
@testable import TradeWarehouse

/// Periods as bulletins write them, read with the year in force being 2024 unless the text states one.
@Suite struct PeriodScannerTests {
    /// The first period mention in `text`, resolved with context year 2024.
    func period(_ text: String) -> String? {
        let tokens = ArraySlice(Tokenizer.tokens(of: text))
        let scanner = PeriodScanner(tokens)
        for index in tokens.indices {
            if let mention = scanner.mention(at: index) {
                return mention.isToDate ? "to date" : mention.period(contextYear: 2024)?.code
            }
        }
        return nil
    }

    @Test(arguments: [
        ("tháng 1.2024", "2024-01"), ("tháng 1/2024", "2024-01"), ("tháng 01/2023", "2023-01"), ("tháng 12", "2024-12"),
        ("tháng 3 năm 2022", "2022-03"), ("tháng Giêng", "2024-01"), ("tháng Mười Hai", "2024-12"),
        ("tháng đầu tiên của năm 2024", "2024-01"), ("trong tháng đầu năm", "2024-01"),
        ("quý I/2022", "2022-Q1"), ("quý 3 năm 2023", "2023-Q3"), ("quý IV", "2024-Q4"),
        ("6 tháng đầu năm", "2024-01..2024-06"), ("7 tháng năm 2017", "2017-01..2017-07"), ("lũy kế 9 tháng", "2024-01..2024-09"),
        ("sáu tháng đầu năm 2023", "2023-01..2023-06"), ("nửa đầu năm 2023", "2023-01..2023-06"),
        ("6 tháng cuối năm 2023", "2023-07..2023-12"), ("sáu tháng cuối năm", "2024-07..2024-12"),
        ("kỳ 1 tháng 5", "2024-05-H1"), ("kỳ 2 tháng 5/2023", "2023-05-H2"), ("nửa đầu tháng 5", "2024-05-H1"),
        ("nửa cuối tháng 8", "2024-08-H2"), ("15 ngày đầu tháng 9", "2024-09-H1"), ("từ ngày 1 đến ngày 15/5", "2024-05-H1"),
        ("từ đầu năm đến 15/9", "2024-01..2024-09-H1"), ("từ đầu năm đến hết tháng 5/2016", "2016-01..2016-05"),
        ("tính đến hết ngày 15-5-2016", "2016-01..2016-05-H1"), ("tính đến giữa tháng 12", "2024-01..2024-12-H1"),
        ("cả năm 2023", "2023"), ("năm 2022", "2022"), ("từ đầu năm", "to date"),
        ("January 2024", "2024-01"), ("in March", "2024-03"), ("Jan. 2023", "2023-01"), ("the first quarter of 2022", "2022-Q1"),
        ("Q3 2023", "2023-Q3"), ("the first seven months of 2019", "2019-01..2019-07"), ("first half of 2023", "2023-01..2023-06"),
        ("January-July", "2024-01..2024-07"), ("January–June 2019", "2019-01..2019-06"), ("first half of May", "2024-05-H1"),
        ("May 16-31", "2024-05-H2"), ("from June 16 to 30", "2024-06-H2"), ("the first 15 days of September", "2024-09-H1"),
        ("year to date through August", "2024-01..2024-08"), ("as of mid-December", "2024-01..2024-12-H1"),
        ("in 2022", "2022"), ("year-to-date", "to date"),
        // Spellings and phrasings of real bulletins.
        ("quí I/2015", "2015-Q1"), ("quý 1/2015", "2015-Q1"), ("kì 2 tháng 5", "2024-05-H2"), ("15 ngày cuối tháng 8", "2024-08-H2"),
        ("tính hết tháng 5", "2024-01..2024-05"), ("hết tháng 5/2018", "2018-01..2018-05"), ("tính đến cuối tháng 5", "2024-01..2024-05"),
        ("tính đến trung tuần tháng 11", "2024-01..2024-11-H1"), ("trong mười tháng", "2024-01..2024-10"),
        ("between January and June", "2024-01..2024-06"), ("May and June", "2024-05..2024-06"), ("tháng 5 và tháng 6", "2024-05..2024-06"),
        ("the five months ending in May", "2024-01..2024-05"), ("the five months ending last May", "2024-01..2024-05"),
        ("over the course of five months", "2024-01..2024-05"), ("seven months and a half", "2024-01..2024-08-H1"),
        ("the first month of 2021", "2021-01"), ("H1-19", "2019-01..2019-06"),
        // Spans that start after January (as `export summary` writes them, and the press).
        ("từ tháng 3/2024 đến tháng 5/2024", "2024-03..2024-05"), ("từ tháng 3 đến tháng 5/2023", "2023-03..2023-05"),
        ("từ tháng 11/2023 đến tháng 2/2024", "2023-11..2024-02"), ("March 2024 to May 2024", "2024-03..2024-05"),
        ("from March to May 2023", "2023-03..2023-05"), ("between March and May", "2024-03..2024-05"),
        ("March-May 2023", "2023-03..2023-05"), ("the three months to May", "2024-03..2024-05"),
        ("the five months to May 2023", "2023-01..2023-05"), ("November 2023 to February 2024", "2023-11..2024-02"),
    ])
    func readsThePeriod(text: String, expected: String) {
        #expect(period(text) == expected, "\(text)")
    }

    @Test(arguments: [
        "tháng trước", "các mặt hàng", "3 tháng liên tiếp", "May 15", "may increase", "Cả năm nhóm hàng", "tháng 13",
        "five months", "là tháng đầu tiên của năm",
    ])
    func findsNoPeriodIn(text: String) {
        #expect(period(text) == nil, "\(text)")
    }
}
