/// A partner's code as the views and release files write it: `WORLD`, a country's ISO 3166-1
/// alpha-2 code (`US`), or a group's (`EU`, `ASEAN`, one a user defined).
///
///     PartnerCode.world.rawValue   // "WORLD"
public struct PartnerCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The code as written (`US`).
    public let rawValue: String

    /// The partner coded `rawValue` (not checked against the reference data).
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Every partner together: the headline figures' partner.
    public static let world = PartnerCode(rawValue: "WORLD")

    public var description: String { rawValue }

    /// The code as an SQL string literal, quoted and with any quote doubled: `PartnerCode.world.sqlLiteral`
    /// is `'WORLD'`. For the fixed codes a statement names in its text; a user's value is bound instead.
    public var sqlLiteral: String {
        "'" + rawValue.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }
}
