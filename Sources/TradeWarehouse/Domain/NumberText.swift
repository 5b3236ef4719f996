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
            // `4,55E+09`: scientific notation with a decimal comma, as a Vietnamese spreadsheet writes it.
            let pointed = trimmed.filter { $0 == "," }.count == 1 ? trimmed.replacingOccurrences(of: ",", with: ".") : trimmed
            if let expanded = expandScientific(pointed) { try refuseScientific(text, expanded) }
            if trimmed.contains(",") || trimmed.contains(" ") {
                throw InvalidValue("\"\(text)\" is not a number in whole US dollars; write it without separators, e.g. 34500000000")
            }
            if Double(trimmed) != nil, trimmed.contains(".") {
                throw InvalidValue("\"\(text)\" is a decimal number, but values are whole US dollars, with no fraction "
                    + "(34.53 billion is written 34530000000)")
            }
            throw InvalidValue("\"\(text)\" is not a number in whole US dollars")
        }
        guard let value = Int64(digits) else {
            throw InvalidValue("\"\(text)\" is too large (the largest value is \(Int64.max))")
        }
        return value
    }

    /// The error for a value written in scientific notation (`expanded` by `expandScientific`):
    /// what number it is, and what to write instead.
    private static func refuseScientific(_ text: String, _ expanded: (text: String, whole: String?)) throws -> Never {
        guard let whole = expanded.whole, Int64(whole) != nil else {
            let number = expanded.whole == nil ? expanded.text : "a number past \(Int64.max)"
            throw InvalidValue("\"\(text)\" is scientific notation for \(number), not a value in whole US dollars")
        }
        throw InvalidValue("\"\(text)\" is scientific notation for \(whole): write it as \(whole), in whole US dollars "
            + "(a spreadsheet saves large numbers so unless their column is formatted as a number with 0 decimals)")
    }

    /// A number in scientific notation (`4.55e9`, `-1.2E+10`) written out exactly: its digits (`text`,
    /// with a point if it has a fraction) and, when it has no fraction, the whole number (`whole`).
    /// Nil for text that is not such a number, or whose exponent is past ±40 (no value in US
    /// dollars is near; `text` is then "a number of N digits").
    static func expandScientific(_ text: String) -> (text: String, whole: String?)? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "e" || $0 == "E" }
        guard parts.count == 2, var mantissa = parts.first, let exponent = Int(parts[1]) else { return nil }
        let negative = mantissa.first == "-"
        if mantissa.first == "-" || mantissa.first == "+" { mantissa = mantissa.dropFirst() }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), pieces.joined().count > 0,
              pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        guard abs(exponent) <= 40 else {
            return ("a number of \(max(1, pieces[0].count + exponent)) digits", exponent > 0 ? "" : nil)
        }
        let digits = Array(pieces.joined())
        let point = pieces[0].count + exponent
        let padded = point < 0 ? Array(repeating: Character("0"), count: -point) + digits
            : digits + Array(repeating: Character("0"), count: max(0, point - digits.count))
        let at = max(0, point)
        var integer = String(padded[..<at].drop { $0 == "0" })
        if integer.isEmpty { integer = "0" }
        let fraction = String(padded[at...]).replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
        let sign = negative && (integer != "0" || !fraction.isEmpty) ? "-" : ""
        return fraction.isEmpty ? (sign + integer, sign + integer) : (sign + integer + "." + fraction, nil)
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
