/// Which flow an amount is of.
extension FactAssembler {
    /// The flow of `money`, by these rules in this order:
    /// 1. a balance word right after the amount ("an 11.8 billion USD trade deficit");
    /// 2. the last flow word before it in the sentence;
    /// 3. the first flow word after it in its clause;
    /// 4. for a commodity's figure at the head of a paragraph, the flow of the bulletin's first figure (weak);
    /// 5. the flow of the previous sentence (weak); a commodity's figure is then an export or an import.
    /// Then two corrections: a bare "turnover" after an export or import word of its clause is that flow's
    /// value; a commodity's figure is an export or an import unless a turnover or balance word heads its clause.
    func flow(for money: MoneyMention, clause: Int, hasCommodity: Bool, context: DocumentContext) -> FlowWord? {
        let start = money.range.lowerBound
        let before = mentions.flows.last { $0.index < start }
        let balanceAfter = mentions.flows.first { $0.index == money.range.upperBound && [.surplus, .deficit].contains($0.word) }
        let after = mentions.flows.first { $0.index > start && $0.index < clauseEnd(after: start) }
        var word: FlowWord
        if let listed = flowRespectively(for: money) {
            word = log.note(.flow, "the matching flow of a \"respectively\" list", listed)
        } else if let spent = spentOn(money) {
            word = log.note(.flow, "what the amount was spent on", words: words(of: spent), spent.word)
        } else if let balanceAfter {
            word = log.note(.flow, "balance word right after the figure", words: words(of: balanceAfter), balanceAfter.word)
        } else if let before {
            word = log.note(.flow, "flow word before the figure", words: words(of: before), before.word)
        } else if let after {
            word = log.note(.flow, "flow word after the figure in its clause", words: words(of: after), after.word)
        } else if hasCommodity, context.focusIsStale, let topic = context.topicFlow {
            word = log.note(.flow, "a commodity's figure opening a paragraph: the flow of the bulletin's first figure", weak: true, topic)
        } else if let carried = carriedFlow(context.flow, forCommodity: hasCommodity) {
            word = log.note(.flow, "carried from an earlier sentence", weak: true, carried)
        } else {
            return nil
        }
        if word == .turnover, let before, Self.genericTurnover.matches(tokens, at: before.index),
           let named = mentions.flows.last(where: { $0.index >= clause && $0.index < before.index && [.export, .import].contains($0.word) }) {
            word = log.note(.flow, "the export or import word before a bare \"turnover\"", words: words(of: named), named.word)
        }
        if hasCommodity, balanceAfter == nil, [.turnover, .balance].contains(word.flow),
           before.map({ $0.index < clause }) ?? true, let carried = carriedFlow(context.flow, forCommodity: true) {
            word = log.note(.flow, "a commodity's figure: the export or import in force", weak: true, carried)
        }
        if word.flow == .export, let source = before ?? after, sellsToTheReporter(source) {
            // "US exports to Vietnam increased ... to 1.43 billion USD": the partner's exports are Vietnam's imports.
            word = log.note(.flow, "a partner's exports to Vietnam: Vietnam's imports", words: words(of: source), .import)
        }
        return word
    }

    /// "while spending US$147.66 billion on imports", "chi 1,1 tỷ USD nhập khẩu": after a verb of spending,
    /// the flow named right after the amount is what it was spent on.
    private func spentOn(_ money: MoneyMention) -> FlowMention? {
        let start = money.range.lowerBound, end = money.range.upperBound
        guard (max(tokens.startIndex, start - 2)..<start).contains(where: { ExtractionVocabulary.spendingVerbs.contains(tokens[$0].key) })
        else { return nil }
        let link = end < tokens.endIndex && ExtractionVocabulary.spendingLinks.contains(tokens[end].key) ? 1 : 0
        return mentions.flows.first { $0.index == end + link }
    }

    /// "exports to Vietnam", "là nước xuất khẩu lớn nhất vào Việt Nam": a flow word followed, past words of
    /// rank, by Vietnam as the destination.
    private func sellsToTheReporter(_ source: FlowMention) -> Bool {
        var position = min(source.index + source.length, tokens.endIndex)
        while position < tokens.endIndex, position < source.index + source.length + 3,
              ExtractionVocabulary.rankWords.contains(tokens[position].key) { position += 1 }
        return Self.toTheReporter.matches(tokens, at: position)
    }

    /// A flow from earlier sentences. A commodity's figure is an export or an import, never a
    /// balance: after "xuất siêu 3,63 tỷ USD", "điện thoại đạt 5,58 tỷ USD" is an export.
    func carriedFlow(_ flow: FlowWord?, forCommodity: Bool) -> FlowWord? {
        guard forCommodity else { return flow }
        return flow == .import ? .import : .export
    }

    /// "xuất khẩu và nhập khẩu ... lần lượt đạt 127,3 tỷ USD và 128,2 tỷ USD", "exports and imports reached
    /// $X and $Y respectively": the k-th amount is the k-th flow's, when the counts agree.
    private func flowRespectively(for money: MoneyMention) -> FlowWord? {
        guard let (amounts, first) = respectivelyList(containing: money.range.lowerBound),
              let k = amounts.firstIndex(where: { $0.range == money.range }) else { return nil }
        let named = mentions.flows.filter { $0.index >= clauseStart(before: first) && $0.index < first }
        var words = named.map(\.word).filter { [.export, .import].contains($0) }
        // One phrase naming both ("exports and imports"): in the order it names them.
        if words.isEmpty, named.count == 1, named[0].word == .turnover, let phrase = named.first,
           tokens[phrase.index..<min(phrase.index + phrase.length, tokens.endIndex)].contains(where: { ExtractionVocabulary.conjunctions.contains($0.key) }) {
            let starts = tokens[phrase.index].key
            words = starts.hasPrefix("import") || starts == "nhập" ? [.import, .export] : [.export, .import]
        }
        return words.count == amounts.count ? words[k] : nil
    }

    private func words(of mention: FlowMention) -> String {
        text(mention.index..<min(mention.index + mention.length, tokens.endIndex))
    }
}
