import Foundation

/// How a table writes decimals and thousands: `1,234.5` or, as Vietnamese tables do, `1.234,5`.
enum NumberStyle: String, Sendable {
    /// `1,234,567.5`: commas group thousands, a dot starts the decimals.
    case dotDecimal
    /// `1.234.567,5`: dots group thousands, a comma starts the decimals.
    case commaDecimal

    /// How the dry run names it.
    var example: String { self == .dotDecimal ? "1,234.5" : "1.234,5" }
}

/// A number read from a table, kept exact: `significand` × 10^−`decimals` (`12,5` → 125, 1).
struct ExactNumber: Equatable, Sendable {
    let significand: Int64
    let decimals: Int

    /// The number as plain text with a dot for decimals (`12.5`, `-0.75`, `900000`).
    var plainText: String {
        guard decimals > 0 else { return String(significand) }
        let digits = String(significand.magnitude)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let point = padded.index(padded.endIndex, offsetBy: -decimals)
        return (significand < 0 ? "-" : "") + padded[..<point] + "." + padded[point...]
    }

    /// The number times `scale`, if that is a whole number within Int64.
    func wholeTimes(_ scale: Int64) -> Int64? {
        let (product, overflow) = significand.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        var divisor: Int64 = 1
        for _ in 0..<decimals {
            let (next, overflow) = divisor.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            divisor = next
        }
        return product % divisor == 0 ? product / divisor : nil
    }

    /// This number minus `whole` (an index of 112,5 less 100 is a change of 12,5).
    func minus(_ whole: Int64) -> ExactNumber? {
        var shifted = whole
        for _ in 0..<decimals {
            let (next, overflow) = shifted.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            shifted = next
        }
        let (difference, overflow) = significand.subtractingReportingOverflow(shifted)
        return overflow ? nil : ExactNumber(significand: difference, decimals: decimals)
    }
}

/// What a table cell holds where a number is expected.
enum CellNumber: Equatable {
    /// Empty, or a dash or dots standing for "no figure".
    case blank
    case number(ExactNumber)
    /// Text that is not a number in the table's style, with why.
    case invalid(String)
}

/// Reads the numbers of customs tables: thousands separators, decimal commas, signs, `%`, a dash
/// for "no figure", and numbers as spreadsheets store them (`1.2345E+10`).
enum TableNumber {
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
        blankMarks.contains(TableText.clean(text).lowercased())
    }

    /// Reads a cell in `style`; `stored` cells are read as a spreadsheet stores numbers.
    static func read(_ text: String, style: NumberStyle, stored: Bool = false) -> CellNumber {
        let trimmed = TableText.clean(text)
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
        var body = TableText.clean(text)
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
