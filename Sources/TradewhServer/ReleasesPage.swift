import TradeWarehouse

/// `/releases`: every release, what it loaded and when; `/releases/ID`: one release and its figures.
enum ReleasesPage {
    static func list(_ visit: Visit) throws -> Page {
        var page = Page(title: visit.labels["releases.title"])
        page.intro = visit.labels["releases.intro"]
        page.tables = [Page.Table(caption: nil, name: "releases", rows: try Listings.releases(visit.db))]
        return page
    }

    static func one(_ visit: Visit) throws -> Page {
        let text = visit.parameter ?? ""
        let all = try Listings.releases(visit.db)
        guard let id = Int64(text), let row = all.rows.first(where: { $0.first == .integer(id) }) else {
            throw WebError.notFound("release " + text)
        }
        var page = Page(title: visit.labels.filled("release.title", Int(id)))
        page.intro = row[all.columns.firstIndex(of: "path") ?? 1].text
        page.tables = [Page.Table(caption: nil, name: "release-\(id)", rows: ResultTable(columns: all.columns, rows: [row])),
                       Page.Table(caption: visit.labels["release.figures"], name: "release-\(id)-figures",
                                  rows: try BrowseQueries.releaseFigures(visit.db, release: id))]
        return page
    }
}
