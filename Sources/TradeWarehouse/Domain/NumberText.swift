import Foundation

/// Parsers for the numbers of structured release files: plain digits, a dot for decimals.
public enum NumberText {
    /// Whole US dollars: `34500000000`, `-2920000000`, `34500000000.0`. No thousands separators.
    public static func wholeUSD(_ text: String) throws -> Int64 {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty else { throw InvalidValue("a value in whole US dollars is required") }
        var digits = Substring(trimmed)
        if let dot = digits.firstIndex(of: "."), digits[digits.index(after: dot)...].allSatisfy({ $0 == "0" }) {
            digits = digits[..<dot]
        }
        let unsigned = digits.first == "-" || digits.first == "+" ? digits.dropFirst() : digits
        guard !unsigned.isEmpty, unsigned.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            if trimmed.contains(",") || trimmed.contains(" ") {
                throw InvalidValue("\"\(text)\" is not a number in whole US dollars; write it without separators, e.g. 34500000000")
            }
            if trimmed.contains(".") {
                throw InvalidValue("\"\(text)\" is not whole US dollars (no cents: values are stored as whole dollars)")
            }
            throw InvalidValue("\"\(text)\" is not a number in whole US dollars")
        }
        guard let value = Int64(digits) else {
            throw InvalidValue("\"\(text)\" is too large (the largest value is \(Int64.max))")
        }
        return value
    }

    /// A decimal number such as a percentage (`9.7`, `-2.2`, `+64`, `9.7%`) or a quantity.
    public static func decimal(_ text: String) throws -> Double {
        var trimmed = text.trimmingSpaces()
        if trimmed.hasSuffix("%") { trimmed.removeLast() }
        let allowed = CharacterSet(charactersIn: "0123456789.+-eE")
        guard !trimmed.isEmpty, trimmed.unicodeScalars.allSatisfy(allowed.contains), let value = Double(trimmed) else {
            if trimmed.contains(",") {
                throw InvalidValue("\"\(text)\" is not a number; use a dot for decimals, e.g. 9.7")
            }
            throw InvalidValue("\"\(text)\" is not a number")
        }
        guard value.isFinite else { throw InvalidValue("\"\(text)\" is out of range") }
        return value
    }

    /// `true`/`false` (also `1`/`0`, `yes`/`no`); empty is false.
    public static func flag(_ text: String) throws -> Bool {
        switch text.trimmingSpaces().lowercased() {
        case "", "false", "0", "no": return false
        case "true", "1", "yes": return true
        default: throw InvalidValue("\"\(text)\" is not true or false")
        }
    }
}
