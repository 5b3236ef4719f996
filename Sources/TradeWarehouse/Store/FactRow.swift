/// One figure ready to store, with dimension ids resolved.
struct FactRow: Sendable {
    var periodID: Int64
    var flowID: Int64
    var partnerID: Int64
    var commodityID: Int64
    /// Whether the commodity is an HS code: its figure is stored in `fact` alone, not in `figure`.
    var isHSCode: Bool
    /// For an HS line (an 8-digit code): the chapter, heading and subheading it is summed into.
    var hsParents: HSParents? = nil
    var sectorID: Int64
    var valueUSD: Int64
    var quantity: Double?
    var unit: String?
    var qualifier: Qualifier
    var estimated: Bool
    var yoyPct: Double?
    var line: Int
    /// For figures read from prose: what the text said and where.
    var provenance: TextProvenance?
}
