/// Puts a period's report together: summary, charts of markets and products, tables by partner,
/// by commodity and the balance.
public enum ReportBuilder {
    /// The report's page, every figure of it read in one read transaction (one snapshot).
    public static func page(_ db: Database, period: Period, language: Language) throws -> String {
        try db.readTransaction { try pageInSnapshot(db, period: period, language: language) }
    }

    private static func pageInSnapshot(_ db: Database, period: Period, language: Language) throws -> String {
        let figures = try SummaryFigures.load(db, period: period)
        let summary = try SummaryWriter(language: language).text(figures, markdown: false)
        let chart = ChartSVG(language: language)
        let vietnamese = language == .vi
        let periodName = vietnamese ? BulletinPeriod.vietnamese(period) : BulletinPeriod.english(period)
        var charts: [String] = []
        for byCommodity in [false, true] {
            let bars = try ChartQueries.ranking(db, period: period, flow: .export, byCommodity: byCommodity, limit: 10)
            guard !bars.isEmpty else { continue }
            charts.append(chart.ranking(bars, title: ChartTitle.ranking(byCommodity: byCommodity, flow: .export, period: period,
                                                                        language: language)))
        }
        let runner = try QueryRunner(db: db)
        let tables: [(String, ResultTable)] = [
            (vietnamese ? "Theo thị trường" : "By partner", try runner.run(.yoy, QueryFilters(period: period, breakdown: .partner))),
            (vietnamese ? "Theo mặt hàng" : "By commodity", try runner.run(.yoy, QueryFilters(period: period, breakdown: .commodity))),
            (vietnamese ? "Cán cân thương mại" : "Trade balance", try runner.run(.balance, QueryFilters(period: period, breakdown: .partner))),
        ]
        let title = vietnamese ? "Xuất nhập khẩu hàng hóa \(periodName)" : "Vietnam's merchandise trade in \(periodName)"
        return HTMLReport(language: language).page(title: title, summary: summary, tables: tables, charts: charts)
    }
}
