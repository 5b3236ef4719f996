/// What a partner is (column `kind` of table `partner`).
public enum PartnerKind: String, Sendable {
    /// WORLD: every partner together.
    case world
    /// A country or territory (ISO 3166-1 alpha-2).
    case country
    /// A group of countries: built in (EU, ASEAN, the continents) or defined by a user.
    case group
}

/// What a commodity code is (column `kind` of table `commodity`).
public enum CommodityKind: String, Sendable {
    /// TOTAL: all goods.
    case total
    /// A customs commodity group (`PHONES`).
    case group
    /// An HS code of 2 to 8 digits.
    case hs
}
