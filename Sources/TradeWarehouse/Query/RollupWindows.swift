/// The periods `LineRollups` sums, as conditions on table `period`: those a query asks about, and
/// those their roll-ups are compared with (a year earlier, or the period of the same length before).
struct RollupWindows {
    /// The periods one set of roll-ups is for (`named`, on alias `t`) and the periods whose lines
    /// it reads (`read`, on alias `p`: every period inside, so that a quarter's months are read).
    struct Periods {
        let named: String
        let read: String
    }

    let current: Periods
    /// How period `pp` compared with period `p` is found, and the periods of the compared roll-ups.
    let compared: (join: String, periods: Periods)?

    /// The windows of `window`, binding its halves into `bound` (`rollup_first`, `rollup_last`).
    init(_ window: LineRollups.Window, comparison: LineRollups.Comparison, bound: inout [String: CellValue]) {
        let first: String?, last: String?
        switch window {
        case .period(let firstHalf, let lastHalf):
            bound["rollup_first"] = .integer(firstHalf)
            bound["rollup_last"] = .integer(lastHalf)
            current = Self.exact(first: ":rollup_first", last: ":rollup_last")
            (first, last) = (nil, nil)
        case .range(let firstHalf, let lastHalf):
            first = firstHalf.map { bound["rollup_first"] = .integer($0); return ":rollup_first" }
            last = lastHalf.map { bound["rollup_last"] = .integer($0); return ":rollup_last" }
            current = Self.inside(first: first, last: last)
        }
        let isPeriod = if case .period = window { true } else { false }
        switch comparison {
        case .none:
            compared = nil
        case .yearEarlier:
            compared = ("pp.first_half = p.first_half - 24 AND pp.last_half = p.last_half - 24",
                        isPeriod ? Self.exact(first: ":rollup_first - 24", last: ":rollup_last - 24")
                                 : Self.inside(first: first.map { $0 + " - 24" }, last: last.map { $0 + " - 24" }))
        case .previous:
            // (A quarter, the longest period `mom` compares, is 6 half-months.)
            compared = ("pp.first_half = 2 * p.first_half - p.last_half - 1 AND pp.last_half = p.first_half - 1",
                        isPeriod ? Self.exact(first: "2 * :rollup_first - :rollup_last - 1", last: ":rollup_first - 1")
                                 : Self.inside(first: first.map { $0 + " - 6" }, last: last.map { $0 + " - 1" }))
        }
    }

    /// One period, from its first and last half-month.
    private static func exact(first: String, last: String) -> Periods {
        Periods(named: "t.first_half = \(first) AND t.last_half = \(last)",
                read: "p.first_half >= \(first) AND p.last_half <= \(last)")
    }

    /// Every period inside a range (without bounds: every period).
    private static func inside(first: String?, last: String?) -> Periods {
        let conditions = { (alias: String) in
            ([first.map { "\(alias).first_half >= \($0)" }, last.map { "\(alias).last_half <= \($0)" }].compactMap { $0 }
                + ["1"]).joined(separator: " AND ")
        }
        return Periods(named: conditions("t"), read: conditions("p"))
    }
}
