import TradeWarehouse

/// One request as a page sees it: a read-only connection, the form, the words and links of its
/// language, and the value of its route's parameter (a code or an id), if any.
struct Visit {
    let db: Database
    let form: FormValues
    let labels: Labels
    let links: Links
    let parameter: String?
    /// Seconds any statement of the request may run (the server's `--timeout`).
    let timeout: Double

    var language: Language { labels.language }

    /// The period the form asks for, or the warehouse's latest month; nil when it has none.
    func periodOrLatest() throws -> Period? {
        if let text = form["period"] { return try FormFilters.period(text, field: "period") }
        return try BrowseQueries.latestMonth(db)
    }

    /// The names of partners (or commodities) by code: (Vietnamese, English).
    func names(commodities: Bool) throws -> [String: TableWording.ReferenceName] {
        try TableWording.names(db, commodities: commodities)
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
