import Foundation

/// Numbers as bulletins write them: Vietnamese `34,5` and `1.234,5`, English `34.5` and `1,234.5`.
public enum TextNumber {
    /// The value of a number token, read by `language`'s conventions; nil if it is not a plain number.
    ///
    /// A separator followed by exactly three digits (and repeated every three) groups thousands;
    /// otherwise it is the decimal mark. Vietnamese uses `.` for thousands and `,` for decimals;
    /// English the reverse. Text that uses the other language's decimal mark (`34.5 tỉ`) still reads
    /// correctly, since `.5` cannot be a thousands group.
    public static func parse(_ text: String, language: Language) -> Decimal? {
        guard text.first?.isASCIIDigit == true, text.last?.isASCIIDigit == true,
              text.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }) else { return nil }
        let marks = Set(text.filter { !$0.isASCIIDigit })
        let thousandsMark: Character = language == .vi ? "." : ","
        var decimalMark: Character?
        if marks.count == 2 {
            decimalMark = text.last { !$0.isASCIIDigit }
        } else if let mark = marks.first, text.filter({ $0 == mark }).count == 1 {
            let tail = text.split(separator: mark)[1]
            decimalMark = tail.count == 3 && mark == thousandsMark ? nil : mark
        }
        let parts = text.split(separator: decimalMark ?? "#", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let integerPart = parts[0]
        if let grouping = integerPart.first(where: { !$0.isASCIIDigit }), !groupsOfThousands(integerPart, grouping) {
            return nil
        }
        let digits = integerPart.filter(\.isASCIIDigit) + (parts.count == 2 ? "." + parts[1] : "")
        return Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// True when `text` is digits in groups of three after its first group: `1.234.567`.
    private static func groupsOfThousands(_ text: Substring, _ separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// Formats `value` the way `language` writes it, grouping thousands: `1.234,5` or `1,234.5`.
    public static func format(_ value: Decimal, language: Language, fractionDigits: Int) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.numberStyle = .decimal
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = language == .vi ? "." : ","
        formatter.decimalSeparator = language == .vi ? "," : "."
        formatter.minimumFractionDigits = fractionDigits
        formatter.maximumFractionDigits = fractionDigits
        var input = value, rounded = Decimal()
        NSDecimalRound(&rounded, &input, fractionDigits, .plain)
        return formatter.string(from: rounded as NSDecimalNumber) ?? "\(rounded)"
    }
}
