/// Which way a flow word runs: a partner's imports from Vietnam are Vietnam's exports.
extension SentenceScanner {
    /// "nhập khẩu 38,9 tỉ USD hàng hóa từ Việt Nam": a partner's imports from Vietnam are Vietnam's
    /// exports, and its exports to Vietnam are Vietnam's imports.
    /// A market that imports "of Vietnam" ("thị trường nhập khẩu cà phê lớn nhất của Việt Nam", "the largest import
    /// market of Vietnam") buys Vietnam's goods; one that imports "of this group" sells to Vietnam.
    func seenFromPartner(_ word: FlowWord, at start: Int, length: Int) -> FlowWord {
        guard word == .import || word == .export, !Self.sellerWords.matches(tokens, at: start) else { return word }
        var preposition = word == .import ? ExtractionVocabulary.sourcePrepositions : ExtractionVocabulary.destinationPrepositions
        if word == .import, Self.importingMarkets.matches(tokens, at: start) { preposition.formUnion(ExtractionVocabulary.marketOwnerWords) }
        for position in (start + length)..<min(start + length + 12, tokens.endIndex) {
            if [",", ";", "."].contains(tokens[position].text) { break }
            guard preposition.contains(tokens[position].key) else { continue }
            if Self.reporter.matches(tokens, at: position + 1) { return word == .import ? .export : .import }
        }
        return word
    }

    /// "Mỹ đã tăng nhập khẩu": a partner that is the subject of "imports" buys Vietnam's exports.
    /// Returns that partner when only auxiliary words stand between it and the flow word, past an
    /// appositive ("The US, the largest import market of Vietnam, bought ...").
    func subjectPartner(for word: FlowWord, at index: Int, found: SentenceMentions) -> String? {
        // "Thailand supplied ...", "the largest supplier of Vietnam": the partner of a word for selling to Vietnam
        // is the seller.
        if Self.sellerWords.matches(tokens, at: index) { return nil }
        // "The United States remained a key market for these goods, importing $3 billion": the partner that
        // opens the sentence is the subject of "importing" after a comma.
        if word == .import, ExtractionVocabulary.importParticiples.contains(tokens[index].key), index > tokens.startIndex,
           tokens[index - 1].text == ",", let first = found.partners.first,
           tokens[tokens.startIndex..<first.range.lowerBound].allSatisfy({ ExtractionVocabulary.articles.contains($0.key) }) {
            return first.code
        }
        // "Nga đã chi gần 140 triệu USD để mua cà phê": the partner that spends on buying is the buyer.
        if word == .import, let spend = (max(tokens.startIndex, index - 10)..<index).last(where: {
            ExtractionVocabulary.spendingVerbs.contains(tokens[$0].key) }),
           let spender = found.partners.last(where: { $0.range.upperBound <= spend }), spend - spender.range.upperBound <= 3,
           tokens[spender.range.upperBound..<spend].allSatisfy({ ExtractionVocabulary.subjectGlue.contains($0.key) }) {
            return spender.code
        }
        guard word == .import, let last = found.partners.last, last.range.upperBound <= index,
              !ExtractionVocabulary.partnerAdjectives.contains(text(last.range))
        else { return nil }
        let verb = afterAppositive(from: last.range.upperBound, before: index)
        guard index - verb <= 3, tokens[verb..<index].allSatisfy({ ExtractionVocabulary.subjectGlue.contains($0.key) }) else { return nil }
        let following = tokens[(index + 1)..<min(index + 3, tokens.endIndex)]
        return following.contains { ExtractionVocabulary.fromWords.contains($0.key) } ? nil : last.code
    }

    /// "China, Vietnam's biggest supplier, sold goods worth $33.5 billion": a partner that is the subject of a verb
    /// of selling sells to Vietnam.
    func sellsToVietnam(_ word: FlowWord, at index: Int, found: SentenceMentions) -> Bool {
        guard word == .export, Self.sellingVerbs.matches(tokens, at: index), let last = found.partners.last,
              last.range.upperBound <= index, !ExtractionVocabulary.partnerAdjectives.contains(text(last.range)) else { return false }
        let verb = afterAppositive(from: last.range.upperBound, before: index)
        return index - verb <= 3 && tokens[verb..<index].allSatisfy { ExtractionVocabulary.subjectGlue.contains($0.key) }
    }

    /// "The US, the largest import market of Vietnam, bought": where the words after a partner resume past an
    /// appositive between commas (of at most twelve words, with no amount) or a relative pronoun ("Japan, which
    /// bought"); `start` when there is none.
    func afterAppositive(from start: Int, before end: Int) -> Int {
        if start + 1 < end, tokens[start].text == ",", ExtractionVocabulary.relativePronouns.contains(tokens[start + 1].key) {
            return start + 2
        }
        guard start < end, tokens[start].text == ",",
              let close = (start + 1..<min(end, start + 13)).first(where: { tokens[$0].text == "," }),
              !tokens[start..<close].contains(where: { [".", ";", ":", "("].contains($0.text) || $0.kind == .number })
        else { return start }
        return close + 1
    }

    static let importingMarkets = PhraseTable(ExtractionVocabulary.importingMarkets, value: true)
    static let sellerWords = PhraseTable(ExtractionVocabulary.sellerWords, value: true)
    static let sellingVerbs = PhraseTable(ExtractionVocabulary.sellingVerbs, value: true)
}
