/// `balance`: its arguments, and its rows read from view `headline_balance` in the order of index
/// `figure_listing`, so that listing every period by partner groups and sorts nothing but each
/// period's partners by turnover.
extension QueryRunner {
    /// The rows of view `balance` for `arguments`, a period asked for by its half-months and a
    /// partner by its id (`headlineConditions`), ordered as `query balance` prints them: by period
    /// (longer first), then the largest turnover.
    func headlineBalance(_ arguments: [String: CellValue], period: Period?) throws -> Statement {
        let (conditions, bound) = Self.headlineConditions(arguments, period: period)
        return try db.prepare("""
            SELECT \(Self.balanceColumns) FROM headline_balance v\(conditions)
            ORDER BY v.listing_last_half, v.listing_first_half DESC, v.turnover_usd DESC, v.partner
            """, bound)
    }

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
