/// Finds partner and commodity names in a bulletin's tokens, from the reference data.
///
/// A one-word name written with a capital ("Mỹ", "Anh") matches only capitalized text, so "mỹ nghệ"
/// (handicrafts) is not the United States; longer names ("Châu Á") match as "châu Á" too. Commodity names match in the bulletin's language only
/// ("than" is coal in Vietnamese, a conjunction in English), and a one-word commodity name must be
/// written in lower case, so that the surname "Ngô" is not maize.
struct Gazetteer: Sendable {
    struct Entry: Sendable {
        let code: String
        let needsCapital: Bool
        let needsLowercase: Bool
    }

    private let table: PhraseTable<Entry>
    /// For commodities: names matched by their content words when no name matches as written.
    private var contentWords: ContentWordIndex?

    /// Partners: every name and alias, in both languages, except WORLD and the reporter itself.
    static func partners(_ names: [ReferenceName]) -> Gazetteer {
        let usable = names.filter { $0.code != PartnerCode.world.rawValue && $0.code != "VN" }
        return Gazetteer(table: PhraseTable(usable.compactMap { name in
            entry(name, needsCapital: (name.name.first?.isUppercase ?? false) && !name.name.contains(" "), needsLowercase: false)
        }))
    }

    /// Commodities: the names and aliases in `language`, except TOTAL.
    static func commodities(_ names: [ReferenceName], language: Language) -> Gazetteer {
        let usable = names.filter { $0.code != CommodityCode.total.rawValue && $0.language == language }
        var gazetteer = Gazetteer(table: PhraseTable(usable.compactMap { name in
            entry(name, needsCapital: false, needsLowercase: !name.name.contains(" "))
        }))
        gazetteer.contentWords = ContentWordIndex(usable)
        return gazetteer
    }

    private static func entry(_ name: ReferenceName, needsCapital: Bool, needsLowercase: Bool) -> (String, Entry)? {
        let key = name.name.lowercased()
        if ExtractionVocabulary.ambiguousNames.contains(key) || key.count < 2 { return nil }
        return (name.name, Entry(code: name.code, needsCapital: needsCapital, needsLowercase: needsLowercase))
    }

    /// The name starting at `index`: its code and how many tokens it covers.
    func match(_ tokens: ArraySlice<Token>, at index: Int, sentenceStart: Int) -> (code: String, length: Int)? {
        // A commodity is written in lower case except where a sentence, list item or parenthesis starts:
        // "Hiệp hội Gỗ và Lâm sản Việt Nam" is an association, not forest products.
        if contentWords != nil, tokens[index].isCapitalized, index != sentenceStart, !Self.startsListItem(tokens, at: index) {
            return nil
        }
        let byWords = contentWords?.match(tokens, at: index)
        guard let found = table.match(tokens, at: index) else { return byWords }
        if let byWords, byWords.length > found.length { return byWords }
        let token = tokens[index]
        if found.value.needsCapital, !token.isCapitalized { return nil }
        if found.value.needsLowercase, token.isCapitalized, index != sentenceStart, !Self.startsListItem(tokens, at: index) { return nil }
        return (found.value.code, found.length)
    }

    /// Whether `index` starts a list item or a parenthesis, where a name may be capitalized ("như: Gạo 2,5 tỷ USD").
    private static func startsListItem(_ tokens: ArraySlice<Token>, at index: Int) -> Bool {
        index > tokens.startIndex && ["(", ":", ";", "-", "–", "•", "\"", "“", "+"].contains(tokens[index - 1].text)
    }
}
