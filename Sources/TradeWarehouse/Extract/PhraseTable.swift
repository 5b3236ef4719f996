import Foundation

/// A set of phrases, each with a meaning, matched against tokens: longest phrase first.
struct PhraseTable<Value: Sendable>: Sendable {
    private var byFirstWord: [String: [(keys: [String], value: Value)]] = [:]
    /// The most tokens any phrase has.
    private(set) var longest = 0

    /// Builds the table from phrases written as in running text.
    init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries { add(phrase, value) }
    }

    /// Builds a table of phrases that all mean the same.
    init(_ phrases: [String], value: Value) {
        self.init(phrases.map { ($0, value) })
    }

    mutating func add(_ phrase: String, _ value: Value) {
        let keys = Tokenizer.tokens(of: phrase.precomposedStringWithCanonicalMapping).map(\.key)
        guard let first = keys.first else { return }
        byFirstWord[first, default: []].append((keys, value))
        byFirstWord[first]?.sort { $0.keys.count > $1.keys.count }
        longest = max(longest, keys.count)
    }

    /// The longest phrase starting at `tokens[index]`: its meaning and how many tokens it covers.
    func match(_ tokens: ArraySlice<Token>, at index: Int) -> (value: Value, length: Int)? {
        match(tokens, at: index, endingBy: tokens.endIndex)
    }

    /// The longest phrase starting at `tokens[index]` that ends by `limit`.
    private func match(_ tokens: ArraySlice<Token>, at index: Int, endingBy limit: Int) -> (value: Value, length: Int)? {
        guard index >= tokens.startIndex, index < limit, let candidates = byFirstWord[tokens[index].key] else { return nil }
        for candidate in candidates where index + candidate.keys.count <= limit {
            if zip(candidate.keys, tokens[index...]).allSatisfy({ $0 == $1.key }) {
                return (candidate.value, candidate.keys.count)
            }
        }
        return nil
    }

    /// The longest phrase ending just before `tokens[index]`.
    func match(_ tokens: ArraySlice<Token>, endingBefore index: Int) -> (value: Value, length: Int)? {
        for length in stride(from: min(longest, index - tokens.startIndex), through: 1, by: -1) {
            if let found = match(tokens, at: index - length, endingBy: index), found.length == length { return found }
        }
        return nil
    }

    /// True when a phrase starts anywhere in `tokens`.
    func matchesAnywhere(in tokens: ArraySlice<Token>) -> Bool {
        tokens.indices.contains { matches(tokens, at: $0) }
    }

    /// True when a phrase starts at `tokens[index]`.
    func matches(_ tokens: ArraySlice<Token>, at index: Int) -> Bool { match(tokens, at: index) != nil }
}
