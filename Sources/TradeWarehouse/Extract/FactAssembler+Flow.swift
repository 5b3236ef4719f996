/// Which flow an amount is of.
extension FactAssembler {
    /// The flow of `money`, by these rules in this order:
    /// 1. a balance word right after the amount ("an 11.8 billion USD trade deficit");
    /// 2. the last flow word before it in the sentence;
    /// 3. the first flow word after it in its clause;
    /// 4. the flow of the previous sentence (weak); a commodity's figure is then an export or an import.
    /// Then two corrections: a bare "turnover" after an export or import word of its clause is that flow's
    /// value; a commodity's figure is an export or an import unless a turnover or balance word heads its clause.
    func flow(for money: MoneyMention, clause: Int, hasCommodity: Bool, context: DocumentContext) -> FlowWord? {
        let start = money.range.lowerBound
        let before = mentions.flows.last { $0.index < start }
        let balanceAfter = mentions.flows.first { $0.index == money.range.upperBound && [.surplus, .deficit].contains($0.word) }
        let after = mentions.flows.first { $0.index > start && $0.index < clauseEnd(after: start) }
        var word: FlowWord
        if let balanceAfter {
            word = log.note(.flow, "balance word right after the figure", words: words(of: balanceAfter), balanceAfter.word)
        } else if let before {
            word = log.note(.flow, "flow word before the figure", words: words(of: before), before.word)
        } else if let after {
            word = log.note(.flow, "flow word after the figure in its clause", words: words(of: after), after.word)
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
        return word
    }

    /// A flow from earlier sentences. A commodity's figure is an export or an import, never a
    /// balance: after "xuất siêu 3,63 tỷ USD", "điện thoại đạt 5,58 tỷ USD" is an export.
    func carriedFlow(_ flow: FlowWord?, forCommodity: Bool) -> FlowWord? {
        guard forCommodity else { return flow }
        return flow == .import ? .import : .export
    }

    private func words(of mention: FlowMention) -> String {
        text(mention.index..<min(mention.index + mention.length, tokens.endIndex))
    }
}
