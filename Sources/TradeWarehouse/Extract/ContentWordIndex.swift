/// Commodity names matched by their content words, whatever their order, number or filler words:
/// "garment and textile" is "Textiles and garments", "computers, electronics and components" is
/// "Computers, electronic products and components". The words folded together and the fillers are
/// data (`ExtractionVocabulary.nameSynonyms`, `nameFillers`, `nameSoftWords`).
struct ContentWordIndex: Sendable {
    /// The codes of each set of content words (sorted, joined by spaces); a set two codes share is dropped.
    private var codes: [String: String] = [:]
    private var ambiguous: Set<String> = []
    /// The most tokens a name's span may cover.
    static let maxSpan = 10

    init(_ names: [ReferenceName]) {
        for name in names {
            let words = Self.contentWords(Tokenizer.tokens(of: name.name.precomposedStringWithCanonicalMapping).map(\.key))
            guard words.count >= 2 else { continue }
            add(Self.key(words), name.code)
            // A name may also be written without its soft words ("electronic products" → "electronics").
            let hard = words.filter { !ExtractionVocabulary.nameSoftWords.contains($0) }
            if hard.count >= 2, hard.count < words.count { add(Self.key(hard), name.code) }
        }
        for key in ambiguous { codes[key] = nil }
    }

    private mutating func add(_ key: String, _ code: String) {
        if let existing = codes[key], existing != code { ambiguous.insert(key) } else { codes[key] = code }
    }

    /// The longest run of tokens from `index` (words, commas, "and") whose content words name a commodity:
    /// its code and how many tokens it covers. The run starts and ends on a content word.
    func match(_ tokens: ArraySlice<Token>, at index: Int) -> (code: String, length: Int)? {
        guard tokens[index].kind == .word, !Self.isFiller(tokens[index].key) else { return nil }
        var keys: [String] = [], best: (code: String, length: Int)?
        for end in index..<min(index + Self.maxSpan, tokens.endIndex) {
            let token = tokens[end]
            guard token.kind == .word || [",", "&", "-"].contains(token.text) else { break }
            keys.append(token.key)
            guard token.kind == .word, !Self.isFiller(token.key) else { continue }
            let words = Self.contentWords(keys)
            if words.count >= 2, let code = codes[Self.key(words)] { best = (code, end - index + 1) }
        }
        return best
    }

    private static func key(_ words: [String]) -> String { Set(words).sorted().joined(separator: " ") }

    private static func isFiller(_ key: String) -> Bool { ExtractionVocabulary.nameFillers.contains(key) }

    /// Lowercased words less fillers, English plurals made singular, synonyms folded.
    static func contentWords(_ keys: [String]) -> [String] {
        keys.compactMap { key in
            guard key.first?.isLetter == true, !isFiller(key) else { return nil }
            let singular = singularized(key)
            return ExtractionVocabulary.nameSynonyms[singular] ?? singular
        }
    }

    private static func singularized(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isASCII }) else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }
}
