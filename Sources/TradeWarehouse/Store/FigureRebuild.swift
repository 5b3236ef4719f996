/// Table `figure` (headline and derived figures, kept by ingest) against a fresh computation from
/// `fact`: `tradewh rebuild` redoes it, `tradewh rebuild --check` says where it differs.
///
///     let differences = try FigureRebuild.differences(databasePath: "trade.sqlite")
///     if !differences.rows.isEmpty { try FigureRebuild.rebuild(store.db) }
public enum FigureRebuild {
    /// Recomputes all of `figure` from `fact` (as the warehouse stands, every release that was not
    /// replaced) in one write transaction; returns how many figures it holds.
    @discardableResult
    public static func rebuild(_ db: Database) throws -> Int {
        try db.transaction {
            try DerivedFigures.rebuild(db)
            return Int(try db.query("SELECT count(*) FROM figure").rows.first?.first?.integer ?? 0)
        }
    }

    /// The figures where `figure` differs from a fresh computation, worked out on a read-only
    /// connection (in TEMP: see `AsOf`), so the check never writes. One row per differing side:
    /// `side` is `stored` (what `figure` holds) or `recomputed` (what `fact` gives); a figure
    /// with a different value has one of each, one missing or extra has one. Empty when they agree.
    public static func differences(databasePath: String) throws -> ResultTable {
        try AsOf.recomputed(databasePath: databasePath, release: nil) { db in
            try db.query("""
                WITH stored AS (SELECT \(compared) FROM main.figure),
                     recomputed AS (SELECT \(compared) FROM temp.figure),
                     differing AS (
                         SELECT 'stored' AS side, * FROM (SELECT * FROM stored EXCEPT SELECT * FROM recomputed)
                         UNION ALL
                         SELECT 'recomputed', * FROM (SELECT * FROM recomputed EXCEPT SELECT * FROM stored))
                SELECT d.side, p.code AS period, fl.code AS flow, pa.code AS partner, c.code AS commodity, s.code AS sector,
                       d.value_usd, d.source, d.release_id, d.prior_value_usd, d.delta_pct
                FROM differing d
                JOIN period p ON p.id = d.period_id JOIN flow fl ON fl.id = d.flow_id JOIN partner pa ON pa.id = d.partner_id
                JOIN commodity c ON c.id = d.commodity_id JOIN sector s ON s.id = d.sector_id
                ORDER BY p.first_half, p.last_half, fl.id, pa.code, c.code, s.id, d.side DESC
                """)
        }
    }

    /// The columns compared: the key, the figure, where it came from, and its listing's change.
    private static let compared = """
        period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd, yoy_pct, source, method,
        release_id, prior_value_usd, delta_pct, basis_id
        """

    /// How many figures `figure` holds.
    public static func count(_ db: Database) throws -> Int {
        Int(try db.query("SELECT count(*) FROM figure").rows.first?.first?.integer ?? 0)
    }
}
