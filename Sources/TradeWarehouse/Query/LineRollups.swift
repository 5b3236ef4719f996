/// The HS roll-ups that ingest does not keep (migration 0016): a country's chapters, headings and
/// subheadings, the world's headings and subheadings, and quarters, years and spans from January
/// of any of them (the world's chapters too), or the commodity groups made of HS codes
/// (`RollupGrouping`), summed from the current HS lines (8-digit codes) of countries when a query
/// asks for them, with the figure they are compared with (`Comparison`), as rows with `source` =
/// `derived`. What is stated elsewhere is left out (`RollupGrouping.stated`).
///
/// A quarter, a year or a span from January is the sum of its months when a standing release has
/// figures in each of them, as a `GROUP BY` over the lines gives it: a code without lines in one of
/// the months had no trade then. (View `derived_fact` sums a total only where every month has it.)
/// Only the periods asked about are read (a period, or a range, and those compared with), through
/// `fact`'s key; a query over every period sums every line.
///
///     let (sql, bound) = LineRollups.select(arguments, window: .period(first: 1152, last: 1153), comparison: .yearEarlier)
enum LineRollups {
    /// The periods a query asks about, by their half-months.
    enum Window {
        case period(first: Int64, last: Int64)
        case range(first: Int64?, last: Int64?)
    }

    /// The figure each roll-up is compared with: the same period a year earlier (`yoy`, `ytd`), the
    /// period of the same length just before (`mom`), or none (`share`).
    enum Comparison {
        case yearEarlier, previous, none
    }

    /// Whether a query with these arguments can match a roll-up that only `select` gives: an HS code
    /// of 2, 4 or 6 digits (a world chapter only outside the periods its lines are in: `figure` keeps
    /// those), or a breakdown by commodity that may list one.
    static func needed(_ arguments: [String: CellValue], window: Window) -> Bool {
        let worldChaptersKept: Bool
        if arguments["partner"] == .text(PartnerCode.world.rawValue), case .period(let first, let last) = window {
            worldChaptersKept = last - first <= 1
        } else {
            worldChaptersKept = false
        }
        if case .text(let code)? = arguments["commodity"] {
            guard let digits = prefixDigits(code) else { return false }
            return !(worldChaptersKept && digits == 2)
        }
        if case .text? = arguments["commodity_list"] { return true }
        guard arguments["all_commodities"] == .integer(1), arguments["level_group"] == nil else { return false }
        if case .integer(let digits)? = arguments["level_digits"] { return digits < 8 && !(worldChaptersKept && digits == 2) }
        return true
    }

    /// The digits of an HS code a line can be summed into (2, 4 or 6), or nil.
    private static func prefixDigits(_ code: String) -> Int? {
        let digits = code.utf8.count
        return [2, 4, 6].contains(digits) && code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) ? digits : nil
    }

    /// A SELECT over the roll-ups the arguments can match, in `window`, and the parameters it binds.
    /// Its columns: period, flow, partner, commodity, sector, value_usd, compared_period,
    /// compared_value_usd (NULL when there is none), source, period_kind, and `listing_*` columns to
    /// sort by (the halves of the period, the flow's id). `partner: false` sums every country
    /// whatever partner the arguments name (for shares of the world's figure). With `.groups`, a
    /// commodity the arguments name is a group's code.
    static func select(_ arguments: [String: CellValue], window: Window, comparison: Comparison,
                       grouping: RollupGrouping = .hs, partner: Bool = true) -> (String, [String: CellValue]) {
        var bound: [String: CellValue] = [:]
        var lineConditions: [String] = []
        var codes = grouping.codes(digits: nil)
        if case .text(let code)? = arguments["commodity"] {
            if grouping == .groups {
                lineConditions.append("g.code = :rollup_commodity")
                bound["rollup_commodity"] = .text(code)
            } else if let digits = prefixDigits(code) {
                // (The codes under the prefix are found first, by the index of `commodity.code`, so that
                // a line of another chapter is passed over without joining its commodity: at 500,000
                // lines, `yoy --period P --commodity 85 --by partner` took 148.7 million instructions
                // in SQLite without it, 112.5 million with it.)
                lineConditions.append("l.commodity_id IN (SELECT id FROM commodity WHERE code >= :rollup_commodity AND code < :rollup_above)")
                lineConditions.append("substr(c.code, 1, \(digits)) = :rollup_commodity")
                bound["rollup_commodity"] = .text(code)
                bound["rollup_above"] = .text(String(code.dropLast()) + String(UnicodeScalar(code.utf8.last! + 1)))
                codes = grouping.codes(digits: digits)
            }
        } else if grouping == .hs, case .integer(let digits)? = arguments["level_digits"], [2, 4, 6].contains(digits) {
            codes = grouping.codes(digits: Int(digits))
        }
        if partner, case .text(let code)? = arguments["partner"], code != PartnerCode.world.rawValue {
            lineConditions.append("pa.code = :rollup_partner")
            bound["rollup_partner"] = .text(code)
        }
        let windows = RollupWindows(window, comparison: comparison, bound: &bound)
        let sums = { (periods: RollupWindows.Periods) in summed(codes, periods: periods, conditions: lineConditions) }
        let compared = windows.compared.map { compared in """

            LEFT JOIN period pp ON \(compared.join)
            LEFT JOIN (\(sums(compared.periods))) pr
                   ON pr.period_id = pp.id AND pr.flow_id = cur.flow_id AND pr.partner_id = cur.partner_id
                  AND pr.code = cur.code AND pr.sector_id = cur.sector_id
            """ } ?? ""
        let hasComparison = windows.compared != nil
        return ("""
            SELECT p.code AS period, fl.code AS flow, pa.code AS partner, cur.code AS commodity, se.code AS sector,
                   cur.value_usd, \(hasComparison ? "pp.code" : "NULL") AS compared_period,
                   \(hasComparison ? "pr.value_usd" : "NULL") AS compared_value_usd, 'derived' AS source,
                   p.kind AS period_kind, p.last_half AS listing_last_half, p.first_half AS listing_first_half,
                   cur.flow_id AS listing_flow
            FROM (\(sums(windows.current))) cur
            JOIN period p ON p.id = cur.period_id
            JOIN flow fl ON fl.id = cur.flow_id
            JOIN partner pa ON pa.id = cur.partner_id
            JOIN sector se ON se.id = cur.sector_id\(compared)
            WHERE \(grouping.stated)
            """, bound)
    }

    /// The roll-ups of the periods `periods` names: each country's current lines of the periods it
    /// reads summed by the codes of the `levels` they fall in, and every country's together (partner
    /// WORLD), for each period it names that has lines of its own (`built` = 0), and for each
    /// quarter, year and span from January it names without lines of its own, the sum of its months
    /// when each is held (`built` = 1). A line of a period that one release alone has figures
    /// in is current when its release stands; only in a period of several is each line's key looked
    /// up for the standing release of highest rank (on a month of 14,000 lines, the lookup for every
    /// line took a third of the query).
    private static func summed(_ codes: (join: String, code: String), periods: RollupWindows.Periods,
                               conditions: [String]) -> String {
        """
        WITH country AS MATERIALIZED (
            SELECT l.period_id, l.flow_id, l.partner_id, l.sector_id, \(codes.code) AS code, sum(l.value_usd) AS value_usd
            FROM period p
            CROSS JOIN fact l ON l.period_id = p.id
            JOIN commodity c ON c.id = l.commodity_id AND c.kind = 'hs' AND length(c.code) = 8
            JOIN partner pa ON pa.id = l.partner_id AND pa.kind = 'country'
            \(codes.join)
            WHERE \(([periods.read] + conditions).joined(separator: " AND "))
              AND l.release_id IN (SELECT id FROM standing_release)
              AND (p.id NOT IN (SELECT period_id FROM release_period GROUP BY period_id HAVING count(*) > 1)
                   OR l.release_id = (SELECT g.release_id FROM fact g JOIN standing_release r ON r.id = g.release_id
                                      WHERE g.period_id = l.period_id AND g.flow_id = l.flow_id AND g.partner_id = l.partner_id
                                        AND g.commodity_id = l.commodity_id AND g.sector_id = l.sector_id
                                      ORDER BY r.rank DESC LIMIT 1))
            GROUP BY l.period_id, l.flow_id, l.partner_id, l.sector_id, \(codes.code)),
        line_sum AS MATERIALIZED (
            SELECT period_id, flow_id, partner_id, sector_id, code, value_usd FROM country
            UNION ALL
            SELECT period_id, flow_id, (SELECT id FROM partner WHERE code = \(PartnerCode.world.sqlLiteral)), sector_id, code,
                   sum(value_usd)
            FROM country GROUP BY period_id, flow_id, sector_id, code)
        SELECT s.period_id, s.flow_id, s.partner_id, s.sector_id, s.code, s.value_usd, 0 AS built
        FROM period t JOIN line_sum s ON s.period_id = t.id
        WHERE \(periods.named)
        UNION ALL
        SELECT t.id, s.flow_id, s.partner_id, s.sector_id, s.code, sum(s.value_usd), 1
        FROM period t
        JOIN period m ON m.kind = 'month' AND m.first_half >= t.first_half AND m.last_half <= t.last_half
        JOIN line_sum s ON s.period_id = m.id
        WHERE \(periods.named) AND t.kind IN ('quarter', 'year', 'span') AND t.first_half % 2 = 0 AND t.last_half % 2 = 1
          AND t.id NOT IN (SELECT period_id FROM country)
          AND NOT EXISTS (SELECT 1 FROM period h
                          WHERE h.kind = 'month' AND h.first_half >= t.first_half AND h.last_half <= t.last_half
                            AND h.id NOT IN (SELECT rp.period_id FROM release_period rp JOIN standing_release r ON r.id = rp.release_id))
        GROUP BY t.id, s.flow_id, s.partner_id, s.sector_id, s.code
        """
    }
}
