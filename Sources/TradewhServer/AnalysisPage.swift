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
        let runner = try QueryRunner(reader: visit.db)
        let table = try runner.run(form.query, filters)
        page.charts = try chart(table, filters: filters, visit: visit).map { [$0] } ?? []
        // (balance's rows are all goods: its table has no commodity column.)
        page.tables = [Page.Table(caption: nil, name: form.query.rawValue, rows: table,
                                  constants: ["commodity": CommodityCode.total.rawValue])]
        if table.rows.isEmpty, let reason = try runner.whyEmpty(form.query, filters) { page.error = reason }
        return page
    }

    /// The chart that matches the rows: bars of the largest partners or commodities when the rows are
    /// one period broken down by one of them; the monthly trend when they are one partner and one
    /// commodity over several periods; none otherwise.
    static func chart(_ table: ResultTable, filters: QueryFilters, visit: Visit) throws -> String? {
        let column = { (name: String) in table.columns.firstIndex(of: name) }
        // (The charts read the warehouse as it stands: none for an answer as it stood earlier.)
        guard let period = column("period"), !table.rows.isEmpty, filters.asOf == nil else { return nil }
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
        let months = try ChartQueries.trend(visit.db, partner: partner, commodity: commodity)
        guard !months.isEmpty else { return nil }
        let wording = try TableWording.load(visit.db, language: visit.language)
        return svg.trend(months, title: visit.labels["overview.trend"] + " · " + wording.text(.text(partner), column: "partner")
                            + " · " + wording.text(.text(commodity), column: "commodity"))
    }
}
