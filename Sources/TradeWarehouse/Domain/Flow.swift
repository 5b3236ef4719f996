import Foundation

/// What a figure measures.
public enum Flow: String, CaseIterable, Sendable {
    /// Exports of goods.
    case export
    /// Imports of goods.
    case `import`
    /// Exports − imports: positive is a surplus (xuất siêu), negative a deficit (nhập siêu).
    case balance
    /// Exports + imports (tổng kim ngạch xuất nhập khẩu).
    case turnover

    /// The id of the flow's row in the `flow` table (fixed by migration 0001).
    public var id: Int64 {
        switch self {
        case .export: return 1
        case .import: return 2
        case .balance: return 3
        case .turnover: return 4
        }
    }

    /// Parses a flow code, case-insensitively; also takes the common words for it.
    public static func parse(_ text: String) throws -> Flow {
        let key = text.trimmingSpaces().lowercased()
        if let flow = Flow(rawValue: key) ?? synonyms[key] { return flow }
        throw InvalidValue("\"\(text)\" is not a flow; expected export, import, balance or turnover")
    }

    private static let synonyms: [String: Flow] = [
        "exports": .export, "xuất khẩu": .export, "xuat khau": .export,
        "imports": .import, "nhập khẩu": .import, "nhap khau": .import,
        "trade balance": .balance, "total trade": .turnover,
    ]
}
