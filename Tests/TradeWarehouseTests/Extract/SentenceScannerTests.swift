import Testing
@testable import TradeWarehouse

/// What `SentenceScanner` finds in one sentence, on sentences written for these tests: amounts with
/// their scale, qualifier and role, percentages, flow words, and which reading wins when two could.
@Suite struct SentenceScannerTests {
    static let reference = try! ReferenceData.builtIn()

    /// The mentions of `text`, read as one sentence in `language`, and its tokens.
    func scan(_ text: String, _ language: Language) -> (found: SentenceMentions, tokens: ArraySlice<Token>) {
        let tokens = ArraySlice(Tokenizer.tokens(of: PlainText.normalize(text)))
        let scanner = SentenceScanner(tokens: tokens, language: language, partners: .partners(Self.reference.partnerNames),
                                      commodities: .commodities(Self.reference.commodityNames, language: language))
        return (scanner.scan(), tokens)
    }

    /// Each amount as `words = value qualifier role`, with `noise` after an amount that is no figure.
    func amounts(_ text: String, _ language: Language) -> [String] {
        let (found, tokens) = scan(text, language)
        return found.money.enumerated().map { index, money in
            let role = switch money.role {
            case .fact: "fact"
            case .comparison: "comparison"
            case .delta(let sign): sign > 0 ? "rise" : "fall"
            }
            let noise = found.noisyAmounts.contains(index) ? " noise" : ""
            return "\(tokens.text(money.range)) = \(money.value) \(money.qualifier.rawValue) \(role)\(noise)"
        }
    }

    /// Each percentage as `words = value`, then `mom` (on the period before), `leads` (describes the
    /// figure after it) and `quantity` (a change in quantity) where they hold.
    func percents(_ text: String, _ language: Language) -> [String] {
        let (found, tokens) = scan(text, language)
        return found.percents.map { percent in
            var line = "\(tokens.text(percent.range)) = \(percent.value)"
            if percent.monthOnMonth { line += " mom" }
            if percent.describesFollowingFigure { line += " leads" }
            if percent.ofQuantity { line += " quantity" }
            return line
        }
    }

    /// Each flow word as `words = flow`, with the partner that is its buyer.
    func flows(_ text: String, _ language: Language) -> [String] {
        let (found, tokens) = scan(text, language)
        return found.flows.map { flow in
            "\(tokens.text(flow.index..<flow.index + flow.length)) = \(flow.word)" + (flow.subjectPartner.map { " buyer \($0)" } ?? "")
        }
    }

    // MARK: Amounts and scales

    @Test func scalesMultiplyTheNumberAsTheLanguageWritesIt() {
        #expect(amounts("Xuất khẩu đạt 34,5 tỷ USD.", .vi) == ["34,5 tỷ USD = 34500000000 exact fact"])
        #expect(amounts("Nhập khẩu đạt 688 triệu USD.", .vi) == ["688 triệu USD = 688000000 exact fact"])
        #expect(amounts("Exports reached 34.5 billion USD.", .en) == ["34.5 billion USD = 34500000000 exact fact"])
        #expect(amounts("Imports reached US$1,234.5 million.", .en) == ["US$1,234.5 million = 1234500000 exact fact"])
        #expect(amounts("Exports were worth $2.25 trillion.", .en) == ["$2.25 trillion = 2250000000000 exact fact"])
    }

    @Test func aFractionOfADollarRoundsHalfUp() {
        #expect(amounts("Exports reached US$1.2345675 million.", .en) == ["US$1.2345675 million = 1234568 exact fact"])
    }

    @Test func aShortScaleLetterCountsOnlyAfterADollarSign() {
        #expect(amounts("Exports reached $3.2b.", .en) == ["$3.2b = 3200000000 exact fact"])
        #expect(amounts("Exports reached $450m.", .en) == ["$450m = 450000000 exact fact"])
        // Without "$" before it, "b" is no scale, and a number with neither scale nor currency is no amount.
        #expect(amounts("Exports reached 3.2 b in the month.", .en) == [])
    }

    @Test func anAmountNeedsItsCurrency() {
        #expect(amounts("Xuất khẩu đạt 34,5 tỷ.", .vi) == [])
        #expect(amounts("Xuất khẩu đạt 34,5 tỷ đồng.", .vi) == [])
        #expect(amounts("Exports reached 12 billion yen.", .en) == [])
    }

    @Test func anotherCurrencysAmountIsSkippedWholeNotReadAsAPercentOrQuantity() {
        let (found, _) = scan("Thu 5 tỷ đồng, tăng 3%.", .vi)
        #expect(found.money.isEmpty)
        #expect(found.quantities.isEmpty)
        #expect(percents("Thu 5 tỷ đồng, tăng 3%.", .vi) == ["3% = 3.0"])
    }

    @Test func aRangeIsStoredAsItsLowerBoundAndIsOver() {
        #expect(amounts("Exports reached US$3.2-3.3 billion.", .en) == ["US$3.2-3.3 billion = 3200000000 over fact"])
        #expect(amounts("Xuất khẩu đạt 3,2–3,3 tỷ USD.", .vi) == ["3,2–3,3 tỷ USD = 3200000000 over fact"])
    }

    @Test func anAmountPastTheLargestWholeNumberIsNoAmount() {
        #expect(amounts("Xuất khẩu đạt 5 tỷ tỷ tỷ USD.", .vi) == [])
    }

    // MARK: Qualifiers

    @Test func theWordBeforeAnAmountQualifiesIt() {
        #expect(amounts("Xuất khẩu đạt hơn 5 tỷ USD.", .vi) == ["5 tỷ USD = 5000000000 over fact"])
        #expect(amounts("Xuất khẩu đạt gần 5 tỷ USD.", .vi) == ["5 tỷ USD = 5000000000 approx fact"])
        #expect(amounts("Xuất khẩu đạt dưới 5 tỷ USD.", .vi) == ["5 tỷ USD = 5000000000 under fact"])
        #expect(amounts("Exports reached more than $5 billion.", .en) == ["$5 billion = 5000000000 over fact"])
        #expect(amounts("Exports reached roughly $5 billion.", .en) == ["$5 billion = 5000000000 approx fact"])
        #expect(amounts("Exports reached less than $5 billion.", .en) == ["$5 billion = 5000000000 under fact"])
    }

    // MARK: Roles

    @Test func aChangeWordMakesTheAmountAChangeWithItsSign() {
        #expect(amounts("Xuất khẩu tăng 3,9 tỷ USD.", .vi) == ["3,9 tỷ USD = 3900000000 exact rise"])
        #expect(amounts("Nhập khẩu giảm 1,2 tỷ USD.", .vi) == ["1,2 tỷ USD = 1200000000 exact fall"])
        #expect(amounts("Imports fell $1.2 billion.", .en) == ["$1.2 billion = 1200000000 exact fall"])
    }

    @Test func aChangeTargetBeforeTheAmountOutranksTheChangeWord() {
        // "tăng lên", "rose to": the amount is the new level, though a change word stands before it.
        #expect(amounts("Xuất khẩu tăng lên 36 tỷ USD.", .vi) == ["36 tỷ USD = 36000000000 exact fact"])
        #expect(amounts("Imports fell to $30 billion.", .en) == ["$30 billion = 30000000000 exact fact"])
    }

    @Test func aComparisonOutranksEveryOtherRole() {
        #expect(amounts("Xuất khẩu đạt 36 tỷ USD so với mức 31,4 tỷ USD.", .vi)
            == ["36 tỷ USD = 36000000000 exact fact", "31,4 tỷ USD = 31400000000 exact comparison"])
        #expect(amounts("Exports rose to $36 billion from $31.4 billion.", .en)
            == ["$36 billion = 36000000000 exact fact", "$31.4 billion = 31400000000 exact comparison"])
    }

    @Test func aComparativeAfterTheAmountMakesItAChange() {
        #expect(amounts("Exports were $2.3 billion higher than imports.", .en) == ["$2.3 billion = 2300000000 exact rise"])
        #expect(amounts("Nhập khẩu 3 tỷ USD thấp hơn xuất khẩu.", .vi) == ["3 tỷ USD = 3000000000 exact fall"])
    }

    @Test func aPlanOrAnAverageIsNoise() {
        #expect(amounts("Mục tiêu xuất khẩu năm nay là 400 tỷ USD.", .vi) == ["400 tỷ USD = 400000000000 exact fact noise"])
        #expect(amounts("Exports averaged $30 billion per month.", .en) == ["$30 billion = 30000000000 exact fact noise"])
        #expect(amounts("Nhập khẩu vượt mốc 300 tỷ USD, đạt 312,4 tỷ USD.", .vi)
            == ["300 tỷ USD = 300000000000 exact fact noise", "312,4 tỷ USD = 312400000000 exact fact"])
    }

    @Test func theFirstFigureIsTheFirstFactThatIsNotNoise() {
        let (found, tokens) = scan("Nhập khẩu vượt mốc 300 tỷ USD, đạt 312,4 tỷ USD.", .vi)
        #expect(found.firstFigureStart.map { tokens[$0].text } == "312,4")
        #expect(scan("Xuất khẩu tăng 3,9 tỷ USD.", .vi).found.firstFigureStart == nil)
    }

    // MARK: Percentages

    @Test func aPercentTakesItsSignFromTheChangeWord() {
        #expect(percents("Xuất khẩu tăng 9,7%.", .vi) == ["9,7% = 9.7"])
        #expect(percents("Nhập khẩu giảm gần 2,1%.", .vi) == ["2,1% = -2.1"])
        #expect(percents("Exports were up 4.5 percent.", .en) == ["4.5 percent = 4.5"])
        #expect(percents("Imports were 3% lower.", .en) == ["3% = -3.0"])
        // A percentage with no direction is a share, not a change.
        #expect(percents("Điện thoại chiếm 15% kim ngạch.", .vi) == [])
    }

    @Test func aPercentJoinedToAnotherTakesItsDirection() {
        #expect(percents("Exports fell 5.7% month-on-month and 15.8% year-on-year.", .en)
            == ["5.7% = -5.7 mom", "15.8% = -15.8"])
    }

    @Test func theComparedPeriodDecidesMonthOnMonth() {
        #expect(percents("Xuất khẩu tăng 5% so với tháng trước.", .vi) == ["5% = 5.0 mom"])
        #expect(percents("Xuất khẩu tăng 5% so với cùng kỳ.", .vi) == ["5% = 5.0"])
    }

    @Test func aPercentBeforeTheFigureItLeadsInto() {
        #expect(percents("Exports rose 9.7% to $34.5 billion.", .en) == ["9.7% = 9.7 leads"])
        #expect(percents("Xuất khẩu tăng 12% về lượng.", .vi) == ["12% = 12.0 quantity"])
    }

    // MARK: Flows

    @Test func flowWordsAsBothLanguagesWriteThem() {
        #expect(flows("Xuất khẩu đạt 5 tỷ USD, nhập khẩu đạt 4 tỷ USD.", .vi) == ["Xuất khẩu = export", "nhập khẩu = import"])
        #expect(flows("Cả nước xuất siêu 1 tỷ USD.", .vi) == ["xuất siêu = surplus"])
        #expect(flows("Cả nước nhập siêu 1 tỷ USD.", .vi) == ["nhập siêu = deficit"])
    }

    @Test func aPartnersImportsFromVietnamAreVietnamsExports() {
        #expect(flows("Trung Quốc nhập khẩu 38,9 tỷ USD hàng hóa từ Việt Nam.", .vi) == ["nhập khẩu = export buyer CN"])
    }

    @Test func aFlowAfterAShareIsWhatTheShareIsOfNotAFlowMention() {
        #expect(flows("Điện thoại đạt 5 tỷ USD, chiếm 15% kim ngạch xuất khẩu.", .vi) == [])
        #expect(flows("Phones reached $5 billion, or 15% of total exports.", .en) == [])
        // The example of `isShareReference`'s own comment: "tổng kim ngạch" (a turnover phrase) is passed
        // over as the share's, but the "xuất khẩu" after it is then read as a flow word of its own.
        withKnownIssue("only the first flow phrase after a share is passed over") {
            #expect(flows("Điện thoại đạt 5 tỷ USD, chiếm 15% tổng kim ngạch xuất khẩu.", .vi) == [])
        }
    }

    // MARK: What wins at one word

    @Test func anAmountOutranksAQuantityAndAPeriodOutranksANumber() {
        let (found, _) = scan("Tháng 5/2024, xuất khẩu gạo đạt 800 nghìn tấn, trị giá 480 triệu USD.", .vi)
        #expect(found.money.map(\.value) == [480_000_000])
        #expect(found.quantities.map(\.value) == [800_000])
        #expect(found.periods.map { $0.mention.period(contextYear: 2000)?.code } == ["2024-05"])
    }

    @Test func aContrastOrASemicolonBreaksTheClause() {
        let (found, tokens) = scan("Xuất khẩu đạt 5 tỷ USD; trong khi đó nhập khẩu đạt 4 tỷ USD.", .vi)
        #expect(found.clauseBreaks.map { tokens[$0].text } == [";", "trong"])
    }

    @Test func partnersAndCommoditiesAreFoundByTheirNames() {
        let (found, tokens) = scan("Xuất khẩu điện thoại sang Hoa Kỳ đạt 2 tỷ USD.", .vi)
        #expect(found.partners.map { "\(tokens.text($0.range)) = \($0.code)" } == ["Hoa Kỳ = US"])
        #expect(found.commodities.map { "\($0.name) = \($0.code)" } == ["điện thoại = PHONES"])
    }
}
