import Foundation

/// Text helpers for table cells: a folded form that header words are matched on (cleaning is `PlainText.clean`).
enum TableText {
    /// Lowercased, without Vietnamese diacritics (`Trị giá` → `tri gia`, `Đơn vị` → `don vi`), so that
    /// headers typed with or without them match the same words.
    static func folded(_ text: String) -> String {
        NameKey.folded(PlainText.clean(text))
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
