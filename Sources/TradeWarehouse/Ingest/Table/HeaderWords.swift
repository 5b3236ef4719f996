/// A customs table's column header as the column rules read it: its text, folded, and what its
/// words say of values and quantities.
struct HeaderWords {
    let text: String
    let folded: String
    /// Words of a value: `Trị giá`, `Kim ngạch`, `Value`.
    let isValue: Bool
    /// A unit of quantity the header names (`tấn`), if any.
    let namedUnit: String?
    /// Words of a quantity (`Lượng`), or a unit of quantity without words of a value.
    let isQuantity: Bool

    init(_ text: String) {
        self.text = text
        folded = TableText.folded(text)
        isValue = TableText.containsAny(folded, TableVocabulary.valueWords)
        namedUnit = TableVocabulary.quantityUnitWords.first { [folded] in TableText.contains(folded, word: $0) }
        isQuantity = TableText.containsAny(folded, TableVocabulary.quantityWords) || (namedUnit != nil && !isValue)
    }

    /// What the header makes its column (`contextYear`: the title's year, for periods written
    /// without one), or nil when no rule applies.
    func meaning(contextYear: Int?) -> TableColumn? {
        for rule in Self.rules {
            if let meaning = rule(self, contextYear) { return meaning }
        }
        return nil
    }

    /// The column rules, in order: the first that gives a meaning decides, so a header that names
    /// two things is what the earlier rule says.
    /// 1. No words: an unlabelled column.
    /// 2. A running number (`STT`) and 3. remarks are read past, whatever else they say.
    /// 4. A unit column (`Đơn vị tính`), unless it also names a quantity or a value (`Lượng (tấn)`).
    /// 5. A share of the total and 6. a change on the previous period are read past, even when they
    ///    name a value (`Tỷ trọng trị giá`): they follow from the figures.
    /// 7. A change on a year earlier, or an index (`So với cùng kỳ (%)`), before quantities and
    ///    values, which such headers also name; of a quantity, it is read past.
    /// 8. A quantity, before 9. a value: words of a value, a scale (`nghìn USD`), a period or a flow.
    static let rules: [@Sendable (HeaderWords, Int?) -> TableColumn?] = [
        { words, _ in words.folded.isEmpty ? .unlabelled : nil },
        { words, _ in TableVocabulary.serialHeaders.contains(words.folded) ? .ignored("a running number") : nil },
        { words, _ in TableText.containsAny(words.folded, TableVocabulary.remarkHeaders) ? .ignored("remarks") : nil },
        { words, _ in
            TableText.containsAny(words.folded, TableVocabulary.unitHeaders) && !words.isQuantity && !words.isValue ? .unit : nil
        },
        { words, _ in
            TableText.containsAny(words.folded, TableVocabulary.shareWords)
                ? .ignored("a share of the total (shares follow from the figures)") : nil
        },
        { words, _ in
            TableText.containsAny(words.folded, TableVocabulary.previousMonthWords)
                ? .ignored("a change on the previous period (it follows from the figures)") : nil
        },
        { words, _ in
            guard TableText.containsAny(words.folded, TableVocabulary.comparisonWords + TableVocabulary.indexWords) else { return nil }
            if words.isQuantity { return .ignored("a change in quantity (not stored: changes are kept for values)") }
            let measure: FigureMeasure = TableText.containsAny(words.folded, TableVocabulary.indexWords) ? .index : .change
            return .figure(FigureColumn(measure: measure, flow: TableWords.flow(in: words.folded), period: nil))
        },
        { words, _ in
            guard words.isQuantity else { return nil }
            let unit = unitInParentheses(words.text) ?? words.namedUnit.flatMap(TableWords.quantityUnit)
            return .figure(FigureColumn(measure: .quantity, flow: TableWords.flow(in: words.folded), period: nil, unit: unit))
        },
        { words, contextYear in
            let periodNamed = TableWords.period(in: words.text, contextYear: contextYear).period != nil
            let flow = TableWords.flow(in: words.folded), scale = TableWords.scale(in: words.folded)
            guard words.isValue || scale != nil || periodNamed || flow != nil else { return nil }
            return .figure(FigureColumn(measure: .value, flow: flow, period: nil, scale: scale))
        },
    ]

    /// `Lượng (tấn)` → `tonne`.
    static func unitInParentheses(_ text: String) -> String? {
        guard let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close else { return nil }
        return TableWords.quantityUnit(String(text[text.index(after: open)..<close]))
    }
}
