/// Puts in `figure`, in place of each stale stated aggregate of the refresh window (view
/// `stale_aggregate`: a balance, turnover or span stated by a release earlier in the order of
/// releases than a figure it is made of), the figure computed from the current ones, as a derived
/// figure: exports − imports, exports + imports, or the sum of a span's current months. Derived
/// figures are computed from it as from a stated one (view `base_figure`: a month from two spans
/// from January still has both). Every analysis reads `figure`, so `yoy`, `balance` and the
/// summary then agree; `reconcile` names the stale figure.
///
/// Part of `DerivedFigures.refresh` and `rebuild`, inside their transaction and window.
enum StaleAggregates {
    /// Puts the stated aggregates of the window back in `figure` where a refresh removed them (the
    /// derived figures that stood in their place), then replaces those that are stale (the view
    /// reads the window's periods: the caller has set `derive_window`).
    static func replace(_ db: Database, _ window: [String: CellValue]) throws {
        try restoreStated(db, window)
        try db.execute("""
            UPDATE figure SET value_usd = s.value_usd, rounding_usd = s.rounding_usd, yoy_pct = NULL, source = 'derived',
                              method = s.method, release_id = NULL
            FROM stale_aggregate s
            WHERE figure.period_id = s.period_id AND figure.flow_id = s.flow_id AND figure.partner_id = s.partner_id
              AND figure.commodity_id = s.commodity_id AND figure.sector_id = s.sector_id
            """)
    }

    /// The window's stated balances and turnovers, and its stated quarters, years and spans, that
    /// `figure` lacks. (By period and flow, the key's first columns: a month's HS lines are not read.)
    private static func restoreStated(_ db: Database, _ window: [String: CellValue]) throws {
        try db.run(insertStated + """
            FROM period p
            CROSS JOIN flow fl
            CROSS JOIN current_fact f ON f.period_id = p.id AND f.flow_id = fl.id
            JOIN commodity c ON c.id = f.commodity_id AND c.kind <> 'hs'
            WHERE p.first_half >= :first AND p.last_half <= :last
              AND (fl.code IN ('balance', 'turnover') OR p.kind IN ('quarter', 'year', 'span'))
            """, window)
    }

    private static let insertStated = """
        INSERT OR IGNORE INTO figure (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd,
                                      yoy_pct, source, release_id)
        SELECT f.period_id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id, f.value_usd, f.rounding_usd, f.yoy_pct,
               'reported', f.release_id

        """
}
