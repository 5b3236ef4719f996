/// Keeps table `figure` — every current reported figure and every derived one — up to date.
///
/// Derived figures (quarters and years from months, months from spans, second halves, group sums)
/// are computed by view `derived_fact` for the periods inside the one-row table `derive_window`;
/// outside a rebuild that window is empty, so the view costs nothing.
enum DerivedFigures {
    /// The window that covers every period.
    static let everything: (Int64, Int64) = (0, 1 << 40)

    /// Rebuilds the figures of periods within `firstHalf...lastHalf`, inside the caller's transaction.
    static func refresh(_ db: Database, firstHalf: Int64, lastHalf: Int64) throws {
        let window: [String: CellValue] = ["first": .integer(firstHalf), "last": .integer(lastHalf)]
        try db.run("UPDATE derive_window SET first_half = :first, last_half = :last", window)
        try db.run("""
            DELETE FROM figure
            WHERE period_id IN (SELECT id FROM period WHERE first_half >= :first AND last_half <= :last)
            """, window)
        try db.run("""
            INSERT INTO figure (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd, yoy_pct, source)
            SELECT f.period_id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id, f.value_usd, f.rounding_usd, f.yoy_pct,
                   'reported'
            FROM current_fact f JOIN period p ON p.id = f.period_id
            WHERE p.first_half >= :first AND p.last_half <= :last
            """, window)
        try db.execute("""
            INSERT INTO figure (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd, source, method)
            SELECT period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd, 'derived', method
            FROM derived_fact
            """)
        try db.execute("UPDATE derive_window SET first_half = 1, last_half = 0")
    }
}
