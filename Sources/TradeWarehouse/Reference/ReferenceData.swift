import Foundation

/// Partners and commodities loaded from the warehouse, for turning names into codes.
///
///     let reference = try ReferenceData.load(from: store.db)
///     try reference.partners.resolve("Hàn Quốc").code   // "KR"
public struct ReferenceData: Sendable {
    /// WORLD, countries and groups.
    public let partners: NameIndex
    /// TOTAL and the customs commodity groups (HS codes resolve by their digits: see `resolveCommodity`).
    public let commodities: NameIndex

    /// Every partner name and alias, with its language, for finding partners in prose.
    public let partnerNames: [ReferenceName]
    /// Every commodity name and alias, with its language.
    public let commodityNames: [ReferenceName]

    /// Reads the reference tables.
    public static func load(from db: Database) throws -> ReferenceData {
        ReferenceData(
            partners: NameIndex(kind: "partner", entries: try ReferenceRows.load(db, table: .partner)),
            commodities: NameIndex(kind: "commodity", entries: try ReferenceRows.load(db, table: .commodity, includingHSCodes: false)),
            partnerNames: try ReferenceRows.names(db, table: .partner),
            commodityNames: try ReferenceRows.names(db, table: .commodity)
        )
    }

    /// The reference data this binary carries, read from a private in-memory database, so that
    /// commands that only read text (`extract`) touch no file.
    public static func builtIn() throws -> ReferenceData {
        try load(from: TradeStore.open(path: ":memory:").db)
    }

    /// What a commodity field names: a known entry (TOTAL or a group), or an HS code.
    public enum CommodityMatch: Equatable, Sendable {
        case known(ReferenceEntry)
        case hsCode(String)

        /// The commodity's code.
        public var code: String {
            switch self {
            case .known(let entry): return entry.code
            case .hsCode(let code): return code
            }
        }
    }

    /// Resolves a commodity code, name or alias; an HS code (2, 4, 6 or 8 digits) is always accepted.
    public func resolveCommodity(_ text: String) throws -> CommodityMatch {
        let trimmed = text.trimmingSpaces()
        if let entry = commodities.entry(code: trimmed) { return .known(entry) }
        if trimmed.allSatisfy(\.isASCIIDigit), [2, 4, 6, 8].contains(trimmed.count) { return .hsCode(trimmed) }
        if trimmed.allSatisfy(\.isASCIIDigit) {
            throw InvalidValue("\"\(text)\" is not an HS code (2, 4, 6 or 8 digits)")
        }
        return .known(try commodities.resolve(trimmed))
    }
}
