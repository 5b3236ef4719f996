import TradeWarehouse

/// What the overview shows of a month, in neither language: the headline and year-to-date tables,
/// the figures the written summary is made of, the monthly trend, and the largest export markets and
/// products of the latest month that has them. Read once for each state of the warehouse
/// (`AnswerCache.value`): at 1M figures it is most of the overview's cost.
struct OverviewFigures {
    /// A ranking and the month it is of.
    struct Ranking {
        let byCommodity: Bool
        let period: Period
        let bars: [ChartQueries.Bar]
    }

    let headline: ResultTable
    let yearToDate: ResultTable
    let summary: SummaryFigures
    let months: [ChartQueries.Month]
    let rankings: [Ranking]

    /// The figures of `period`, read from `db`.
    static func read(_ db: Database, period: Period) throws -> OverviewFigures {
        let runner = try QueryRunner(reader: db)
        let rankings = try [false, true].compactMap { try ranking(db, byCommodity: $0) }
        return OverviewFigures(
            headline: try runner.run(.yoy, QueryFilters(period: period)),
            yearToDate: try runner.run(.ytd, QueryFilters(period: period)),
            summary: try SummaryFigures.load(db, period: period, mismatches: false),
            months: try ChartQueries.trend(db, partner: PartnerCode.world.rawValue, commodity: CommodityCode.total.rawValue),
            rankings: rankings)
    }

    /// The most bars a ranking shows.
    static let rankingLength = 10

    /// The largest export markets (or products) of the latest month that has them; when that month
    /// has fewer than a full ranking (a bulletin often names one market), of whichever of the twelve
    /// months up to it names the most (the latest of equals), so that the list ranks something.
    static func ranking(_ db: Database, byCommodity: Bool) throws -> Ranking? {
        guard var month = try BrowseQueries.latestMonth(db, breakdown: byCommodity ? .commodity : .partner) else { return nil }
        let bars = { (month: Period) in
            try ChartQueries.ranking(db, period: month, flow: .export, byCommodity: byCommodity, limit: rankingLength)
        }
        var best = Ranking(byCommodity: byCommodity, period: month, bars: try bars(month))
        for _ in 1..<12 where best.bars.count < rankingLength {
            month = Period(firstHalf: month.firstHalf - 2, lastHalf: month.lastHalf - 2)
            let earlier = try bars(month)
            if earlier.count > best.bars.count { best = Ranking(byCommodity: byCommodity, period: month, bars: earlier) }
        }
        return best
    }
}
