import Foundation

/// The forms of a name that matching compares.
///
/// `exact` ignores case, Unicode normalization (NFC vs NFD) and runs of spaces; `folded` also drops
/// Vietnamese diacritics (`Hàn Quốc` → `han quoc`, `đ` → `d`), for users who type without them.
enum NameKey {
    /// Lowercased NFC with single spaces and no leading/trailing space.
    static func exact(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `exact`, then without combining marks, with đ as d.
    static func folded(_ name: String) -> String {
        let decomposed = exact(name).decomposedStringWithCanonicalMapping
        let scalars = decomposed.unicodeScalars.filter { !(0x0300...0x036F).contains($0.value) }
        return String(String.UnicodeScalarView(scalars)).replacingOccurrences(of: "đ", with: "d")
    }
}
