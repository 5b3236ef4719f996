/// Puts a period's report together: summary, charts of markets and products, tables by partner,
/// by commodity and the balance, and the data notes.
public enum ReportBuilder {
    /// The report's page, every figure of it read in one read transaction (one snapshot).
    public static func page(_ db: Database, period: Period, language: Language) throws -> String {
        try db.readTransaction { try pageInSnapshot(db, period: period, language: language) }
    }

    private static func pageInSnapshot(_ db: Database, period: Period, language: Language) throws -> String {
        let figures = try SummaryFigures.load(db, period: period)
        let summary = SummaryWriter(language: language).parts(figures)
        let chart = ChartSVG(language: language)
        var charts: [String] = []
        for byCommodity in [false, true] {
            let bars = try ChartQueries.ranking(db, period: period, flow: .export, byCommodity: byCommodity, limit: 10)
            guard !bars.isEmpty else { continue }
            charts.append(chart.ranking(bars, title: ChartTitle.ranking(byCommodity: byCommodity, flow: .export, period: period,
                                                                        language: language)))
        }
        let words = ReportPhrases.of(language)
        let periodName = BulletinWording(language: language).period(period)
        func caption(_ template: String) -> String { template.replacingOccurrences(of: "{p}", with: periodName) }
        let yearOnYear: [ReportTable.Column] = [.name, .flow, .millions, .millions, .percent]
        let tables = [
            ReportTable(caption: caption(words.byPartner), period: periodName,
                        headers: [words.partner, words.flow, words.value, words.prior, words.change], columns: yearOnYear,
                        rows: try ReportQueries.byPartner(db, period: period, language: language).rows),
            ReportTable(caption: caption(words.byCommodity), period: periodName,
                        headers: [words.commodity, words.flow, words.value, words.prior, words.change], columns: yearOnYear,
                        rows: try ReportQueries.byCommodity(db, period: period, language: language).rows),
            ReportTable(caption: caption(words.balance), period: periodName,
                        headers: [words.partner, words.exports, words.imports, words.balanceColumn],
                        columns: [.name, .millions, .millions, .millions],
                        rows: try ReportQueries.balance(db, period: period, language: language).rows),
        ]
        return HTMLReport(language: language).page(title: summary.title, paragraphs: summary.paragraphs, tables: tables,
                                                   charts: charts, notes: summary.notes)
    }
}
