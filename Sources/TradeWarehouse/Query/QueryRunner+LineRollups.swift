/// `yoy` over the HS roll-ups that ingest does not keep (see `LineRollups`), beside view `yoy`'s rows.
extension QueryRunner {
    /// `yoy` for an HS code of 2, 4 or 6 digits, or a breakdown by commodity that may list one:
    /// view `yoy` and the roll-ups summed from the lines of the periods in `window`.
    func yoyWithRollups(_ arguments: [String: CellValue], window: LineRollups.Window) throws -> Statement {
        let (conditions, bound) = Self.conditions(arguments, halves: ("p.first_half", "p.last_half"))
        let (rollups, rollupBound) = LineRollups.select(arguments, window: window)
        return try db.prepare("""
            SELECT v.* FROM (SELECT \(Self.yoyColumns) FROM yoy v UNION ALL SELECT \(Self.yoyColumns) FROM (\(rollups)) v) v
            JOIN period p ON p.code = v.period\(Self.flowJoin)\(conditions)
            ORDER BY \(Self.figureOrder)
            """, bound.merging(rollupBound) { $1 })
    }

    /// The periods a query asks about (a period, a range, or every one), for `LineRollups`.
    static func rollupWindow(_ filters: QueryFilters) -> LineRollups.Window {
        if let period = filters.period { return .period(first: Int64(period.firstHalf), last: Int64(period.lastHalf)) }
        return .range(first: filters.from.map { Int64($0.firstHalf) }, last: filters.to.map { Int64($0.lastHalf) })
    }
}
