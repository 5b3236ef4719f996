/// One question the benchmark asks both tradewh and DuckDB: tradewh's `query` arguments, the same
/// question in plain SQL on the flat table `raw`, and, where the two answers are compared, the
/// columns that name a row and the figures that must be equal in both (the SQL names its columns
/// as tradewh's CSV does).
struct BenchQuery {
    let name: String
    let title: String
    /// The arguments after `tradewh query` (without `--db` and `--format`).
    let arguments: [String]
    let flatSQL: String
    /// The columns that identify a row; empty when the answers are not compared.
    var keys: [String] = []
    /// The columns whose values must be equal.
    var figures: [String] = []
    /// What its time must meet (nil: no target).
    var target: Target? = nil

    /// Whether the two answers are compared before the times are.
    var isCompared: Bool { !keys.isEmpty }

    /// The questions of a dataset: on `totals` those of the first benchmark, on `lines` the
    /// analyses a warehouse of HS lines answers from its sums (`LineQueries`).
    static func all(for kind: DatasetKind, period: String, probe: String) -> [BenchQuery] {
        switch kind {
        case .totals: return totals(period: period, probe: probe)
        case .lines: return LineQueries.all(period: period, probe: probe)
        }
    }

    private static func totals(period: String, probe: String) -> [BenchQuery] {
        [
            BenchQuery(name: "yoy_all", title: "`query yoy --by partner` (all periods)", arguments: ["yoy", "--by", "partner"],
                       flatSQL: FlatQueries.yoy("c.commodity = 'TOTAL' AND c.partner <> 'WORLD'")),
            BenchQuery(name: "balance", title: "`query balance` (all periods)", arguments: ["balance"], flatSQL: FlatQueries.balance),
            BenchQuery(name: "yoy_period", title: "`query yoy --period \(period) --by partner`",
                       arguments: ["yoy", "--period", period, "--by", "partner"],
                       flatSQL: FlatQueries.yoy("c.commodity = 'TOTAL' AND c.partner <> 'WORLD' AND c.period = '\(period)'")),
            BenchQuery(name: "point", title: "point lookup `query yoy --period \(period) --partner CN --commodity \(probe)`",
                       arguments: ["yoy", "--period", period, "--partner", "CN", "--commodity", probe],
                       flatSQL: FlatQueries.yoy("c.period = '\(period)' AND c.partner = 'CN' AND c.commodity = '\(probe)'"),
                       target: .millisecondsAtMost(10)),
        ]
    }
}
