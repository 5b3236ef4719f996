import TradeWarehouse

/// What a partner's or commodity's page shows, in neither language: its series with where each
/// figure came from, its shares, its monthly trend, and its largest counterparts in the latest
/// month. Read once for each subject and state of the warehouse (`AnswerCache.value`), so that
/// the page in the other language, or asked again at another address, runs no query.
struct SubjectFigures {
    let series: ResultTable
    let share: ResultTable
    let months: [ChartQueries.Month]
    /// The latest month with figures, and the largest counterparts in it (exports).
    let latest: Period?
    let top: ResultTable?

    /// The figures of partner `code` (all goods), or with `commodity`, of commodity `code` (all partners).
    static func read(_ db: Database, code: String, commodity isCommodity: Bool) throws -> SubjectFigures {
        let partner = isCommodity ? PartnerCode.world.rawValue : code
        let commodity = isCommodity ? code : CommodityCode.total.rawValue
        let runner = try QueryRunner(reader: db)
        let key = filters(code, commodity: isCommodity)
        let latest = try BrowseQueries.latestMonth(db)
        return SubjectFigures(
            series: SubjectPage.withSources(try runner.run(.yoy, key), try BrowseQueries.sources(db, partner: partner, commodity: commodity)),
            share: SubjectPage.latestFirst(try runner.run(.share, key)),
            months: try ChartQueries.trend(db, partner: partner, commodity: commodity),
            latest: latest,
            top: try latest.map { try top(runner, code: code, commodity: isCommodity, period: $0) })
    }

    /// The filters that narrow a query to the subject.
    static func filters(_ code: String, commodity isCommodity: Bool) -> QueryFilters {
        isCommodity ? QueryFilters(commodity: code) : QueryFilters(partner: code)
    }

    /// The subject's largest counterparts (commodities of a partner, partners of a commodity) in
    /// `period`'s exports.
    static func top(_ runner: QueryRunner, code: String, commodity isCommodity: Bool, period: Period) throws -> ResultTable {
        var top = filters(code, commodity: isCommodity)
        top.period = period
        top.flow = .export
        top.breakdown = isCommodity ? .partner : .commodity
        return try runner.run(.top, top)
    }
}
