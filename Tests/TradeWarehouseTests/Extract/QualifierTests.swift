import Testing
@testable import TradeWarehouse

/// Qualifiers written before an amount, in both languages.
@Suite struct QualifierTests {
    static let extractor = BulletinExtractor(reference: try! ReferenceData.builtIn())

    @Test(arguments: [
        ("hơn", Qualifier.over), ("trên", .over), ("gần", .approx), ("xấp xỉ", .approx), ("khoảng", .approx),
        ("dưới", .under), ("", .exact),
    ])
    func vietnamese(word: String, expected: Qualifier) {
        let facts = Self.extractor.extract("Xuất khẩu tháng 3/2024 đạt \(word) 30,5 tỷ USD.").facts
        #expect(facts.map(\.qualifier) == [expected])
        #expect(facts.map(\.valueUSD) == [30_500_000_000])
    }

    @Test(arguments: [
        ("more than", Qualifier.over), ("over", .over), ("nearly", .approx), ("about", .approx), ("almost", .approx),
        ("roughly", .approx), ("around", .approx), ("less than", .under), ("under", .under),
    ])
    func english(words: String, expected: Qualifier) {
        let facts = Self.extractor.extract("Exports in March 2024 were \(words) $30.5 billion.").facts
        #expect(facts.map(\.qualifier) == [expected])
        #expect(facts.map(\.valueUSD) == [30_500_000_000])
    }

    @Test(arguments: ["ước đạt", "ước tính đạt", "ước"])
    func estimatesAreMarked(words: String) {
        #expect(Self.extractor.extract("Xuất khẩu tháng 3/2024 \(words) 30,5 tỷ USD.").facts.map(\.estimated) == [true])
    }
}
