/// A commodity's code as the views and release files write it: `TOTAL`, a customs commodity
/// group's (`PHONES`), or an HS code of 2 to 8 digits (`8517`).
///
///     CommodityCode.total.rawValue   // "TOTAL"
public struct CommodityCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The code as written (`PHONES`).
    public let rawValue: String

    /// The commodity coded `rawValue` (not checked against the reference data).
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// All goods: the headline figures' commodity.
    public static let total = CommodityCode(rawValue: "TOTAL")

    public var description: String { rawValue }
}
