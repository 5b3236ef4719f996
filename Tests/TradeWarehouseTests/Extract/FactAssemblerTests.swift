import Testing
@testable import TradeWarehouse

/// What `FactAssembler` makes of each sentence's mentions, sentence by sentence with the context the
/// ones before it leave, on texts written for these tests. Where two of its ordered rules could place a
/// figure, the sentence is written so that they disagree, and the test names the one that must win.
@Suite struct FactAssemblerTests {
    static let reference = try! ReferenceData.builtIn()

    /// The facts and warnings of every sentence of `text`, assembled in order from one context whose
    /// year, until the text states one, is `year`.
    func assembled(_ text: String, _ language: Language, year: Int = 2024) -> (facts: [ExtractedFact], warnings: [String]) {
        let normalized = PlainText.normalize(text)
        let scalars = Array(normalized.unicodeScalars)
        var context = DocumentContext(fallbackYear: year)
        var facts: [ExtractedFact] = [], warnings: [String] = []
        for sentence in SentenceSplitter.split(Tokenizer.tokens(of: normalized)) {
            let mentions = SentenceScanner(tokens: sentence.tokens, language: language, partners: .partners(Self.reference.partnerNames),
                                           commodities: .commodities(Self.reference.commodityNames, language: language)).scan()
            var assembler = FactAssembler(sentence: sentence, mentions: mentions, scalars: scalars)
            let found = assembler.assemble(context: &context)
            facts += found.facts
            warnings += found.warnings.map(\.message)
        }
        return (facts, warnings)
    }

    /// Each fact as `flow period partner commodity sector value`, then `estimated`, `yoy=`, `mom=`,
    /// `delta=` and the qualifier where set.
    func facts(_ text: String, _ language: Language, year: Int = 2024) -> [String] {
        assembled(text, language, year: year).facts.map { fact in
            var line = "\(fact.flow.rawValue) \(fact.period.code) \(fact.partner) \(fact.commodity) \(fact.sector.rawValue) \(fact.valueUSD)"
            if fact.qualifier != .exact { line += " \(fact.qualifier.rawValue)" }
            if fact.estimated { line += " estimated" }
            if let yoy = fact.yoyPct { line += " yoy=\(yoy)" }
            if let mom = fact.momPct { line += " mom=\(mom)" }
            if let delta = fact.deltaUSD { line += " delta=\(delta)" }
            return line
        }
    }

    // MARK: Flow, by its rules in order

    @Test func aBalanceWordRightAfterTheAmountOutranksTheFlowWordBeforeIt() {
        #expect(facts("In January 2024, imports reached 31 billion USD, leaving a 1.2 billion USD trade deficit.", .en) == [
            "import 2024-01 WORLD TOTAL ALL 31000000000",
            "balance 2024-01 WORLD TOTAL ALL -1200000000",
        ])
    }

    @Test func theFlowWordBeforeTheAmountOutranksOneAfterIt() {
        #expect(facts("In January 2024, exports reached 30 billion USD and imports 28 billion USD.", .en) == [
            "export 2024-01 WORLD TOTAL ALL 30000000000",
            "import 2024-01 WORLD TOTAL ALL 28000000000",
        ])
    }

    @Test func withNoFlowWordBeforeItTheOneAfterItInItsClauseCounts() {
        #expect(facts("Tháng 1/2024, 30 tỷ USD là kim ngạch xuất khẩu.", .vi) == ["export 2024-01 WORLD TOTAL ALL 30000000000"])
    }

    @Test func aSentenceWithNoFlowWordCarriesThePreviousSentencesFlow() {
        #expect(facts("Tháng 1/2024, nhập khẩu đạt 31 tỷ USD. Trong đó, từ Trung Quốc đạt 11 tỷ USD.", .vi) == [
            "import 2024-01 WORLD TOTAL ALL 31000000000",
            "import 2024-01 CN TOTAL ALL 11000000000",
        ])
    }

    @Test func aCommoditysFigureCarriesAnExportNotABalance() {
        #expect(facts("Tháng 1/2024, cả nước xuất siêu 3 tỷ USD. Điện thoại đạt 5 tỷ USD.", .vi) == [
            "balance 2024-01 WORLD TOTAL ALL 3000000000",
            "export 2024-01 WORLD PHONES ALL 5000000000",
        ])
    }

    @Test func aRespectivelyListPairsFlowsAndAmountsInOrder() {
        #expect(facts("Tháng 1/2024, xuất khẩu và nhập khẩu lần lượt đạt 30 tỷ USD và 28 tỷ USD.", .vi) == [
            "export 2024-01 WORLD TOTAL ALL 30000000000",
            "import 2024-01 WORLD TOTAL ALL 28000000000",
        ])
    }

    @Test func anAmountWithNoFlowAnywhereIsAWarningNotAFact() {
        let result = assembled("Tháng 1/2024, con số này là 30 tỷ USD.", .vi)
        #expect(result.facts.isEmpty)
        #expect(result.warnings == ["an amount with no export/import/balance word"])
    }

    @Test func aDeficitIsStoredNegative() {
        #expect(facts("Tháng 1/2024, cả nước nhập siêu 1,5 tỷ USD.", .vi) == ["balance 2024-01 WORLD TOTAL ALL -1500000000"])
    }

    // MARK: Partner, by its rules in order

    @Test func aPartnerNamedEarlierInTheClauseHoldsForTheNextAmount() {
        #expect(facts("Tháng 1/2024, xuất khẩu sang Hoa Kỳ đạt 9 tỷ USD, nhập khẩu đạt 1,2 tỷ USD.", .vi) == [
            "export 2024-01 US TOTAL ALL 9000000000",
            "import 2024-01 US TOTAL ALL 1200000000",
        ])
    }

    @Test func nationalWordsAfterThePartnerOutrankIt() {
        #expect(facts("Tháng 1/2024, xuất khẩu sang Hoa Kỳ đạt 9 tỷ USD, tổng kim ngạch nhập khẩu đạt 31 tỷ USD.", .vi) == [
            "export 2024-01 US TOTAL ALL 9000000000",
            "import 2024-01 WORLD TOTAL ALL 31000000000",
        ])
    }

    @Test func withTheCountryAsSubjectThePartnerAfterTheAmountOutranksNationalWords() {
        #expect(facts("Tháng 1/2024, cả nước đã chi 19 tỷ USD nhập khẩu hàng hóa từ Trung Quốc.", .vi)
            == ["import 2024-01 CN TOTAL ALL 19000000000"])
    }

    @Test func aPartnerRightAfterTheAmountCountsWhenNoneStandsBefore() {
        #expect(facts("In January 2024, Vietnam posted a trade deficit of 1.2 billion USD with South Korea.", .en)
            == ["balance 2024-01 KR TOTAL ALL -1200000000"])
    }

    @Test func withNoPartnerNamedTheFigureIsTheWorlds() {
        #expect(facts("Tháng 1/2024, xuất khẩu đạt 30 tỷ USD.", .vi) == ["export 2024-01 WORLD TOTAL ALL 30000000000"])
    }

    // MARK: Commodity, by its rules in order

    @Test func eachAmountTakesTheCommodityNamedSinceThePreviousOne() {
        #expect(facts("Tháng 1/2024, xuất khẩu điện thoại đạt 5 tỷ USD, gạo đạt 400 triệu USD.", .vi) == [
            "export 2024-01 WORLD PHONES ALL 5000000000",
            "export 2024-01 WORLD RICE ALL 400000000",
        ])
    }

    @Test func aCommodityRightAfterTheAmountCountsWhenNoneStandsBefore() {
        #expect(facts("Tháng 1/2024, nhập khẩu 2,35 tỷ USD gỗ và sản phẩm gỗ.", .vi) == ["import 2024-01 WORLD WOOD ALL 2350000000"])
    }

    // MARK: Sector

    @Test func aSectorNamedInTheClauseOrRightAfterTheAmount() {
        #expect(facts("Tháng 1/2024, khu vực có vốn đầu tư nước ngoài xuất khẩu 25 tỷ USD.", .vi)
            == ["export 2024-01 WORLD TOTAL FDI 25000000000"])
        #expect(facts("In January 2024, exports were 10 billion USD made by the domestic sector and 25 billion USD made by the FDI sector.", .en) == [
            "export 2024-01 WORLD TOTAL DOMESTIC 10000000000",
            "export 2024-01 WORLD TOTAL FDI 25000000000",
        ])
    }

    // MARK: What a figure carries

    @Test func theChangesAfterAFigureAreItsOwn() {
        #expect(facts("Tháng 1/2024, xuất khẩu đạt 36 tỷ USD, tăng 9,7%, tương ứng tăng 3,2 tỷ USD.", .vi)
            == ["export 2024-01 WORLD TOTAL ALL 36000000000 yoy=9.7 delta=3200000000"])
        #expect(facts("Tháng 2/2024, nhập khẩu đạt 25 tỷ USD, giảm 8% so với tháng trước.", .vi)
            == ["import 2024-02 WORLD TOTAL ALL 25000000000 mom=-8.0"])
    }

    @Test func aQualifierAndAnEstimateStayWithTheirFigure() {
        #expect(facts("Tháng 1/2024, xuất khẩu ước đạt gần 36 tỷ USD.", .vi) == ["export 2024-01 WORLD TOTAL ALL 36000000000 approx estimated"])
    }

    @Test func aMonthWithoutAYearTakesTheYearInForce() {
        #expect(facts("Tháng 3, nhập khẩu đạt 28 tỷ USD.", .vi, year: 2023) == ["import 2023-03 WORLD TOTAL ALL 28000000000"])
    }

    @Test func aFigureOfComparisonIsAFigureOfThePeriodItIsComparedWith() {
        #expect(facts("Xuất khẩu tháng 1/2024 đạt 36 tỷ USD, so với mức 31,4 tỷ USD cùng kỳ năm trước.", .vi) == [
            "export 2024-01 WORLD TOTAL ALL 36000000000",
            "export 2023-01 WORLD TOTAL ALL 31400000000",
        ])
        // A figure compared with, of no period that can be told, is passed over without a warning.
        let untold = assembled("Xuất khẩu tháng 1/2024 đạt 36 tỷ USD, so với mức 31,4 tỷ USD.", .vi)
        #expect(untold.facts.map(\.valueUSD) == [36_000_000_000])
        #expect(untold.warnings.isEmpty)
    }

    @Test func aChangeAmountIsNoFigureOfItsOwn() {
        #expect(facts("Tháng 1/2024, xuất khẩu tăng 3,2 tỷ USD.", .vi) == [])
    }
}
