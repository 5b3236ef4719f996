/// One figure of Vietnam's trade as a statistics office, ministry or the customs office published it
/// (`Migrations/reference/published_totals.csv`, drawn from `Samples/history/`), with where it was
/// published. The extractor matches the figures of a bulletin that states no year against these.
public struct PublishedFigure: Sendable, Equatable {
    public let period: Period
    public let flow: Flow
    /// `WORLD`, an ISO code or a group code.
    public let partner: String
    /// The commodity code, or `TOTAL`.
    public let commodity: String
    public let sector: Sector
    /// Whole US dollars, as published; negative for a deficit.
    public let valueUSD: Int64
    /// The change on the same period a year earlier, where the release stated one.
    public let yoyPct: Double?
    /// The release file of `Samples/history/` it comes from.
    public let source: String
    /// The first article that release was read from.
    public let url: String?

    public init(period: Period, flow: Flow, partner: String, commodity: String, sector: Sector, valueUSD: Int64,
                yoyPct: Double?, source: String, url: String?) {
        self.period = period
        self.flow = flow
        self.partner = partner
        self.commodity = commodity
        self.sector = sector
        self.valueUSD = valueUSD
        self.yoyPct = yoyPct
        self.source = source
        self.url = url
    }
}
