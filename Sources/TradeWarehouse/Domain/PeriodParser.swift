import Foundation

extension Period {
    /// The spellings `parse` accepts, for error messages.
    public static let acceptedForms =
        "YYYY-MM (2024-01), YYYY-MM-H1 or -H2 (half-month), YYYY-MM..YYYY-MM (cumulative span), YYYY-Qn, YYYY"

    /// Parses any spelling of the contract: `2024-01`, `2024-05-H1`, `2024-01..2024-07`,
    /// `2024-01..2024-09-H1`, `2024-Q1`, `2024`. Case and surrounding spaces are ignored.
    public static func parse(_ text: String) throws -> Period {
        let trimmed = text.trimmingSpaces().uppercased()
        guard !trimmed.isEmpty else { throw InvalidValue("a period is required (\(acceptedForms))") }
        if let range = spanSeparator(in: trimmed) {
            let start = try parsePoint(String(trimmed[..<range.lowerBound]), whole: text)
            let end = try parsePoint(String(trimmed[range.upperBound...]), whole: text)
            guard end.lastHalf >= start.firstHalf else {
                throw InvalidValue("period \"\(text)\" ends before it starts")
            }
            return Period(firstHalf: start.firstHalf, lastHalf: end.lastHalf)
        }
        return try parsePoint(trimmed, whole: text)
    }

    /// Where the first `..` in `text` is (a stdlib search: Foundation's `range(of:)` bridges to
    /// NSString on first use).
    private static func spanSeparator(in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let dot = text[from...].firstIndex(of: ".") {
            let next = text.index(after: dot)
            if next < text.endIndex, text[next] == "." { return dot..<text.index(after: next) }
            from = next
        }
        return nil
    }

    private static func parsePoint(_ text: String, whole: String) throws -> Period {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = parts.first.flatMap(parseYear) else { throw unrecognized(whole) }
        switch parts.count {
        case 1:
            return Period(firstHalf: halfIndex(year: year, month: 1, half: 0),
                          lastHalf: halfIndex(year: year, month: 12, half: 1))
        case 2 where parts[1].hasPrefix("Q"):
            guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter), parts[1].count == 2 else {
                throw InvalidValue("quarter \"\(parts[1])\" in \"\(whole)\" is not Q1-Q4")
            }
            return Period(firstHalf: halfIndex(year: year, month: quarter * 3 - 2, half: 0),
                          lastHalf: halfIndex(year: year, month: quarter * 3, half: 1))
        case 2:
            return .month(year, try parseMonth(parts[1], whole: whole))
        case 3:
            let month = try parseMonth(parts[1], whole: whole)
            guard parts[2] == "H1" || parts[2] == "H2" else {
                throw InvalidValue("half-month \"\(parts[2])\" in \"\(whole)\" is not H1 or H2")
            }
            return .halfMonth(year, month, half: parts[2] == "H1" ? 1 : 2)
        default:
            throw unrecognized(whole)
        }
    }

    private static func parseYear(_ text: String) -> Int? {
        guard text.count == 4, text.allSatisfy(\.isASCIIDigit), let year = Int(text), year >= 1900 else { return nil }
        return year
    }

    private static func parseMonth(_ text: String, whole: String) throws -> Int {
        guard (1...2).contains(text.count), text.allSatisfy(\.isASCIIDigit), let month = Int(text) else {
            throw unrecognized(whole)
        }
        guard (1...12).contains(month) else {
            throw InvalidValue("month \(text) in \"\(whole)\" is not between 01 and 12")
        }
        return month
    }

    private static func unrecognized(_ text: String) -> InvalidValue {
        let guess = likelyMonth(text).map { "did you mean \($0)? " } ?? ""
        return InvalidValue("\"\(text)\" is not a period; \(guess)expected \(acceptedForms)")
    }

    /// The month a year and a month written with another separator stand for: `2024/01`, `1/2024`,
    /// `tháng 1/2024` → `2024-01`. Texts with a `-` are left alone: their separator is already right.
    private static func likelyMonth(_ text: String) -> String? {
        guard !text.contains("-") else { return nil }
        let numbers = text.split { !$0.isASCIIDigit }.map(String.init)
        guard numbers.count == 2, let yearIndex = numbers.firstIndex(where: { parseYear($0) != nil }),
              let month = Int(numbers[1 - yearIndex]), numbers[1 - yearIndex].count <= 2, (1...12).contains(month)
        else { return nil }
        return Period.month(Int(numbers[yearIndex]) ?? 0, month).code
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
