import TradeWarehouse

/// `/figures?period=P&flow=F&partner=X&commodity=Y[&sector=S]`: one figure, where it came from and
/// what became of it: its value now with its change on a year earlier, and every release that
/// stated it (the one in use, those it replaced), each with its file, line and, for a bulletin, the
/// sentence. A derived figure (no release states it) says so. Every amount of a page's table links here.
enum FigurePage {
    /// The fields that name a figure, in the order of its address.
    static let keyFields = ["period", "flow", "partner", "commodity", "sector"]

    static func make(_ visit: Visit) throws -> Page {
        let labels = visit.labels, form = visit.form
        let period = try FormFilters.period(form["period"] ?? "", field: "period")
        let flow = try FormFilters.parsed(form["flow"] ?? "", field: "flow", Flow.parse)
        guard let partner = form["partner"], let commodity = form["commodity"] else {
            throw WebError.badField(form["partner"] == nil ? "partner" : "commodity", message: "a code is required")
        }
        let sector = form["sector"] ?? Sector.all.rawValue
        let filters = QueryFilters(period: period, flow: flow, partner: partner, commodity: commodity,
                                   sector: (try? Sector.parse(sector)) ?? .all)
        let now = try QueryRunner(reader: visit.db).run(.yoy, filters)
        let history = try BrowseQueries.figureHistory(visit.db, period: period.code, flow: flow.rawValue, partner: partner,
                                                      commodity: commodity, sector: sector)
        guard !now.rows.isEmpty || !history.rows.isEmpty else {
            throw WebError.notFound("figure " + [period.code, flow.rawValue, partner, commodity, sector].joined(separator: " "))
        }
        let wording = try visit.wording()
        let title = [wording.text(.text(flow.rawValue), column: "flow"), wording.text(.text(partner), column: "partner"),
                     wording.text(.text(commodity), column: "commodity"), wording.text(.text(period.code), column: "period")]
        var page = Page(title: title.joined(separator: " · "))
        let standing = history.columns.firstIndex(of: "standing")
        let stated = history.rows.contains { row in standing.map { row[$0] == .text("current") } ?? false }
        page.intro = labels[stated ? "figure.intro" : "figure.derived"]
        page.command = "tradewh query yoy --period \(period.code) --flow \(flow.rawValue) --partner \(FormFilters.quoted(partner)) "
            + "--commodity \(FormFilters.quoted(commodity))" + (sector == Sector.all.rawValue ? "" : " --sector \(FormFilters.quoted(sector))")
        page.tables = [Page.Table(caption: labels["figure.now"], name: "figure", rows: now)]
        if !history.rows.isEmpty {
            page.tables.append(Page.Table(caption: labels["figure.history"], name: "figure-releases", rows: history))
        }
        return page
    }

    /// The address of the figure of a row of `table` whose amount is in `column` (`value_usd` with
    /// the row's flow; `export_usd` and the like name their flow), or nil when the row does not name
    /// one figure. A key column the table does not have is taken from its `constants`.
    static func href(row: [CellValue], table: Page.Table, column: String, links: Links) -> String? {
        let cell = { (name: String) in table.rows.columns.firstIndex(of: name).flatMap { row[$0].text } ?? table.constants[name] }
        let flow = column == "value_usd" ? cell("flow") : amountFlows[column]
        guard let flow, let period = cell("period"), let partner = cell("partner"), let commodity = cell("commodity") else { return nil }
        return links.href("/figures", [("period", period), ("flow", flow), ("partner", partner), ("commodity", commodity),
                                       ("sector", cell("sector") ?? Sector.all.rawValue)])
    }

    /// The flow of each amount column that names one.
    private static let amountFlows = ["export_usd": "export", "import_usd": "import", "balance_usd": "balance",
                                      "turnover_usd": "turnover"]
}
