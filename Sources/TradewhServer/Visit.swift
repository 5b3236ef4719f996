import TradeWarehouse

/// One request as a page sees it: a read-only connection, the form, the words and links of its
/// language, the value of its route's parameter (a code or an id), if any, and the values kept for
/// the warehouse's state (`cache`, at `version`).
struct Visit {
    let db: Database
    let form: FormValues
    let labels: Labels
    let links: Links
    let parameter: String?
    /// Seconds any statement of the request may run (the server's `--timeout`).
    let timeout: Double
    let cache: AnswerCache
    /// The warehouse's version when the request began (`AnswerCache.currentVersion`).
    let version: Int64

    var language: Language { labels.language }

    /// The period the form asks for, or the warehouse's latest month; nil when it has none.
    func periodOrLatest() throws -> Period? {
        if let text = form["period"] { return try FormFilters.period(text, field: "period") }
        return try BrowseQueries.latestMonth(db)
    }

    /// The names of partners (or commodities) by code: (Vietnamese, English), read once for each
    /// state of the warehouse (an ingest may add a commodity, `groups define` a partner).
    func names(commodities: Bool) throws -> [String: TableWording.ReferenceName] {
        try cache.value(commodities ? "names.commodities" : "names.partners", madeAt: version) {
            try TableWording.names(db, commodities: commodities)
        }
    }

    /// Tables in words in the page's language, with every partner's and commodity's names.
    func wording() throws -> TableWording {
        TableWording(language: language, partners: try names(commodities: false), commodities: try names(commodities: true))
    }

    /// A period as bulletins name it in the page's language ("tháng 2/2026", "February 2026").
    func periodName(_ code: String) -> String {
        TableWording(language: language).text(.text(code), column: "period")
    }

    /// A name in the page's language.
    func name(_ names: TableWording.ReferenceName) -> String {
        TableWording(language: language).name(names)
    }
}
