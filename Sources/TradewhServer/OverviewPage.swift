import TradeWarehouse

/// `/`: the latest month's headline (exports, imports, balance, turnover with their change on a
/// year earlier, and the year to date), the written summary (without its consistency notes: the
/// reconcile analysis it links to shows them), the monthly trend, and links into the partners,
/// commodities and analyses of that month.
enum OverviewPage {
    static func make(_ visit: Visit) throws -> Page {
        let labels = visit.labels
        var page = Page(title: labels["overview.title"])
        guard let period = try visit.periodOrLatest() else {
            page.intro = labels["overview.empty"]
            return page
        }
        let figures = try visit.cache.value("overview." + period.code, madeAt: visit.version) {
            try OverviewFigures.read(visit.db, period: period)
        }
        let headline = figures.headline, yearToDate = figures.yearToDate
        page.intro = labels["overview.latest"] + ": " + visit.periodName(period.code)
        page.cards = cards(headline, prefix: "", visit: visit)
            + cards(yearToDate, prefix: labels["overview.ytd"] + " · ", visit: visit, flows: ["export", "import"])
        // The summary in words and the chart, in the page's language: as costly as the figures on the
        // samples (the whole history's trend), so kept with them.
        let words = try visit.cache.value("overview." + period.code + "." + visit.language.rawValue, madeAt: visit.version) {
            let summary = try SummaryWriter(language: visit.language).text(figures.summary, markdown: false)
            return (paragraphs: summary.split(separator: "\n").dropFirst().map(String.init),
                    chart: ChartSVG(language: visit.language).trend(figures.months, title: labels["overview.trend"]))
        }
        page.paragraphs = words.paragraphs
        page.charts = [words.chart]
        page.linkLists = rankings(figures.rankings, visit: visit) + [analyses(period, visit: visit)]
        page.tables = [Page.Table(caption: labels["analysis.yoy"], name: "yoy-\(period.code)", rows: headline),
                       Page.Table(caption: labels["analysis.ytd"], name: "ytd-\(period.code)", rows: yearToDate)]
        return page
    }

    /// One card per flow of `table` (a `yoy` or `ytd` table of the headline), in the table's order.
    static func cards(_ table: ResultTable, prefix: String, visit: Visit, flows: Set<String>? = nil) -> [Page.Card] {
        let column = { (name: String) in table.columns.firstIndex(of: name) }
        guard let flow = column("flow"), let value = column("value_usd"), let pct = column("delta_pct") else { return [] }
        let delta = column("delta_usd")
        return table.rows.compactMap { row in
            guard let code = row[flow].text, flows?.contains(code) ?? true, let amount = row[value].integer else { return nil }
            // A percentage of a deficit reads backwards ("+32.9%" for one that narrowed): the balance's
            // card says in words what moved, and by how much ("deficit narrowed by US$510 million").
            let moved = code == Flow.balance.rawValue
                ? delta.flatMap { row[$0].integer }.map { change in
                    BalanceMove(from: amount - change, to: amount).words(size: TableWording(language: visit.language).money(abs(change)),
                                                                         labels: visit.labels)
                }
                : row[pct].real.map { signed($0, visit.language) }
            let change = moved.map { $0 + " " + visit.labels["yoy.label"] }
            return Page.Card(label: prefix + visit.labels["flow." + code] + " (" + visit.periodName(column("period").flatMap { row[$0].text } ?? "") + ")",
                             value: TableWording(language: visit.language).money(amount), change: change)
        }
    }

    /// A change in percent with its sign, one decimal, in the language's decimal mark: "+5,7%".
    static func signed(_ percent: Double, _ language: Language) -> String {
        TableWording(language: language).change(percent) + "%"
    }

    /// The largest export markets and products of the latest month that has them (a month's first
    /// figures are often its totals alone).
    private static func rankings(_ rankings: [OverviewFigures.Ranking], visit: Visit) -> [Page.LinkList] {
        rankings.map { ranking in
            let (key, path) = ranking.byCommodity ? ("overview.products", "/commodities/") : ("overview.markets", "/partners/")
            return Page.LinkList(caption: visit.labels[key] + " · " + visit.periodName(ranking.period.code), links: ranking.bars.map { bar in
                (visit.name((bar.nameVietnamese, bar.nameEnglish)), visit.links.href(path + Links.segment(bar.code)),
                 TableWording(language: visit.language).money(bar.value) + (bar.yoyPct.map { ", " + signed($0, visit.language) } ?? ""))
            })
        }
    }

    private static func analyses(_ period: Period, visit: Visit) -> Page.LinkList {
        Page.LinkList(caption: visit.labels["overview.more"] + " · " + visit.periodName(period.code), links: NamedQuery.allCases.map { query in
            (visit.labels["analysis." + query.rawValue],
             visit.links.href("/analyses", [("query", query.rawValue), ("period", period.code)] + (query == .top ? [("by", "partner")] : [])),
             "tradewh query \(query.rawValue) --period \(period.code)")
        })
    }
}
