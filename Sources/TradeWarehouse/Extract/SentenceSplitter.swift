/// A sentence of a bulletin: its tokens and the paragraph it belongs to.
struct Sentence {
    let tokens: ArraySlice<Token>
    let paragraph: Int
}

/// Splits a bulletin's tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` followed by a space and a capital or a digit, or at a
/// blank line. Abbreviations written without a space ("T.N", "TP.HCM", "U.S.") and line breaks
/// inside a sentence (copied text often has them) do not end it.
enum SentenceSplitter {
    /// The most tokens one sentence holds; a longer run is cut there. The longest sentence of the
    /// corpus has about 120; text without full stops (binary garbage, a run of words) would
    /// otherwise be one sentence, and scanning a sentence costs its length squared.
    static let maxTokens = 400

    static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0, paragraph = 0, index = 0, seenLineBreak = false
        func close(_ end: Int) {
            // A fresh array, so that every sentence's token indices start at 0.
            let slice = tokens[start..<end].filter { $0.kind != .lineBreak }
            if !slice.isEmpty { sentences.append(Sentence(tokens: ArraySlice(slice), paragraph: paragraph)) }
        }
        while index < tokens.count {
            let token = tokens[index]
            // A headline without a full stop, on the first line, ends at its line break when a capital follows.
            let endsHeadline = token.kind == .lineBreak && !seenLineBreak
                && index + 1 < tokens.count && (tokens[index + 1].isCapitalized || tokens[index + 1].kind == .number)
            if token.kind == .lineBreak { seenLineBreak = true }
            if endsHeadline || (token.kind == .lineBreak && index + 1 < tokens.count && tokens[index + 1].kind == .lineBreak) {
                close(index)
                paragraph += 1
                while index < tokens.count, tokens[index].kind == .lineBreak { index += 1 }
                start = index
                continue
            }
            if endsSentence(tokens, at: index) || index + 1 - start >= maxTokens {
                close(index + 1)
                start = index + 1
            }
            index += 1
        }
        close(tokens.count)
        return sentences
    }

    private static func endsSentence(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .symbol || token.kind == .lineBreak else { return false }
        var next = index + 1
        if token.kind == .lineBreak {
            let previous = tokens[..<index].last { $0.kind != .lineBreak }
            // A line ending in "|" (a web page's separator, "Cà phê tăng mạnh. |") ends there too.
            return previous.map { [".", "!", "?", "…", ":", "|"].contains($0.text) } ?? false
                || (next < tokens.count && ["-", "•", "+", "*", "–"].contains(tokens[next].text))
        }
        guard [".", "!", "?", "…"].contains(token.text), !closesCurrencyAbbreviation(tokens, at: index) else { return false }
        while next < tokens.count, [".", "\"", "”", "’", ")"].contains(tokens[next].text) { next += 1 }
        guard next < tokens.count else { return true }
        let following = tokens[next]
        let spaced = following.start > tokens[next - 1].end || following.kind == .lineBreak
        return spaced && (following.isCapitalized || following.kind == .number || following.kind == .lineBreak
            || ["\"", "“", "(", "-", "•"].contains(following.text))
    }

    /// "18.6 billion U.S. Dollars": a full stop inside a currency's name ends no sentence, whatever the
    /// case of the word after it.
    private static func closesCurrencyAbbreviation(_ tokens: [Token], at index: Int) -> Bool {
        let slice = ArraySlice(tokens)
        return (max(0, index - 3)..<index).contains { start in
            SentenceScanner.dollarsAfter.match(slice, at: start).map { start + $0.length > index + 1 } ?? false
        }
    }
}
