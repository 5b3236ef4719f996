import Foundation

/// How exactly a figure was stated.
public enum Qualifier: String, CaseIterable, Sendable {
    /// Stated as is.
    case exact
    /// "hơn", "trên", "more than": the true value is above the figure.
    case over
    /// "dưới", "less than": the true value is below the figure.
    case under
    /// "gần", "xấp xỉ", "khoảng", "nearly", "about".
    case approx

    /// Parses a qualifier code, case-insensitively; empty means `exact`.
    public static func parse(_ text: String) throws -> Qualifier {
        let key = text.trimmingSpaces().lowercased()
        if key.isEmpty { return .exact }
        if let qualifier = Qualifier(rawValue: key) { return qualifier }
        throw InvalidValue("\"\(text)\" is not a qualifier; expected exact, over, under or approx")
    }
}
