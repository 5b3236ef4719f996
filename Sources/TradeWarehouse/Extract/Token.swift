/// A word, number or symbol of a bulletin, with where it stands in the text.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// Letters (`xuất`, `USD`), or one letter and digits (`Q1`, `H2`).
        case word
        /// Digits, possibly with `.`, `,` or `/` between them (`34,5`, `1.2024`, `15/9`).
        case number
        /// Any other single character (`$`, `%`, `;`, `(`).
        case symbol
        /// A line break; kept because blank lines end paragraphs.
        case lineBreak
    }

    let kind: Kind
    /// The token as written (NFC).
    let text: String
    /// Lowercased, for matching the vocabulary.
    let key: String
    /// Offsets in the document's Unicode scalars: `start..<end`.
    let start: Int
    let end: Int

    /// True when the token starts with a capital letter (proper nouns: "Mỹ", not "mỹ nghệ").
    var isCapitalized: Bool { text.first?.isUppercase ?? false }
}

/// Splits NFC text into tokens.
enum Tokenizer {
    static func tokens(of text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let start = index
            let kind: Token.Kind
            if scalar == "\n" {
                kind = .lineBreak
                index += 1
            } else if scalar.properties.isWhitespace {
                index += 1
                continue
            } else if isLetter(scalar) {
                kind = .word
                while index < scalars.count, isLetter(scalars[index]) { index += 1 }
                // "Q1", "H2": a single letter keeps the digits after it; "USD31.7" does not.
                if index - start == 1 { while index < scalars.count, isDigit(scalars[index]) { index += 1 } }
            } else if isDigit(scalar) {
                kind = .number
                index = numberEnd(scalars, from: index)
            } else {
                kind = .symbol
                index += 1
            }
            let tokenText = String(String.UnicodeScalarView(scalars[start..<index]))
            tokens.append(Token(kind: kind, text: tokenText, key: tokenText.lowercased(), start: start, end: index))
        }
        return tokens
    }

    /// Digits with single `.`, `,` or `/` between digit runs: `1.234,5`, `15/9/2024`.
    private static func numberEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            if isDigit(scalars[index]) {
                index += 1
            } else if ".,/".unicodeScalars.contains(scalars[index]), index + 1 < scalars.count, isDigit(scalars[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}

extension ArraySlice where Element == Token {
    /// The document text a run of tokens covers, with single spaces where the text has any.
    func text(_ range: Range<Int>) -> String {
        var result = ""
        for index in range {
            if index > range.lowerBound, self[index].start > self[index - 1].end { result += " " }
            result += self[index].text
        }
        return result
    }
}
