import Foundation

/// Text helpers for table cells: cleaning, and a folded form that header words are matched on.
enum TableText {
    /// NFC, non-breaking and thin spaces as spaces, runs of spaces as one, trimmed.
    static func clean(_ text: String) -> String {
        // Most cells are numbers or plain words: printable ASCII with no space is already clean,
        // and skipping Foundation's normalization for them made a 200k-row table load 2× faster.
        if text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return text }
        return BulletinExtractor.normalize(text)
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Lowercased, without Vietnamese diacritics (`Trị giá` → `tri gia`, `Đơn vị` → `don vi`), so that
    /// headers typed with or without them match the same words.
    static func folded(_ text: String) -> String {
        NameKey.folded(clean(text))
    }

    /// True when the folded `text` contains `phrase` as whole words (`phrase` is already folded).
    static func contains(_ folded: String, word phrase: String) -> Bool {
        var searchStart = folded.startIndex
        while let range = folded.range(of: phrase, range: searchStart..<folded.endIndex) {
            let before = range.lowerBound == folded.startIndex ? nil : folded[folded.index(before: range.lowerBound)]
            let after = range.upperBound == folded.endIndex ? nil : folded[range.upperBound]
            if !isWordCharacter(before) && !isWordCharacter(after) { return true }
            searchStart = folded.index(after: range.lowerBound)
        }
        return false
    }

    /// True when the folded `text` contains any of `phrases` as whole words.
    static func containsAny(_ folded: String, _ phrases: [String]) -> Bool {
        phrases.contains { contains(folded, word: $0) }
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }
}
