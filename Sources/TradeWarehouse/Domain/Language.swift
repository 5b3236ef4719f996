import Foundation

/// The language of a bulletin, which decides how numbers are written (34,5 vs 34.5).
public enum Language: String, CaseIterable, Sendable {
    case vi, en

    /// Vietnamese when the text has Vietnamese letters (ă, ơ, ư, đ, or a tone mark on a vowel), else English.
    public static func detect(_ text: String) -> Language {
        var vietnamese = 0, letters = 0
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.value >= 0x00C0, vietnameseLetters.contains(Character(scalar).lowercased()) { vietnamese += 1 }
        }
        return letters > 0 && vietnamese * 50 >= letters ? .vi : .en
    }

    private static let vietnameseLetters: Set<String> = Set(
        "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ".map { String($0) })
}
