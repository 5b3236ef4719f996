/// `balance`: its arguments, and its rows read from view `headline_balance`: every partner's in the
/// order of index `figure_listing`, so that listing every period by partner groups and sorts nothing
/// but each period's partners by turnover; one partner's (or a few) over every period from that
/// partner's figures, through index `figure_by_series`.
extension QueryRunner {
    /// The rows of view `balance` for `arguments`, a period asked for by its half-months and a
    /// partner by its id (`headlineConditions`), ordered as `query balance` prints them: by period
    /// (longer first), then the largest turnover.
    func headlineBalance(_ arguments: [String: CellValue], period: Period?) throws -> Statement {
        if period == nil, let partners = Self.seriesPartners(arguments) {
            return try partnerBalance(arguments, partners: partners)
        }
        let (conditions, bound) = Self.headlineConditions(arguments, period: period)
        return try db.prepare("""
            SELECT \(Self.balanceColumns) FROM headline_balance v\(conditions)
            ORDER BY \(Self.balanceOrder)
            """, bound)
    }

    /// `headlineBalance` for the partners named (`seriesPartners`) over every period or a range: each
    /// row found from one of the partners' TOTAL figures, by the key of the row's first flow.
    /// (`query balance` for the world, on 500,000 HS lines with their totals, took 15.0 million
    /// instructions more than a point lookup reading `figure_listing`, 1.9 million more this way.)
    private func partnerBalance(_ arguments: [String: CellValue], partners: String) throws -> Statement {
        let (from, bound) = Self.series(of: "headline_balance", arguments, partners: partners,
                                        commodity: "(SELECT id FROM commodity WHERE code = \(CommodityCode.total.sqlLiteral))",
                                        sector: "(SELECT id FROM sector WHERE code = 'ALL')")
        return try db.prepare("""
            SELECT \(Self.balanceColumns)\(from)
            ORDER BY \(Self.balanceOrder)
            """, bound)
    }

    /// The order `query balance` prints: by period (longer first), then the largest turnover.
    static let balanceOrder = "v.listing_last_half, v.listing_first_half DESC, v.turnover_usd DESC, v.partner"

    /// The columns of view `balance`, read from `headline_balance` (which adds listing columns).
    static let balanceColumns = """
        v.period, v.partner, v.export_usd, v.import_usd, v.balance_usd, v.turnover_usd, v.basis, v.source
        """

    /// The filters `balance` takes: periods and partners (it is for all goods, flows and enterprises).
    func balanceArguments(_ filters: QueryFilters) throws -> [String: CellValue] {
        if !filters.commodities.isEmpty || filters.breakdown == .commodity {
            throw QueryError.notApplicable(.commodity, query: "balance", reason: "the balance is for all goods")
        }
        if filters.flow != nil {
            throw QueryError.notApplicable(.flow, query: "balance", reason: "it shows every flow side by side")
        }
        if filters.sector != .all {
            throw QueryError.notApplicable(.sector, query: "balance", reason: "the balance is for all enterprises")
        }
        let partners = try resolvedPartners(filters.partners)
        var arguments: [String: CellValue] = [
            "period": .optional(filters.period?.code),
            "all_partners": .integer(filters.breakdown == .partner && partners == nil ? 1 : 0),
        ]
        arguments.merge(Self.rangeArguments(filters)) { $1 }
        arguments.merge(Self.valueArguments("partner", partners ?? (filters.breakdown == .partner ? nil : [PartnerCode.world.rawValue]))) { $1 }
        return arguments
    }

}
