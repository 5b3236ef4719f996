/// Where a figure read from a bulletin came from, and what else the text said about it.
struct TextProvenance: Sendable {
    var sentence: String
    var spanStart: Int
    var spanEnd: Int
    var commodityName: String?
    var momPct: Double?
    var deltaUSD: Int64?
}
