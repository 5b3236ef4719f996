import TradeWarehouse

/// `/partners/CODE` and `/commodities/CODE`: one partner (all goods) or one commodity (all partners)
/// over time (the latest first), with its change on a year earlier, its share, its largest counterparts in a month,
/// and where each figure came from (its release, line and, for bulletins, sentence).
enum SubjectPage {
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
        let runner = try QueryRunner(reader: visit.db)
        let key = isCommodity ? QueryFilters(commodity: code) : QueryFilters(partner: code)
        let series = withSources(try runner.run(.yoy, key), try BrowseQueries.sources(visit.db, partner: partner, commodity: commodity))
        let months = try ChartQueries.trend(visit.db, partner: partner, commodity: commodity)
        if !months.isEmpty {
            page.charts = [ChartSVG(language: visit.language).trend(months, title: labels["overview.trend"] + " · " + visit.name(names))]
        }
        let constants = ["partner": partner, "commodity": commodity, "sector": Sector.all.rawValue]
        page.tables = [Page.Table(caption: labels[prefix + "series"], name: "yoy-" + code, rows: series, constants: constants),
                       Page.Table(caption: labels[prefix + "share"], name: "share-" + code, rows: try runner.run(.share, key))]
        if let period = try visit.periodOrLatest() {
            var top = key
            top.period = period
            top.flow = .export
            top.breakdown = isCommodity ? .partner : .commodity
            page.tables.append(Page.Table(caption: labels[prefix + "top"] + " · " + labels["flow.export"] + " · " + visit.periodName(period.code),
                                          name: "top-" + code + "-" + period.code, rows: try runner.run(.top, top)))
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
        // The periods in the opposite order, each period's rows (its flows) in theirs.
        var place: [String: Int] = [:]
        for row in yoy.rows where place[row[period].text ?? ""] == nil { place[row[period].text ?? ""] = place.count }
        let latestFirst = yoy.rows.enumerated().sorted { a, b in
            let (first, second) = (place[a.element[period].text ?? ""] ?? 0, place[b.element[period].text ?? ""] ?? 0)
            return first != second ? first > second : a.offset < b.offset
        }.map(\.element)
        let rows = latestFirst.map { row in
            kept.map { row[$0] } + (byKey[(row[period].text ?? "") + "|" + (row[flow].text ?? "")] ?? [.null, .null, .null])
        }
        return ResultTable(columns: kept.map { yoy.columns[$0] } + ["release_id", "line", "text"], rows: rows)
    }
}
