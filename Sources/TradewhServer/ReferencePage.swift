import TradeWarehouse

/// `/partners` and `/commodities`: the reference lists, each code a link to its page; `?match=`
/// narrows them as `tradewh partners TERM` does.
enum ReferencePage {
    static func make(_ visit: Visit, commodities: Bool) throws -> Page {
        let match = visit.form["match"]
        let table = commodities ? try Listings.commodities(visit.db, matching: match) : try Listings.partners(visit.db, matching: match)
        var page = Page(title: visit.labels[commodities ? "commodities.title" : "partners.title"])
        page.tables = [Page.Table(caption: nil, name: commodities ? "commodities" : "partners", rows: table)]
        return page
    }
}
