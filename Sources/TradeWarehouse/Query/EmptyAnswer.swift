/// Why a query answered nothing, in words a user can act on: the period is in no figure (and which
/// periods of its kind are nearest), or the warehouse holds no figures at all.
extension QueryRunner {
    /// A sentence saying why `query` narrowed by `filters` has no rows, or nil when it has some.
    ///
    ///     if try runner.run(.ytd, filters).rows.isEmpty { print(try runner.whyEmpty(.ytd, filters) ?? "") }
    public func whyEmpty(_ query: NamedQuery, _ filters: QueryFilters) throws -> String? {
        let filters = try Self.checked(query, filters)
        guard try withRows(query, filters, { try $0.scalar() }) == nil else { return nil }
        if try db.query("SELECT EXISTS (SELECT 1 FROM figure) OR EXISTS (SELECT 1 FROM fact)").rows.first?.first?.integer == 0 {
            return "the warehouse holds no figures yet"
        }
        guard let period = filters.period else {
            return "no figures match these filters" + (filters.from != nil || filters.to != nil ? " in that range of periods" : "")
        }
        let held = try db.query("""
            SELECT EXISTS (SELECT 1 FROM figure WHERE period_id = p.id) OR EXISTS (SELECT 1 FROM fact WHERE period_id = p.id)
            FROM period p WHERE p.code = :code
            """, ["code": .text(period.code)]).rows.first?.first?.integer ?? 0
        guard held == 0 else {
            var rises = filters
            rises.ranking = .delta
            if query == .top, filters.ranking == .decline, try withRows(.top, rises, { try $0.scalar() }) != nil {
                return "none of the figures of \(period.code) that match fell on a year earlier"
            }
            return "the warehouse holds figures for \(period.code), but none match the other filters"
        }
        let nearest = try db.query("""
            SELECT p.code FROM period p
            WHERE p.last_half - p.first_half = :length
              AND (EXISTS (SELECT 1 FROM figure WHERE period_id = p.id) OR EXISTS (SELECT 1 FROM fact WHERE period_id = p.id))
            ORDER BY abs(p.last_half - :last), p.last_half
            LIMIT 2
            """, ["length": .integer(Int64(period.lastHalf - period.firstHalf)), "last": .integer(Int64(period.lastHalf))])
            .rows.compactMap { $0.first?.text }
        let nearby = nearest.isEmpty ? "it holds no period of that length"
            : "the nearest it holds: " + nearest.sorted().joined(separator: ", ")
        return "the warehouse holds no figures for \(period.code); \(nearby)"
    }
}
