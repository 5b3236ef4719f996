/// What `LineRollups` sums HS lines into: the HS chapters, headings and subheadings they fall in,
/// or the customs office's commodity groups made of HS codes (table `commodity_hs`, from
/// `Migrations/reference/commodity_hs.csv`).
enum RollupGrouping: Equatable {
    case hs, groups

    /// The join that gives each line (`c`, its commodity) the codes it is summed into, and the code;
    /// for `hs`, of `digits` digits only, or of 2, 4 and 6.
    func codes(digits: Int?) -> (join: String, code: String) {
        switch self {
        case .hs:
            let levels = digits.map { "(SELECT \($0) AS digits)" } ?? "(SELECT 2 AS digits UNION ALL SELECT 4 UNION ALL SELECT 6)"
            return ("JOIN \(levels) d", "substr(c.code, 1, d.digits)")
        case .groups:
            // (A line is looked up by its chapter, heading and subheading: three searches of the key.)
            return ("""
                JOIN commodity_hs h ON h.hs IN (substr(c.code, 1, 2), substr(c.code, 1, 4), substr(c.code, 1, 6))
                JOIN commodity g ON g.id = h.commodity_id
                """, "g.code")
        }
    }

    /// The condition on roll-up `cur` (with partner `pa`) that leaves out what is stated elsewhere:
    /// an HS code's key that a standing release states (it stands, in `fact`), a world chapter of a
    /// period its lines are in (kept in `figure`), a group's key that `figure` has (reported, or
    /// derived from reported figures), and a group's span of which `figure` has a month.
    var stated: String {
        switch self {
        case .hs:
            return """
                NOT (pa.code = \(PartnerCode.world.sqlLiteral) AND length(cur.code) = 2 AND cur.built = 0)
                  AND NOT EXISTS (SELECT 1 FROM fact s JOIN standing_release r ON r.id = s.release_id
                                  WHERE s.period_id = cur.period_id AND s.flow_id = cur.flow_id AND s.partner_id = cur.partner_id
                                    AND s.commodity_id = (SELECT id FROM commodity WHERE code = cur.code) AND s.sector_id = cur.sector_id)
                """
        case .groups:
            // (A span is left out, too, where `figure` has one of its months: lines and a stated month
            // would not add up to one figure.)
            return """
                NOT EXISTS (SELECT 1 FROM figure s JOIN period m ON m.id = s.period_id
                            WHERE m.first_half >= p.first_half AND m.last_half <= p.last_half
                              AND (m.id = p.id OR (cur.built = 1 AND m.kind = 'month'))
                              AND s.flow_id = cur.flow_id AND s.partner_id = cur.partner_id
                              AND s.commodity_id = (SELECT id FROM commodity WHERE code = cur.code) AND s.sector_id = cur.sector_id)
                """
        }
    }
}
