import TradeWarehouse

/// `/partners/CODE` and `/commodities/CODE`: one partner (all goods) or one commodity (all partners)
/// over time (the latest first), with its change on a year earlier, its share, its largest counterparts in a month,
/// and where each figure came from (its release, line and, for bulletins, sentence).
enum SubjectPage {
    /// The rows of the series (and of the shares) the page shows, the latest first: a reader looks
    /// for the last months, and a phone shows each row as a block; the downloads hold every row.
    static let seriesRows = 48

    static func make(_ visit: Visit, commodity isCommodity: Bool) throws -> Page {
        let labels = visit.labels, prefix = isCommodity ? "commodity." : "partner."
        let code = visit.parameter ?? ""
        guard let names = try visit.names(commodities: isCommodity)[code] else {
            throw WebError.notFound((isCommodity ? "commodity " : "partner ") + code)
        }
        var page = Page(title: visit.name(names) + " (" + code + ")")
        if visit.language == .vi, names.vi != nil { page.intro = names.en }
        let partner = isCommodity ? PartnerCode.world.rawValue : code
        let commodity = isCommodity ? code : CommodityCode.total.rawValue
        let figures = try visit.cache.value((isCommodity ? "commodity." : "partner.") + code, madeAt: visit.version) {
            try SubjectFigures.read(visit.db, code: code, commodity: isCommodity)
        }
        if !figures.months.isEmpty {
            page.charts = [ChartSVG(language: visit.language).trend(figures.months, title: labels["overview.trend"] + " · " + visit.name(names))]
        }
        let constants = ["partner": partner, "commodity": commodity, "sector": Sector.all.rawValue]
        // The rows of its tables are kept rendered for each state and language (`Page.Table.keptAs`): a
        // partner's page is mostly its tables' cells, rendering them most of its cost.
        let kept = prefix + code + "."
        page.tables = [Page.Table(caption: labels[prefix + "series"], name: "yoy-" + code, rows: figures.series, constants: constants,
                                  shownRows: seriesRows, keptAs: kept + "series"),
                       Page.Table(caption: labels[prefix + "share"], name: "share-" + code, rows: figures.share, shownRows: seriesRows,
                                  keptAs: kept + "share")]
        let asked = try visit.form["period"].map { try FormFilters.period($0, field: "period") }
        if let period = asked ?? figures.latest {
            let top = try asked.map { try SubjectFigures.top(QueryRunner(reader: visit.db), code: code, commodity: isCommodity, period: $0) }
                ?? figures.top ?? ResultTable(columns: [], rows: [])
            page.tables.append(Page.Table(caption: labels[prefix + "top"] + " · " + labels["flow.export"] + " · " + visit.periodName(period.code),
                                          name: "top-" + code + "-" + period.code, rows: top, keptAs: kept + "top." + period.code))
        }
        return page
    }

    /// `yoy` rows without the columns the page holds constant (partner, commodity, sector), with, for
    /// each reported figure, its release, line and sentence (`sources`, by period and flow); derived
    /// figures have none. The latest periods come first: a reader looks for them, not for 2015.
    static func withSources(_ yoy: ResultTable, _ sources: ResultTable) -> ResultTable {
        var byKey: [String: [CellValue]] = [:]
        for row in sources.rows { byKey[(row[0].text ?? "") + "|" + (row[1].text ?? "")] = [row[2], row[4], row[5]] }
        guard let period = yoy.columns.firstIndex(of: "period"), let flow = yoy.columns.firstIndex(of: "flow") else { return yoy }
        let kept = yoy.columns.indices.filter { !["partner", "commodity", "sector"].contains(yoy.columns[$0]) }
        let rows = latestFirst(yoy).rows.map { row in
            kept.map { row[$0] } + (byKey[(row[period].text ?? "") + "|" + (row[flow].text ?? "")] ?? [.null, .null, .null])
        }
        return ResultTable(columns: kept.map { yoy.columns[$0] } + ["release_id", "line", "text"], rows: rows)
    }

    /// `table`'s rows with its periods in the opposite order (a query lists the oldest first), each
    /// period's rows (its flows) in theirs; a table without a period column as it is.
    static func latestFirst(_ table: ResultTable) -> ResultTable {
        guard let period = table.columns.firstIndex(of: "period") else { return table }
        var place: [String: Int] = [:]
        for row in table.rows where place[row[period].text ?? ""] == nil { place[row[period].text ?? ""] = place.count }
        let rows = table.rows.enumerated().sorted { a, b in
            let (first, second) = (place[a.element[period].text ?? ""] ?? 0, place[b.element[period].text ?? ""] ?? 0)
            return first != second ? first > second : a.offset < b.offset
        }.map(\.element)
        return ResultTable(columns: table.columns, rows: rows)
    }
}
