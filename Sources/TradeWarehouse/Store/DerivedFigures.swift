/// Keeps table `derived` (quarters and years from months, months from spans, second halves, group
/// sums) up to date. The computation is view `derived_fact`, which covers the periods inside the
/// one-row table `derive_window`; outside a refresh or an `--as-of` query that window is empty.
enum DerivedFigures {
    /// The window that covers every period.
    static let everything: (Int64, Int64) = (0, 1 << 40)

    /// Recomputes the derived figures of periods within `firstHalf...lastHalf`, inside the caller's transaction.
    static func refresh(_ db: Database, firstHalf: Int64, lastHalf: Int64) throws {
        try open(db, firstHalf: firstHalf, lastHalf: lastHalf)
        try db.run("""
            DELETE FROM derived
            WHERE period_id IN (SELECT id FROM period WHERE first_half >= :first AND last_half <= :last)
            """, ["first": .integer(firstHalf), "last": .integer(lastHalf)])
        try db.execute("""
            INSERT INTO derived (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd, method)
            SELECT period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd, method FROM derived_fact
            """)
        try close(db)
    }

    /// Lets `derived_fact` compute the periods within the window (for `--as-of`, every period).
    static func open(_ db: Database, firstHalf: Int64, lastHalf: Int64) throws {
        try db.run("UPDATE derive_window SET first_half = :first, last_half = :last",
                   ["first": .integer(firstHalf), "last": .integer(lastHalf)])
    }

    private static func close(_ db: Database) throws {
        try db.execute("UPDATE derive_window SET first_half = 1, last_half = 0")
    }
}
