import Foundation

/// Which enterprises a figure covers.
public enum Sector: String, CaseIterable, Sendable {
    /// All enterprises.
    case all = "ALL"
    /// Foreign-invested enterprises (doanh nghiệp FDI).
    case fdi = "FDI"
    /// Domestic enterprises.
    case domestic = "DOMESTIC"

    /// The id of the sector's row in the `sector` table (fixed by migration 0001).
    public var id: Int64 {
        switch self {
        case .all: return 1
        case .fdi: return 2
        case .domestic: return 3
        }
    }

    /// Parses a sector code, case-insensitively; empty means `ALL`.
    public static func parse(_ text: String) throws -> Sector {
        let key = text.trimmingSpaces().uppercased()
        if key.isEmpty { return .all }
        if let sector = Sector(rawValue: key) { return sector }
        throw InvalidValue("\"\(text)\" is not a sector; expected ALL, FDI or DOMESTIC")
    }
}
