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
    /// For `top`: how many rows, and what to rank them by.
    public var limit: Int = 10
    public var ranking: Ranking = .value
    /// Answer as the warehouse stood after a release or on a day (nil: now).
    public var asOf: AsOfPoint?

    public init(period: Period? = nil, flow: Flow? = nil, partner: String? = nil, commodity: String? = nil,
                sector: Sector = .all, breakdown: Breakdown? = nil, limit: Int = 10, ranking: Ranking = .value,
                asOf: AsOfPoint? = nil) {
        self.period = period
        self.flow = flow
        self.partner = partner
        self.commodity = commodity
        self.sector = sector
        self.breakdown = breakdown
        self.limit = limit
        self.ranking = ranking
        self.asOf = asOf
    }
}

/// What `top` ranks by.
public enum Ranking: String, CaseIterable, Sendable {
    /// The largest figures.
    case value
    /// The largest increases on a year earlier, in dollars.
    case delta
    /// The largest increases on a year earlier, in percent.
    case pct
    /// The largest decreases on a year earlier, in dollars.
    case decline
}

/// What varies across the rows of a query.
public enum Breakdown: String, CaseIterable, Sendable {
    case partner, commodity
}
