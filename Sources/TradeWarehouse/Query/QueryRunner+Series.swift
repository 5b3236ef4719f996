/// Named partners' headline rows over every period or a range, found from those partners' own
/// figures through index `figure_by_series`, each row by its key. (Asked for by partner alone,
/// SQLite walks `figure_listing`, which holds every column the headline views read, through every
/// partner's figures of the commodity.)
extension QueryRunner {
    /// The condition on a figure's partner id that the partners `arguments` name make (one, or a
    /// list), or nil when they name none.
    static func seriesPartners(_ arguments: [String: CellValue]) -> String? {
        if let partner = arguments["partner"], partner != .null { return "= (SELECT id FROM partner WHERE code = :partner)" }
        if let list = arguments["partner_list"], list != .null {
            return "IN (SELECT id FROM partner WHERE code IN (SELECT value FROM json_each(:partner_list)))"
        }
        return nil
    }

    /// The FROM and WHERE clauses that read headline view `view` (as `v`, with its `listing_period`,
    /// `listing_flow` and `listing_partner`) for `partners` (`seriesPartners`), from their figures
    /// (`s`) of the commodity and sector whose ids the SQL expressions `commodity` and `sector` give,
    /// with the other conditions of `arguments`; and the parameters they bind.
    static func series(of view: String, _ arguments: [String: CellValue], partners: String,
                       commodity: String, sector: String) -> (String, [String: CellValue]) {
        let named = { (key: String) in key == "partner" || key == "partner_list" }
        let (conditions, bound) = Self.conditions(arguments.filter { !named($0.key) },
                                                  halves: ("v.listing_first_half", "v.listing_last_half"))
        let clauses = Self.and(conditions, ["s.partner_id \(partners)", "s.commodity_id = \(commodity)", "s.sector_id = \(sector)"])
        return ("""

            FROM figure s
            CROSS JOIN \(view) v
                ON v.listing_period = s.period_id AND v.listing_flow = s.flow_id AND v.listing_partner = s.partner_id\(clauses)
            """, bound.merging(arguments.filter { named($0.key) }) { $1 })
    }

    /// `headlineYoY` for the partners named over every period or a range (its one commodity's
    /// figures, by their key). (`query yoy --partner CN` on 500,000 HS lines with their totals read
    /// every partner's TOTAL figures before.)
    func partnerYoY(_ arguments: [String: CellValue], partners: String) throws -> Statement {
        let (from, bound) = Self.series(of: "headline_yoy", arguments, partners: partners,
                                        commodity: "(SELECT id FROM commodity WHERE code = :commodity)",
                                        sector: "(SELECT id FROM sector WHERE code = :sector)")
        return try db.prepare("""
            SELECT \(Self.yoyColumns)\(from) AND v.listing_commodity = s.commodity_id
            ORDER BY \(Self.yoyOrder)
            """, bound)
    }
}
