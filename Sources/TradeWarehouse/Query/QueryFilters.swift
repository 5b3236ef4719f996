/// What a named query is narrowed to, as the user gave it on the command line.
public struct QueryFilters: Sendable {
    public var period: Period?
    public var flow: Flow?
    /// A partner code, name or alias.
    public var partner: String?
    /// A commodity code, name or alias.
    public var commodity: String?
    public var sector: Sector = .all
    /// Rows for every partner or every commodity, instead of the WORLD / TOTAL headline.
    public var breakdown: Breakdown?

    public init(period: Period? = nil, flow: Flow? = nil, partner: String? = nil, commodity: String? = nil,
                sector: Sector = .all, breakdown: Breakdown? = nil) {
        self.period = period
        self.flow = flow
        self.partner = partner
        self.commodity = commodity
        self.sector = sector
        self.breakdown = breakdown
    }
}

/// What varies across the rows of a query.
public enum Breakdown: String, CaseIterable, Sendable {
    case partner, commodity
}

/// The analyses `tradewh query` runs, each a view defined in Migrations/.
public enum NamedQuery: String, CaseIterable, Sendable {
    /// Year-on-year change per figure (view `yoy`).
    case yoy
    /// Exports, imports, balance and turnover per period and partner (view `balance`).
    case balance
}
