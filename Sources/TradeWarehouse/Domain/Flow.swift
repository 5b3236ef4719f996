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
