/// `yoy`, `ytd`, `mom` and `share` over the roll-ups of HS lines that ingest does not keep (see
/// `LineRollups`: HS codes, or the commodity groups made of them), beside their views' rows, with
/// the views' columns and rules.
extension QueryRunner {
    /// Rows of `query`'s view, and of the HS roll-ups the arguments can match (see `LineRollups`).
    func selectWithRollups(_ query: NamedQuery, _ arguments: [String: CellValue], _ filters: QueryFilters) throws -> Statement {
        let window = Self.rollupWindow(filters)
        guard let grouping = try rollupGrouping(arguments, window: window) else {
            return try select(from: query.rawValue, arguments, order: query == .share ? Self.shareOrder : Self.figureOrder)
        }
        return try withRollups(query, arguments, window: window, grouping: grouping)
    }

    /// What roll-ups of HS lines the arguments can match: HS codes (`LineRollups.needed`), the
    /// commodity groups (a listing of groups, or a group made of HS codes), or none.
    func rollupGrouping(_ arguments: [String: CellValue], window: LineRollups.Window) throws -> RollupGrouping? {
        if LineRollups.needed(arguments, window: window) { return .hs }
        if arguments["level_group"] == .integer(1) && arguments["all_commodities"] == .integer(1) { return .groups }
        return try groupHasCodes(arguments["commodity"]) ? .groups : nil
    }

    /// Whether `commodity` is a group that `commodity_hs` says is made of HS codes.
    func groupHasCodes(_ commodity: CellValue?) throws -> Bool {
        guard case .text(let code)? = commodity else { return false }
        return try !db.query("""
            SELECT 1 FROM commodity_hs h JOIN commodity g ON g.id = h.commodity_id WHERE g.code = :code AND g.kind = 'group' LIMIT 1
            """, ["code": .text(code)]).rows.isEmpty
    }

    /// `query` for an HS code of 2, 4 or 6 digits, a group made of HS codes, or a breakdown by commodity
    /// that may list one: the view and the roll-ups summed from the lines of the periods in `window`.
    func withRollups(_ query: NamedQuery, _ arguments: [String: CellValue], window: LineRollups.Window,
                     grouping: RollupGrouping) throws -> Statement {
        let (view, columns, order) = Self.rollupShape(query)
        let (conditions, bound) = Self.conditions(arguments, halves: ("p.first_half", "p.last_half"))
        let (rollups, rollupBound) = Self.rollupRows(query, arguments, window: window, grouping: grouping)
        return try db.prepare("""
            SELECT v.* FROM (SELECT \(columns) FROM \(view) v UNION ALL SELECT \(columns) FROM (\(rollups)) v) v
            JOIN period p ON p.code = v.period\(Self.flowJoin)\(conditions)
            ORDER BY \(order)
            """, bound.merging(rollupBound) { $1 })
    }

    /// The view a query reads, its columns, and its order.
    private static func rollupShape(_ query: NamedQuery) -> (String, String, String) {
        switch query {
        case .ytd:
            return ("ytd", "v.period, v.months, v.flow, v.partner, v.commodity, v.sector, v.value_usd, v.prior_value_usd, "
                    + "v.delta_usd, v.delta_pct, v.basis, v.source", figureOrder)
        case .mom:
            return ("mom", "v.period, v.flow, v.partner, v.commodity, v.sector, v.value_usd, v.previous_period, "
                    + "v.previous_value_usd, v.delta_usd, v.delta_pct, v.source", figureOrder)
        case .share:
            return ("share", "v.period, v.flow, v.partner, v.commodity, v.sector, v.value_usd, v.of, v.whole_usd, v.share_pct",
                    shareOrder)
        default:
            return ("yoy", yoyColumns, figureOrder)
        }
    }

    /// The roll-ups' rows in the columns of `query`'s view, by that view's rules: `yoy` compares with
    /// a year earlier; `ytd` is `yoy` of spans from January; `mom` compares a month, half-month or
    /// quarter with the one before; `share` divides by the partner's total (`of` TOTAL) or by the
    /// world's figure of the same commodity (`of` WORLD: kept in `figure`, or itself a roll-up).
    static func rollupRows(_ query: NamedQuery, _ arguments: [String: CellValue], window: LineRollups.Window,
                           grouping: RollupGrouping) -> (String, [String: CellValue]) {
        switch query {
        case .mom:
            let (rollups, bound) = LineRollups.select(arguments, window: window, comparison: .previous, grouping: grouping)
            return ("""
                SELECT period, flow, partner, commodity, sector, value_usd,
                       CASE WHEN compared_value_usd IS NOT NULL THEN compared_period END AS previous_period,
                       compared_value_usd AS previous_value_usd, value_usd - compared_value_usd AS delta_usd,
                       CASE WHEN compared_value_usd <> 0
                            THEN round((value_usd - compared_value_usd) * 100.0 / abs(compared_value_usd), 2) END AS delta_pct,
                       source
                FROM (\(rollups)) WHERE period_kind IN ('month', 'half', 'quarter')
                """, bound)
        case .share:
            return shareRows(arguments, window: window, grouping: grouping)
        default:
            let (rollups, bound) = LineRollups.select(arguments, window: window, comparison: .yearEarlier, grouping: grouping)
            let yearToDate = query == .ytd ? """
                , (listing_last_half - listing_first_half + 1) / 2 AS months
                FROM (\(rollups)) WHERE listing_first_half % 24 = 0 AND period_kind IN ('month', 'quarter', 'span', 'year')
                """ : " FROM (\(rollups))"
            return ("""
                SELECT period, flow, partner, commodity, sector, value_usd, compared_value_usd AS prior_value_usd,
                       value_usd - compared_value_usd AS delta_usd,
                       CASE WHEN compared_value_usd <> 0
                            THEN round((value_usd - compared_value_usd) * 100.0 / abs(compared_value_usd), 2) + 0.0
                       END AS delta_pct,
                       CASE WHEN compared_value_usd IS NOT NULL THEN 'computed' END AS basis, source,
                       listing_last_half, listing_first_half, listing_flow\(yearToDate)
                """, bound)
        }
    }

    /// `share`'s rows of the roll-ups (see `rollupRows`); a whole of zero or none gives no row.
    private static func shareRows(_ arguments: [String: CellValue], window: LineRollups.Window,
                                  grouping: RollupGrouping) -> (String, [String: CellValue]) {
        let ofWorld = arguments["of"] == .text(PartnerCode.world.rawValue)
        let (rollups, bound) = LineRollups.select(arguments, window: window, comparison: .none, grouping: grouping, partner: !ofWorld)
        let whole = ofWorld ? """
            coalesce((SELECT w.value_usd FROM figure w
                      WHERE w.period_id = (SELECT id FROM period WHERE code = r.period) AND w.flow_id = r.listing_flow
                        AND w.partner_id = (SELECT id FROM partner WHERE code = \(PartnerCode.world.sqlLiteral))
                        AND w.commodity_id = (SELECT id FROM commodity WHERE code = r.commodity)
                        AND w.sector_id = (SELECT id FROM sector WHERE code = r.sector)),
                     max(CASE WHEN r.partner = \(PartnerCode.world.sqlLiteral) THEN r.value_usd END)
                         OVER (PARTITION BY r.period, r.flow, r.commodity, r.sector))
            """ : """
            (SELECT w.value_usd FROM figure w
             WHERE w.period_id = (SELECT id FROM period WHERE code = r.period) AND w.flow_id = r.listing_flow
               AND w.partner_id = (SELECT id FROM partner WHERE code = r.partner)
               AND w.commodity_id = (SELECT id FROM commodity WHERE code = \(CommodityCode.total.sqlLiteral))
               AND w.sector_id = (SELECT id FROM sector WHERE code = r.sector))
            """
        return ("""
            SELECT period, flow, partner, commodity, sector, value_usd, of, whole_usd,
                   round(value_usd * 100.0 / whole_usd, 2) AS share_pct
            FROM (SELECT r.period, r.flow, r.partner, r.commodity, r.sector, r.value_usd,
                         \(ofWorld ? PartnerCode.world.sqlLiteral : CommodityCode.total.sqlLiteral) AS of, \(whole) AS whole_usd
                  FROM (\(rollups)) r WHERE r.flow IN ('export', 'import', 'turnover'))
            WHERE whole_usd <> 0\(ofWorld ? " AND partner <> \(PartnerCode.world.sqlLiteral)" : "")
            """, bound)
    }

    /// The periods a query asks about (a period, a range, or every one), for `LineRollups`.
    static func rollupWindow(_ filters: QueryFilters) -> LineRollups.Window {
        if let period = filters.period { return .period(first: Int64(period.firstHalf), last: Int64(period.lastHalf)) }
        return .range(first: filters.from.map { Int64($0.firstHalf) }, last: filters.to.map { Int64($0.lastHalf) })
    }
}
