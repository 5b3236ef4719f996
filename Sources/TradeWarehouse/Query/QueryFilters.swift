/// What a named query is narrowed to, as the user gave it on the command line.
public struct QueryFilters: Sendable {
    public var period: Period?
    /// Every period inside `from...to` (either end may be open): a range instead of one `period`.
    public var from: Period?
    public var to: Period?
    public var flow: Flow?
    /// Partner codes, names or aliases: rows of any of them (none: no partner filter).
    public var partners: [String]
    /// Commodity codes, names or aliases: rows of any of them (none: no commodity filter).
    public var commodities: [String]
    public var sector: Sector = .all
    /// Rows for every partner or every commodity, instead of the WORLD / TOTAL headline.
    public var breakdown: Breakdown?
    /// With a breakdown by commodity: only commodities of this level (nil: every commodity).
    public var level: CommodityLevel?
    /// For `top`: how many rows, and what to rank them by.
    public var limit: Int = 10
    public var ranking: Ranking = .value
    /// Answer as the warehouse stood after a release or on a day (nil: now).
    public var asOf: AsOfPoint?

    /// `partner` and `commodity` are one value each; `partners` and `commodities`, several (both may be given).
    public init(period: Period? = nil, from: Period? = nil, to: Period? = nil, flow: Flow? = nil,
                partner: String? = nil, commodity: String? = nil, partners: [String] = [], commodities: [String] = [],
                sector: Sector = .all, breakdown: Breakdown? = nil, level: CommodityLevel? = nil, limit: Int = 10,
                ranking: Ranking = .value, asOf: AsOfPoint? = nil) {
        self.period = period
        self.from = from
        self.to = to
        self.flow = flow
        self.partners = (partner.map { [$0] } ?? []) + partners
        self.commodities = (commodity.map { [$0] } ?? []) + commodities
        self.sector = sector
        self.breakdown = breakdown
        self.level = level
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
    /// The largest decreases on a year earlier, in dollars (decreases only).
    case decline
}

/// What varies across the rows of a query.
public enum Breakdown: String, CaseIterable, Sendable {
    case partner, commodity
}
