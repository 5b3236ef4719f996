/// The figures a written summary of one period draws on, read from the public views.
public struct SummaryFigures: Sendable {
    /// A figure as the summary states it.
    public struct Line: Sendable, Equatable {
        public let flow: Flow
        public let period: Period
        public let partner: PartnerCode
        public let partnerName: (vi: String?, en: String)
        public let commodity: CommodityCode
        public let commodityName: (vi: String?, en: String)
        public let valueUSD: Int64
        public let yoyPct: Double?
        public let sharePct: Double?
        /// How exactly the figure was published ("hơn", "khoảng"); `exact` for a derived one.
        public var qualifier: Qualifier = .exact
        /// True when the figure was published as an estimate.
        public var estimated = false
        /// The change on the previous period of the same length (month, quarter), where the
        /// warehouse has both: for the totals, markets and products of a month or quarter.
        public var momPct: Double?

        public static func == (lhs: Line, rhs: Line) -> Bool {
            lhs.flow == rhs.flow && lhs.period == rhs.period && lhs.partner == rhs.partner
                && lhs.commodity == rhs.commodity && lhs.valueUSD == rhs.valueUSD
        }
    }

    public let period: Period
    public let exports: Line?
    public let imports: Line?
    public let balance: Line?
    /// Exports plus imports, when the warehouse has the figure (reported or derived).
    public let turnover: Line?
    /// The span from January to the period's end, when the period is a month after January or a
    /// quarter after the first.
    public let yearToDate: (exports: Line?, imports: Line?)
    /// The year to date's main markets, where the warehouse has them (reported, or derived from months).
    public let yearToDateMarkets: (exports: [Line], imports: [Line])
    /// The year to date's main export products, where the warehouse has them.
    public let yearToDateProducts: [Line]
    public let exportPartners: [Line]
    public let importPartners: [Line]
    public let exportCommodities: [Line]
    /// Reconcile rows with status `mismatch` for the period.
    public let mismatches: [Mismatch]

    /// A failed consistency check: which, for whom, and the two figures that disagree.
    public struct Mismatch: Sendable {
        public let check: String
        public let flow: String
        public let partner: PartnerCode
        public let partnerName: (vi: String?, en: String)
        public let commodity: CommodityCode
        public let commodityName: (vi: String?, en: String)
        public let expected: CellValue
        public let actual: CellValue
    }

    /// Reads the summary's figures for `period`; `limit` partners and commodities of each kind. All
    /// are read in one read transaction, so they are one snapshot of the warehouse. Without
    /// `mismatches`, the consistency checks are not read (view `reconcile`: most of the time a summary
    /// takes, 60 ms of 100 at 1M figures) and the summary has no notes on them.
    public static func load(_ db: Database, period: Period, limit: Int = 5, mismatches: Bool = true) throws -> SummaryFigures {
        try db.readTransaction { try loadInSnapshot(db, period: period, limit: limit, mismatches: mismatches) }
    }

    /// January to the end of `period`, for a month after January or a quarter after the first; else nil.
    static func yearToDate(of period: Period) -> Period? {
        let yearStart = (period.firstHalf / 24) * 24
        guard period.kind == .month || period.kind == .quarter, period.firstHalf != yearStart else { return nil }
        return Period(firstHalf: yearStart, lastHalf: period.lastHalf)
    }

    private static func loadInSnapshot(_ db: Database, period: Period, limit: Int, mismatches: Bool) throws -> SummaryFigures {
        let reader = SummaryReader(db: db)
        let ytd = yearToDate(of: period)
        func total(_ period: Period, _ flow: Flow) throws -> Line? {
            try reader.lines(period, flow: flow, partners: .world, limit: 1).first.map { try reader.withMonthOnMonth($0) }
        }
        func main(_ period: Period, _ flow: Flow, _ scope: SummaryReader.Scope, limit: Int) throws -> [Line] {
            try reader.lines(period, flow: flow, partners: scope, limit: limit).map { try reader.withMonthOnMonth($0) }
        }
        return SummaryFigures(
            period: period,
            exports: try total(period, .export),
            imports: try total(period, .import),
            balance: try reader.balance(period),
            turnover: try total(period, .turnover),
            yearToDate: (try ytd.flatMap { try total($0, .export) }, try ytd.flatMap { try total($0, .import) }),
            yearToDateMarkets: (try ytd.map { try main($0, .export, .countriesAndGroups, limit: limit) } ?? [],
                                try ytd.map { try main($0, .import, .countriesAndGroups, limit: min(limit, 3)) } ?? []),
            yearToDateProducts: try ytd.map { try main($0, .export, .commodities, limit: limit) } ?? [],
            exportPartners: try main(period, .export, .countriesAndGroups, limit: limit),
            importPartners: try main(period, .import, .countriesAndGroups, limit: min(limit, 3)),
            exportCommodities: try main(period, .export, .commodities, limit: limit),
            mismatches: mismatches ? try reader.mismatches(period) : [])
    }

    /// Every figure the summary states, for checking it against what `extract` reads back.
    public var statedLines: [Line] {
        [turnover, exports, imports, balance, yearToDate.exports, yearToDate.imports].compactMap { $0 }
            + exportPartners + importPartners + yearToDateMarkets.exports + yearToDateMarkets.imports
            + exportCommodities + yearToDateProducts
    }
}
