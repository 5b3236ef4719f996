import Foundation

/// The one reader (and writer) of numbers in text, for the three ways tradewh's inputs write them:
///
/// - structured release files (long form, JSON): plain digits, a dot for decimals — `wholeUSD`,
///   `decimal`, `flag`;
/// - customs tables: thousands grouped in the table's `NumberStyle` (`1.234.567,5`), signs, `%`,
///   parentheses, a dash for "no figure", and numbers as spreadsheets store them — `evidence`, `read`;
/// - prose: a bulletin's `34,5 tỷ` or `1,234.5`, read by its language — `parse(_:language:)`, and
///   written back by `format`.
///
/// Tables and prose share one rule: a separator followed by other than three digits, or after a
/// lone `0`, is the decimal mark; otherwise the table's (or the language's) style decides.
///
///     NumberText.parse("34.530", language: .vi)            // 34530
///     NumberText.read("1.234,5", style: .commaDecimal)     // .number(12345 × 10⁻¹)
///     try NumberText.wholeUSD("34500000000")               // 34500000000
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

// MARK: - Prose

extension NumberText {
    /// The value of a number token, read by `language`'s conventions; nil if it is not a plain
    /// number (digits with `.` and `,` only).
    ///
    /// A separator whose digits prove its role decides (`34.5` is 34.5 in either language, since
    /// `.5` cannot be a thousands group); otherwise Vietnamese uses `.` for thousands and `,` for
    /// decimals, English the reverse.
    public static func parse(_ text: String, language: Language) -> Decimal? {
        guard text.first?.isASCIIDigit == true, text.last?.isASCIIDigit == true,
              text.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }),
              case .number(let number) = read(text, style: evidence(text) ?? NumberStyle(language)) else { return nil }
        return number.decimal
    }

    /// Formats `value` the way `language` writes it, grouping thousands: `1.234,5` or `1,234.5`;
    /// rounded half away from zero to `fractionDigits` places, which are always written.
    ///
    /// Written out here rather than by Foundation's `NumberFormatter`: a formatter set up per call
    /// cost 42% of `tradewh serve`'s time on a 775-row analysis page (perf, release build,
    /// 2026-12-07), and this gives the same text (`NumberTextProseTests` compares the two).
    public static func format(_ value: Decimal, language: Language, fractionDigits: Int) -> String {
        var input = value, rounded = Decimal()
        NSDecimalRound(&rounded, &input, fractionDigits, .plain)
        // `description` is plain digits with a point, never an exponent: "-1234.5".
        let plain = rounded.description
        let negative = plain.hasPrefix("-")
        let parts = plain.drop { $0 == "-" }.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = Array(parts[0]), fraction = parts.count > 1 ? parts[1] : ""
        let separator: Character = language == .vi ? "." : ","
        var text = negative ? "-" : ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { text.append(separator) }
            text.append(digit)
        }
        guard fractionDigits > 0 else { return text }
        return text + (language == .vi ? "," : ".") + fraction + String(repeating: "0", count: max(0, fractionDigits - fraction.count))
    }
}

// MARK: - Tables

extension NumberText {
    /// Cell texts that mean "no figure".
    static let blankMarks: Set<String> = ["", "-", "–", "—", "..", "...", "…", "x", "n/a", "na", "*"]

    /// The style a cell's text proves (`1.234.567` is comma-decimal, `12.5` dot-decimal); nil when
    /// it could be either (`1.234`) or has no separator.
    static func evidence(_ text: String) -> NumberStyle? {
        let body = unsigned(text)
        let dots = body.filter { $0 == "." }.count, commas = body.filter { $0 == "," }.count
        switch (dots, commas) {
        case (0, 0): return nil
        case (_, 0) where dots > 1: return .commaDecimal
        case (0, _) where commas > 1: return .dotDecimal
        case (0, 1), (1, 0):
            let separator: Character = dots == 1 ? "." : ","
            let parts = body.split(separator: separator, omittingEmptySubsequences: false)
            let isDecimal = parts[1].count != 3 || parts[0] == "0" || parts[0].isEmpty
            guard isDecimal else { return nil }
            return separator == "." ? .dotDecimal : .commaDecimal
        default:
            guard let lastDot = body.lastIndex(of: "."), let lastComma = body.lastIndex(of: ",") else { return nil }
            return lastDot > lastComma ? .dotDecimal : .commaDecimal
        }
    }

    /// True when a cell holds no figure: empty, a dash, dots.
    static func isBlank(_ text: String) -> Bool {
        blankMarks.contains(PlainText.clean(text).lowercased())
    }

    /// Reads a cell in `style`; `stored` cells are read as a spreadsheet stores numbers.
    static func read(_ text: String, style: NumberStyle, stored: Bool = false) -> CellNumber {
        let trimmed = PlainText.clean(text)
        if blankMarks.contains(trimmed.lowercased()) { return .blank }
        if stored, let number = storedNumber(trimmed) { return .number(number) }
        var body = unsigned(trimmed)
        let negative = isNegative(trimmed)
        let (grouping, decimal): (Character, Character) = style == .dotDecimal ? (",", ".") : (".", ",")
        let parts = body.split(separator: decimal, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .invalid("\"\(text)\" has more than one decimal \(decimal == "," ? "comma" : "point")") }
        guard let whole = ungrouped(parts[0], separator: grouping) else {
            return .invalid("\"\(text)\" is not a number written \(style.example)")
        }
        body = whole + (parts.count == 2 ? "." + parts[1] : "")
        guard let number = exact(body, negative: negative) else {
            return .invalid("\"\(text)\" is not a number written \(style.example)")
        }
        return .number(number)
    }

    /// Digits with their grouping removed, if the groups are well formed (`1.234.567`, not `12.34`).
    private static func ungrouped(_ text: Substring, separator: Character) -> String? {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty || groups.count == 1 else { return nil }
        if groups.count > 1 {
            guard first.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        return groups.joined()
    }

    /// `digits[.digits]` as an exact number.
    private static func exact(_ text: String, negative: Bool) -> ExactNumber? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty || parts.count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              parts.count == 1 || !parts[1].isEmpty,
              parts.joined().count <= 18, let magnitude = Int64(parts.joined().isEmpty ? "x" : parts.joined())
        else { return nil }
        return ExactNumber(significand: negative ? -magnitude : magnitude, decimals: parts.count == 2 ? parts[1].count : 0)
    }

    /// A spreadsheet's stored number: `-1234.5`, `1.2345E+10`, `5E-3`.
    private static func storedNumber(_ text: String) -> ExactNumber? {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let pieces = body.uppercased().split(separator: "E", omittingEmptySubsequences: false)
        guard pieces.count <= 2, var number = exact(String(pieces[0]), negative: negative) else { return nil }
        guard pieces.count == 2 else { return number }
        guard let exponent = Int(pieces[1]), abs(exponent) <= 18 else { return nil }
        var decimals = number.decimals - exponent, significand = number.significand
        while decimals < 0 {
            let (next, overflow) = significand.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            significand = next
            decimals += 1
        }
        number = ExactNumber(significand: significand, decimals: decimals)
        return number
    }

    /// The text without sign, parentheses, `%`, or spaces.
    private static func unsigned(_ text: String) -> String {
        var body = PlainText.clean(text)
        if body.contains(" ") { body.removeAll { $0 == " " } }
        if body.hasSuffix("%") { body.removeLast() }
        if body.hasPrefix("(") && body.hasSuffix(")") { body = String(body.dropFirst().dropLast()) }
        if body.hasPrefix("-") || body.hasPrefix("+") { body.removeFirst() }
        return body
    }

    private static func isNegative(_ text: String) -> Bool {
        text.hasPrefix("-") || (text.hasPrefix("(") && text.hasSuffix(")"))
    }
}
