extension FactAssembler {
    /// "footwear and textiles brought in $2.1 billion and $3.3 billion", "dệt may và da giày đạt 3 tỷ USD và
    /// 2 tỷ USD": two commodities joined by "and" before two amounts joined by "and", in one clause with no
    /// other commodity between, are paired in order, as if "respectively" were written. The commodity of
    /// the amount starting at `start`, if it is one of such a pair.
    func pairedCommodity(for start: Int) -> CommodityMention? {
        let facts = mentions.money.filter { $0.role == .fact }
        guard let position = facts.firstIndex(where: { $0.range.lowerBound == start }) else { return nil }
        let joined = { (index: Int) -> Bool in
            guard index >= 0, index + 1 < facts.count else { return false }
            return isConjunction(tokens[facts[index].range.upperBound..<facts[index + 1].range.lowerBound])
        }
        guard let first = [position - 1, position].first(where: joined) else { return nil }
        let firstAmount = facts[first].range.lowerBound
        let clause = clauseStart(before: firstAmount)
        let named = mentions.commodities.filter { $0.range.lowerBound >= clause && $0.range.upperBound <= firstAmount }
        guard named.count == 2 else { return nil }
        guard isConjunction(tokens[named[0].range.upperBound..<named[1].range.lowerBound]) else { return nil }
        return named[position - first]
    }

    /// Whether `words` are just "and" / "và".
    private func isConjunction(_ words: ArraySlice<Token>) -> Bool {
        words.count == 1 && words.first.map { ExtractionVocabulary.conjunctions.contains($0.key) } == true
    }
}
