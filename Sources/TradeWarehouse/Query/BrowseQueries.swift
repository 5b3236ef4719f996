/// What the web app (`tradewh serve`) reads beside the named queries: the latest month, where each
/// figure of a partner or commodity came from, and the figures of one release. Values are bound.
public enum BrowseQueries {
    /// The latest month with a world export figure for all goods, or nil in a warehouse without one;
    /// with `breakdown`, the latest month with an export figure of a partner for all goods (`partner`)
    /// or of a commodity group for the world (`commodity`): the month a ranking of them can show. (Read
    /// from the headline figures: over HS codes too, 0.28 s at 1M figures.)
    public static func latestMonth(_ db: Database, breakdown: Breakdown? = nil) throws -> Period? {
        let (partner, commodity) = switch breakdown {
        case nil: ("f.partner = \(PartnerCode.world.sqlLiteral)", "f.commodity = \(CommodityCode.total.sqlLiteral)")
        case .partner?: ("f.partner <> \(PartnerCode.world.sqlLiteral)", "f.commodity = \(CommodityCode.total.sqlLiteral)")
        case .commodity?: ("f.partner = \(PartnerCode.world.sqlLiteral)", "f.commodity <> \(CommodityCode.total.sqlLiteral)")
        }
        let code = try db.query("""
            SELECT f.period FROM headline_facts f
            WHERE f.period_kind = 'month' AND f.flow = 'export' AND \(partner) AND \(commodity) AND f.sector = 'ALL'
            ORDER BY f.first_half DESC
            LIMIT 1
            """).rows.first?.first?.text
        return try code.map(Period.parse)
    }

    /// Where each current figure of `partner` and `commodity` (all enterprises) came from: columns
    /// `period`, `flow`, `release_id`, `path`, `line` and, for bulletins, `text` (the sentence).
    public static func sources(_ db: Database, partner: String, commodity: String) throws -> ResultTable {
        try db.query("""
            SELECT s.period, s.flow, s.release_id, s.path, s.line, s.text
            FROM fact_sources s
            WHERE s.partner = :partner AND s.commodity = :commodity AND s.sector = 'ALL'
            """, ["partner": .text(partner), "commodity": .text(commodity)])
    }

    /// Every figure release `release` brought, current or since revised, in the order of its file:
    /// key, `value_usd`, `line` and, for bulletins, `text` (the sentence).
    public static func releaseFigures(_ db: Database, release: Int64) throws -> ResultTable {
        try db.query("""
            SELECT p.code AS period, fl.code AS flow, pa.code AS partner, c.code AS commodity, s.code AS sector,
                   f.value_usd, f.line_offset + rp.first_line AS line, t.source_text AS text
            FROM release_period rp
            JOIN fact f ON f.period_id = rp.period_id AND f.release_id = rp.release_id
            JOIN period p ON p.id = f.period_id
            JOIN flow fl ON fl.id = f.flow_id
            JOIN partner pa ON pa.id = f.partner_id
            JOIN commodity c ON c.id = f.commodity_id
            JOIN sector s ON s.id = f.sector_id
            LEFT JOIN fact_text t ON t.release_id = f.release_id AND t.period_id = f.period_id AND t.flow_id = f.flow_id
                                 AND t.partner_id = f.partner_id AND t.commodity_id = f.commodity_id
                                 AND t.sector_id = f.sector_id
            WHERE rp.release_id = :release
            ORDER BY f.line_offset + rp.first_line, p.first_half, fl.id, pa.code, c.code, s.id
            """, ["release": .integer(release)])
    }

    /// Every release that stated the figure of one key, oldest first: `release_id`, `path`,
    /// `published_on`, `value_usd`, the release's own `yoy_pct`, `qualifier` (over, under, approx;
    /// NULL: exact), `estimate` ('estimate' or NULL), `line`, for bulletins `text` (the sentence),
    /// and `standing`: 'current' for the one the analyses use now (a headline figure's release in
    /// table `figure`, else the release of `facts`), else 'replaced' (all of them when the figure in
    /// use is derived, e.g. a span stated by an estimate whose months were revised since). No rows
    /// when no release stated the key.
    public static func figureHistory(_ db: Database, period: String, flow: String, partner: String, commodity: String,
                                     sector: String) throws -> ResultTable {
        try db.query("""
            SELECT f.release_id, r.path, r.published_on, f.value_usd, d.yoy_pct, d.qualifier,
                   CASE WHEN d.estimated = 1 THEN 'estimate' END AS estimate,
                   f.line_offset + coalesce((SELECT rp.first_line FROM release_period rp
                                             WHERE rp.release_id = f.release_id AND rp.period_id = f.period_id), 0) AS line,
                   t.source_text AS text,
                   CASE WHEN f.release_id = CASE WHEN g.period_id IS NULL
                                                 THEN (SELECT cur.release_id FROM facts cur
                                                       WHERE cur.period = :period AND cur.flow = :flow AND cur.partner = :partner
                                                         AND cur.commodity = :commodity AND cur.sector = :sector)
                                                 ELSE g.release_id END
                        THEN 'current' ELSE 'replaced' END AS standing
            FROM fact f
            JOIN period p ON p.id = f.period_id AND p.code = :period
            JOIN flow fl ON fl.id = f.flow_id AND fl.code = :flow
            JOIN partner pa ON pa.id = f.partner_id AND pa.code = :partner
            JOIN commodity c ON c.id = f.commodity_id AND c.code = :commodity
            JOIN sector s ON s.id = f.sector_id AND s.code = :sector
            JOIN release r ON r.id = f.release_id
            LEFT JOIN figure g ON g.period_id = f.period_id AND g.flow_id = f.flow_id AND g.partner_id = f.partner_id
                              AND g.commodity_id = f.commodity_id AND g.sector_id = f.sector_id
            LEFT JOIN fact_detail d ON d.release_id = f.release_id AND d.period_id = f.period_id AND d.flow_id = f.flow_id
                                   AND d.partner_id = f.partner_id AND d.commodity_id = f.commodity_id
                                   AND d.sector_id = f.sector_id
            LEFT JOIN fact_text t ON t.release_id = f.release_id AND t.period_id = f.period_id AND t.flow_id = f.flow_id
                                 AND t.partner_id = f.partner_id AND t.commodity_id = f.commodity_id
                                 AND t.sector_id = f.sector_id
            ORDER BY f.release_id
            """, ["period": .text(period), "flow": .text(flow), "partner": .text(partner), "commodity": .text(commodity),
                  "sector": .text(sector)])
    }
}
