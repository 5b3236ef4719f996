/// The questions asked of the HS-lines dataset, which has no total rows: tradewh answers them
/// from the sums it keeps at ingest; DuckDB must `GROUP BY` the flat table. Each answer is
/// compared, figure by figure, with DuckDB's before the two are timed, and tradewh must be faster.
enum LineQueries {
    static func all(period: String, probe: String) -> [BenchQuery] {
        let prior = priorYear(period)
        return [
            BenchQuery(name: "yoy_all", title: "`query yoy --by partner` (all periods)", arguments: ["yoy", "--by", "partner"],
                       flatSQL: partnerChange(where: "TRUE", period: nil), keys: ["period", "flow", "partner"],
                       figures: ["value_usd", "prior_value_usd", "delta_usd"], target: .ratioBelow(1)),
            BenchQuery(name: "balance_partner", title: "`query balance --by partner` (all periods)",
                       arguments: ["balance", "--by", "partner"], flatSQL: balanceByPartner, keys: ["period", "partner"],
                       figures: ["export_usd", "import_usd", "balance_usd", "turnover_usd"], target: .ratioBelow(1)),
            BenchQuery(name: "top_hs2", title: "`query top --period \(period) --by commodity --level hs2`",
                       arguments: ["top", "--period", period, "--by", "commodity", "--level", "hs2"],
                       flatSQL: topChapters(period: period, prior: prior), keys: ["period", "flow", "commodity"],
                       figures: ["value_usd", "prior_value_usd"], target: .ratioBelow(1)),
            BenchQuery(name: "yoy_85", title: "`query yoy --period \(period) --commodity 85 --by partner`",
                       arguments: ["yoy", "--period", period, "--commodity", "85", "--by", "partner"],
                       flatSQL: partnerChange(where: "commodity LIKE '85%' AND period IN ('\(period)', '\(prior)')", period: period,
                                              commodity: "85"),
                       keys: ["period", "flow", "partner", "commodity"], figures: ["value_usd", "prior_value_usd", "delta_usd"],
                       target: .ratioBelow(1)),
            BenchQuery(name: "point", title: "point lookup `query yoy --period \(period) --partner CN --commodity \(probe)`",
                       arguments: ["yoy", "--period", period, "--partner", "CN", "--commodity", probe],
                       flatSQL: point(period: period, prior: prior, probe: probe), keys: ["period", "flow", "partner", "commodity"],
                       figures: ["value_usd", "prior_value_usd"], target: .millisecondsAtMost(10)),
        ]
    }

    /// "2016-12" → "2015-12".
    static func priorYear(_ period: String) -> String {
        let year = Int(period.prefix(4)) ?? 0
        return String(year - 1) + String(period.dropFirst(4))
    }

    /// Each partner's sum by period and flow (of the lines `condition` keeps), with the sum a year
    /// earlier; only `period` when given.
    static func partnerChange(where condition: String, period: String?, commodity: String? = nil) -> String {
        """
        WITH t AS (SELECT period, flow, partner, sum(value_usd) AS value_usd FROM raw WHERE \(condition) \
        GROUP BY period, flow, partner) \
        SELECT c.period, c.flow, c.partner, \(commodity.map { "'\($0)' AS commodity, " } ?? "")c.value_usd, \
        p.value_usd AS prior_value_usd, c.value_usd - p.value_usd AS delta_usd \
        FROM t c LEFT JOIN t p ON p.flow = c.flow AND p.partner = c.partner \
        AND p.period = CAST(CAST(substr(c.period, 1, 4) AS INTEGER) - 1 AS VARCHAR) || substr(c.period, 5) \
        \(period.map { "WHERE c.period = '\($0)' " } ?? "")ORDER BY c.period, c.flow, c.value_usd DESC
        """
    }

    static let balanceByPartner = """
        SELECT period, partner, e AS export_usd, i AS import_usd, e - i AS balance_usd, e + i AS turnover_usd FROM (\
        SELECT period, partner, sum(value_usd) FILTER (WHERE flow = 'export') AS e, \
        sum(value_usd) FILTER (WHERE flow = 'import') AS i FROM raw GROUP BY period, partner) \
        ORDER BY period, partner
        """

    /// The ten largest HS chapters of exports in `period`, with their sums a year earlier.
    static func topChapters(period: String, prior: String) -> String {
        """
        WITH t AS (SELECT period, substr(commodity, 1, 2) AS commodity, sum(value_usd) AS value_usd FROM raw \
        WHERE flow = 'export' AND period IN ('\(period)', '\(prior)') GROUP BY period, substr(commodity, 1, 2)) \
        SELECT c.period, 'export' AS flow, c.commodity, c.value_usd, p.value_usd AS prior_value_usd \
        FROM t c LEFT JOIN t p ON p.commodity = c.commodity AND p.period = '\(prior)' \
        WHERE c.period = '\(period)' ORDER BY c.value_usd DESC LIMIT 10
        """
    }

    static func point(period: String, prior: String, probe: String) -> String {
        """
        SELECT c.period, c.flow, c.partner, c.commodity, c.value_usd, p.value_usd AS prior_value_usd \
        FROM raw c LEFT JOIN raw p ON p.flow = c.flow AND p.partner = c.partner AND p.commodity = c.commodity \
        AND p.period = '\(prior)' WHERE c.period = '\(period)' AND c.partner = 'CN' AND c.commodity = '\(probe)' \
        ORDER BY c.flow
        """
    }
}
