import Foundation

/// Partners and commodities, for turning names into codes: read from a warehouse
/// (`load(from:)`) or from the reference data this binary carries (`builtIn()`).
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
    /// Vietnam's published trade figures, for dating a bulletin that states no year by its figures:
    /// read the first time they are asked for, since only bulletins need them (reading them took 97
    /// million instructions, some 30 ms, on every ingest, query and export
    /// that loaded reference data).
    public var publishedFigures: [PublishedFigure] { get throws { try readPublishedFigures() } }
    private let readPublishedFigures: @Sendable () throws -> [PublishedFigure]

    /// Reference data of `partners` and `commodities` (TOTAL and the groups), each with its other
    /// names, every name with its language (`partnerNames`, `commodityNames`), and where the figures
    /// published so far are read from when asked for (`publishedFigures`).
    init(partners: [(entry: ReferenceEntry, aliases: [String])], commodities: [(entry: ReferenceEntry, aliases: [String])],
         partnerNames: [ReferenceName], commodityNames: [ReferenceName],
         publishedFigures: @escaping @Sendable () throws -> [PublishedFigure] = { [] }) {
        self.partners = NameIndex(kind: "partner", entries: partners)
        self.commodities = NameIndex(kind: "commodity", entries: commodities)
        self.partnerNames = partnerNames
        self.commodityNames = commodityNames
        self.readPublishedFigures = publishedFigures
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
