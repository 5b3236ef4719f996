/// The HS roll-ups that ingest does not keep (migration 0016): a country's chapters, headings and
/// subheadings, and the world's headings and subheadings, summed from the current HS lines
/// (8-digit codes) of countries when a query asks for them, with the sum a year earlier, as rows
/// of view `yoy`'s columns (`source` = `derived`). A key that a standing release states is left
/// out (the stated figure stands, in `yoy`), and so is a world chapter (kept in `figure`).
///
/// Only the periods asked about are read (a period, or a range, and the same a year earlier),
/// through `fact`'s key; a query over every period sums every line.
///
///     let (sql, bound) = LineRollups.select(arguments, window: .period(first: 1152, last: 1153))
enum LineRollups {
    /// The periods a query asks about, by their half-months.
    enum Window {
        case period(first: Int64, last: Int64)
        case range(first: Int64?, last: Int64?)
    }

    /// Whether a query with these arguments can match a roll-up that only `select` gives: an HS code
    /// of 2, 4 or 6 digits (but not a world chapter), or a breakdown by commodity that may list one.
    static func needed(_ arguments: [String: CellValue]) -> Bool {
        let worldOnly = arguments["partner"] == .text(PartnerCode.world.rawValue)
        if case .text(let code)? = arguments["commodity"] {
            guard let digits = prefixDigits(code) else { return false }
            return !(worldOnly && digits == 2)
        }
        if case .text? = arguments["commodity_list"] { return true }
        guard arguments["all_commodities"] == .integer(1), arguments["level_group"] == nil else { return false }
        if case .integer(let digits)? = arguments["level_digits"] { return digits < 8 && !(worldOnly && digits == 2) }
        return true
    }

    /// The digits of an HS code a line can be summed into (2, 4 or 6), or nil.
    private static func prefixDigits(_ code: String) -> Int? {
        let digits = code.utf8.count
        return [2, 4, 6].contains(digits) && code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) ? digits : nil
    }

    /// A SELECT of `yoy`'s columns (and `listing_*` columns to sort by) over the roll-ups the
    /// arguments can match, in `window`, and the parameters it binds.
    static func select(_ arguments: [String: CellValue], window: Window) -> (String, [String: CellValue]) {
        var bound: [String: CellValue] = [:]
        var lineConditions: [String] = []
        var levels = "(SELECT 2 AS digits UNION ALL SELECT 4 UNION ALL SELECT 6)"
        if case .text(let code)? = arguments["commodity"], let digits = prefixDigits(code) {
            lineConditions.append("substr(c.code, 1, \(digits)) = :rollup_commodity")
            bound["rollup_commodity"] = .text(code)
            levels = "(SELECT \(digits) AS digits)"
        } else if case .integer(let digits)? = arguments["level_digits"], [2, 4, 6].contains(digits) {
            levels = "(SELECT \(digits) AS digits)"
        }
        if case .text(let partner)? = arguments["partner"], partner != PartnerCode.world.rawValue {
            lineConditions.append("pa.code = :rollup_partner")
            bound["rollup_partner"] = .text(partner)
        }
        let (current, prior) = periodConditions(window, &bound)
        let lines = { (periods: String) in summed(levels: levels, conditions: [periods] + lineConditions) }
        return ("""
            SELECT p.code AS period, fl.code AS flow, pa.code AS partner, cur.code AS commodity, se.code AS sector,
                   cur.value_usd, pr.value_usd AS prior_value_usd, cur.value_usd - pr.value_usd AS delta_usd,
                   CASE WHEN pr.value_usd <> 0 THEN round((cur.value_usd - pr.value_usd) * 100.0 / abs(pr.value_usd), 2) + 0.0
                   END AS delta_pct,
                   CASE WHEN pr.value_usd IS NOT NULL THEN 'computed' END AS basis, 'derived' AS source,
                   p.last_half AS listing_last_half, p.first_half AS listing_first_half, cur.flow_id AS listing_flow
            FROM (\(lines(current))) cur
            JOIN period p ON p.id = cur.period_id
            JOIN flow fl ON fl.id = cur.flow_id
            JOIN partner pa ON pa.id = cur.partner_id
            JOIN sector se ON se.id = cur.sector_id
            LEFT JOIN period pp ON pp.first_half = p.first_half - 24 AND pp.last_half = p.last_half - 24
            LEFT JOIN (\(lines(prior))) pr
                   ON pr.period_id = pp.id AND pr.flow_id = cur.flow_id AND pr.partner_id = cur.partner_id
                  AND pr.code = cur.code AND pr.sector_id = cur.sector_id
            WHERE NOT (pa.code = '\(PartnerCode.world.rawValue)' AND length(cur.code) = 2)
              AND NOT EXISTS (SELECT 1 FROM fact s JOIN standing_release r ON r.id = s.release_id
                              WHERE s.period_id = cur.period_id AND s.flow_id = cur.flow_id AND s.partner_id = cur.partner_id
                                AND s.commodity_id = (SELECT id FROM commodity WHERE code = cur.code) AND s.sector_id = cur.sector_id)
            """, bound)
    }

    /// The conditions on period `p` of the periods asked about, and of the same a year earlier.
    private static func periodConditions(_ window: Window, _ bound: inout [String: CellValue]) -> (String, String) {
        switch window {
        case .period(let first, let last):
            bound["rollup_first"] = .integer(first)
            bound["rollup_last"] = .integer(last)
            return ("p.first_half = :rollup_first AND p.last_half = :rollup_last",
                    "p.first_half = :rollup_first - 24 AND p.last_half = :rollup_last - 24")
        case .range(let first, let last):
            var current: [String] = [], prior: [String] = []
            if let first {
                bound["rollup_first"] = .integer(first)
                current.append("p.first_half >= :rollup_first")
                prior.append("p.first_half >= :rollup_first - 24")
            }
            if let last {
                bound["rollup_last"] = .integer(last)
                current.append("p.last_half <= :rollup_last")
                prior.append("p.last_half <= :rollup_last - 24")
            }
            return ((current.isEmpty ? ["1"] : current).joined(separator: " AND "),
                    (prior.isEmpty ? ["1"] : prior).joined(separator: " AND "))
        }
    }

    /// Each country's current lines of the periods `conditions` keep, summed by the codes of the
    /// `levels` they fall in, and every country's together (partner WORLD). A line of a period that
    /// one release alone has figures in is current when its release stands; only in a period of
    /// several is each line's key looked up for the standing release of highest rank (on a month of
    /// 14,000 lines, the lookup for every line took a third of the query).
    private static func summed(levels: String, conditions: [String]) -> String {
        """
        WITH country AS (
            SELECT l.period_id, l.flow_id, l.partner_id, l.sector_id, substr(c.code, 1, d.digits) AS code,
                   sum(l.value_usd) AS value_usd
            FROM period p
            CROSS JOIN fact l ON l.period_id = p.id
            JOIN commodity c ON c.id = l.commodity_id AND c.kind = 'hs' AND length(c.code) = 8
            JOIN partner pa ON pa.id = l.partner_id AND pa.kind = 'country'
            JOIN \(levels) d
            WHERE \(conditions.joined(separator: " AND "))
              AND l.release_id IN (SELECT id FROM standing_release)
              AND (p.id NOT IN (SELECT period_id FROM release_period GROUP BY period_id HAVING count(*) > 1)
                   OR l.release_id = (SELECT g.release_id FROM fact g JOIN standing_release r ON r.id = g.release_id
                                      WHERE g.period_id = l.period_id AND g.flow_id = l.flow_id AND g.partner_id = l.partner_id
                                        AND g.commodity_id = l.commodity_id AND g.sector_id = l.sector_id
                                      ORDER BY r.rank DESC LIMIT 1))
            GROUP BY l.period_id, l.flow_id, l.partner_id, l.sector_id, d.digits, substr(c.code, 1, d.digits))
        SELECT period_id, flow_id, partner_id, sector_id, code, value_usd FROM country
        UNION ALL
        SELECT period_id, flow_id, (SELECT id FROM partner WHERE code = '\(PartnerCode.world.rawValue)'), sector_id, code,
               sum(value_usd)
        FROM country GROUP BY period_id, flow_id, sector_id, code
        """
    }
}
