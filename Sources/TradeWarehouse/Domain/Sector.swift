import Foundation

/// Which enterprises a figure covers.
public enum Sector: String, CaseIterable, Sendable {
    /// All enterprises.
    case all = "ALL"
    /// Foreign-invested enterprises (doanh nghiệp FDI).
    case fdi = "FDI"
    /// Domestic enterprises.
    case domestic = "DOMESTIC"

    /// Parses a sector code, case-insensitively; empty means `ALL`.
    public static func parse(_ text: String) throws -> Sector {
        let key = text.trimmingSpaces().uppercased()
        if key.isEmpty { return .all }
        if let sector = Sector(rawValue: key) { return sector }
        throw InvalidValue("\"\(text)\" is not a sector; expected ALL, FDI or DOMESTIC")
    }
}
