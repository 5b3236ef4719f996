/// Names the figure behind an "integer overflow": SQLite stops a sum (a derived span, quarter, year
/// or group) that passes Int64 with that message and nothing more, so a file of huge values was
/// refused without a line or a field.
enum SumOverflow {
    /// Whether `error` is SQLite's integer overflow.
    static func isOverflow(_ error: Error) -> Bool {
        if case StoreError.sqlite(_, let message, _) = error { return message == "integer overflow" }
        return false
    }

    /// After an overflow while `release` was written, inside its transaction: the line and value of
    /// the release's figure that most likely caused it — the largest of its figures in a series
    /// (flow, partner, commodity, sector, year) whose reported figures add up past Int64 (counted
    /// in floating point, which cannot overflow), else the largest of all its figures. Ties go to
    /// the later line, the one that took the sum over.
    static func figure(of release: Int64, in db: Database) throws -> (line: Int, value: Int64)? {
        guard let row = try db.query("""
            WITH mine AS (
                SELECT f.flow_id, f.partner_id, f.commodity_id, f.sector_id, p.first_half / 24 AS year, f.value_usd,
                       f.line_offset + rp.first_line AS source_line
                FROM fact f JOIN period p ON p.id = f.period_id
                JOIN release_period rp ON rp.release_id = f.release_id AND rp.period_id = f.period_id
                WHERE f.release_id = :release),
            past AS (
                SELECT g.flow_id, g.partner_id, g.commodity_id, g.sector_id, p.first_half / 24 AS year
                FROM figure g JOIN period p ON p.id = g.period_id
                WHERE g.source = 'reported'
                GROUP BY 1, 2, 3, 4, 5
                HAVING total(abs(g.value_usd * 1.0)) > 9223372036854775807.0)
            SELECT m.source_line, m.value_usd FROM mine m
            LEFT JOIN past s USING (flow_id, partner_id, commodity_id, sector_id, year)
            ORDER BY s.year IS NOT NULL DESC, abs(m.value_usd * 1.0) DESC, m.source_line DESC
            LIMIT 1
            """, ["release": .integer(release)]).rows.first,
            let line = row[0].integer, let value = row[1].integer else { return nil }
        return (Int(line), value)
    }
}
