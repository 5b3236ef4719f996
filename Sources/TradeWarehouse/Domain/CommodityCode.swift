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

    /// The code as an SQL string literal, quoted and with any quote doubled: `CommodityCode.total.sqlLiteral`
    /// is `'TOTAL'`. For the fixed codes a statement names in its text; a user's value is bound instead.
    public var sqlLiteral: String {
        "'" + rawValue.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }
}
