import TradeWarehouse

/// `/analyses?query=NAME&...`: a named query with its filters as a form, its chart, its table and
/// the `tradewh query` command line that prints the same rows.
enum AnalysisPage {
    static func make(_ visit: Visit) throws -> Page {
        let labels = visit.labels
        let form = try FormFilters(form: visit.form)
        var page = Page(title: labels["analyses.title"] + ": " + labels["analysis." + form.query.rawValue])
        page.intro = labels["analyses.intro"]
        page.filters = form.model(labels)
        page.command = form.commandLine
        let filters = try form.filters(visit.db)
        let answer = try reading(filters, visit: visit) { db, filters in
            let runner = try QueryRunner(reader: db)
            let table = try runner.run(form.query, filters)
            return (table: table, chart: try chart(table, filters: filters, db: db, visit: visit),
                    whyEmpty: table.rows.isEmpty ? try runner.whyEmpty(form.query, filters) : nil)
        }
        page.charts = answer.chart.map { [$0] } ?? []
        // (balance's rows are all goods: its table has no commodity column.)
        page.tables = [Page.Table(caption: nil, name: form.query.rawValue, rows: answer.table,
                                  constants: ["commodity": CommodityCode.total.rawValue])]
        page.error = answer.whyEmpty
        return page
    }

    /// `body` on the warehouse as `filters` ask to read it: as it stands, or with `--as-of` as it
    /// stood then (`AsOf`, on a connection of its own under the same time limit), so that the table
    /// and its chart are both of the figures known then; `body` gets the filters without `asOf`.
    private static func reading<T>(_ filters: QueryFilters, visit: Visit,
                                   _ body: (Database, QueryFilters) throws -> T) throws -> T {
        guard let point = filters.asOf else { return try body(visit.db, filters) }
        var now = filters
        now.asOf = nil
        return try AsOf.run(databasePath: visit.db.path, at: point) { past in
            try AdHocSQL.bounded(visit.timeout, on: past) { try body(past, now) }
        }
    }

    /// The chart that matches the rows: bars of the largest partners or commodities when the rows are
    /// one period broken down by one of them; the monthly trend when they are one partner and one
    /// commodity over several periods (read from `db`, the warehouse as the rows read it); none otherwise.
    static func chart(_ table: ResultTable, filters: QueryFilters, db: Database, visit: Visit) throws -> String? {
        let column = { (name: String) in table.columns.firstIndex(of: name) }
        guard let period = column("period"), !table.rows.isEmpty else { return nil }
        let periods = Set(table.rows.compactMap { $0[period].text })
        let svg = ChartSVG(language: visit.language)
        if periods.count == 1, let breakdown = filters.breakdown, let key = column(breakdown.rawValue),
           let value = column("value_usd") ?? column("export_usd") {
            let names = try visit.names(commodities: breakdown == .commodity)
            let flow = column("flow")
            let first = flow.flatMap { table.rows[0][$0].text }
            let bars = table.rows.filter { row in flow.map { row[$0].text == first } ?? true }.compactMap { row -> ChartQueries.Bar? in
                guard let code = row[key].text, let amount = row[value].integer, amount > 0 else { return nil }
                let name = names[code] ?? (nil, code)
                return ChartQueries.Bar(code: code, nameVietnamese: name.vi, nameEnglish: name.en, value: amount,
                                        yoyPct: column("delta_pct").flatMap { row[$0].real })
            }
            let top = Array(bars.sorted { $0.value > $1.value }.prefix(10))
            return top.isEmpty ? nil : svg.ranking(top, title: (first.map { visit.labels["flow." + $0] + " · " } ?? "") + visit.periodName(periods.first ?? ""))
        }
        guard periods.count > 1 else { return nil }
        let partners = Set(table.rows.compactMap { row in column("partner").flatMap { row[$0].text } })
        let commodities = Set(table.rows.compactMap { row in column("commodity").flatMap { row[$0].text } })
        guard partners.count <= 1, commodities.count <= 1 else { return nil }
        let partner = partners.first ?? PartnerCode.world.rawValue, commodity = commodities.first ?? CommodityCode.total.rawValue
        let months = try ChartQueries.trend(db, partner: partner, commodity: commodity)
        guard !months.isEmpty else { return nil }
        let wording = try visit.wording()
        return svg.trend(months, title: visit.labels["overview.trend"] + " · " + wording.text(.text(partner), column: "partner")
                            + " · " + wording.text(.text(commodity), column: "commodity"))
    }
}
