/// The level of the commodities a breakdown by commodity lists: HS chapters (2 digits), headings
/// (4), subheadings (6), or the customs office's commodity groups.
public enum CommodityLevel: String, CaseIterable, Sendable {
    case hs2, hs4, hs6, group

    /// How many digits an HS code of this level has; nil for the groups.
    public var digits: Int? {
        switch self {
        case .hs2: return 2
        case .hs4: return 4
        case .hs6: return 6
        case .group: return nil
        }
    }
}
