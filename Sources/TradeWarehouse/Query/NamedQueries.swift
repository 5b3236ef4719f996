import Foundation

/// Runs the named analyses over the public views, passing every filter as a bound parameter.
///
///     let runner = try QueryRunner(db: store.db)
///     let table = try runner.run(.yoy, QueryFilters(period: try Period.parse("2024-01")))
public struct QueryRunner {
    private let db: Database
    private let reference: ReferenceData

    public init(db: Database) throws {
        self.db = db
        self.reference = try ReferenceData.load(from: db)
    }

    /// The rows of `query` narrowed by `filters`, ordered by period, then flow, then value.
    public func run(_ query: NamedQuery, _ filters: QueryFilters) throws -> ResultTable {
        guard let release = filters.asOfRelease else { return try runNow(query, filters) }
        guard try AsOf.exists(release: release, in: db) else {
            throw QueryError.invalidFilter(option: "--as-of", message: "there is no release \(release); see `tradewh releases`")
        }
        return try AsOf.run(db, release: release) { try runNow(query, filters) }
    }

    private func runNow(_ query: NamedQuery, _ filters: QueryFilters) throws -> ResultTable {
        switch query {
        case .yoy: return try db.query(Self.sql(view: "yoy"), try figureArguments(filters))
        case .ytd: return try db.query(Self.sql(view: "ytd"), try figureArguments(filters))
        case .mom: return try db.query(Self.sql(view: "mom"), try figureArguments(filters))
        case .share: return try db.query(Self.shareSQL, try shareArguments(filters))
        case .top: return try db.query(Self.topSQL, try topArguments(filters))
        case .balance: return try db.query(Self.balanceSQL, try balanceArguments(filters))
        case .reconcile: return try db.query(Self.reconcileSQL, try reconcileArguments(filters))
        }
    }

    // MARK: Arguments

    /// Filters for views keyed by period, flow, partner, commodity and sector: without `--by`,
    /// the headline (WORLD, TOTAL); with it, every partner or every commodity.
    private func figureArguments(_ filters: QueryFilters) throws -> [String: CellValue] {
        let partner = try resolvedPartner(filters.partner)
        let commodity = try resolvedCommodity(filters.commodity)
        return [
            "period": .optional(filters.period?.code), "flow": .optional(filters.flow?.rawValue),
            "partner": .optional(partner ?? (filters.breakdown == .partner ? nil : "WORLD")),
            "commodity": .optional(commodity ?? (filters.breakdown == .commodity ? nil : "TOTAL")),
            "sector": .text(filters.sector.rawValue),
            "all_partners": .integer(filters.breakdown == .partner && partner == nil ? 1 : 0),
            "all_commodities": .integer(filters.breakdown == .commodity && commodity == nil ? 1 : 0),
        ]
    }

    private func shareArguments(_ filters: QueryFilters) throws -> [String: CellValue] {
        var arguments = try figureArguments(QueryFilters(
            period: filters.period, flow: filters.flow, partner: filters.partner, commodity: filters.commodity,
            sector: filters.sector, breakdown: filters.breakdown ?? (filters.commodity != nil ? .commodity : .partner)))
        arguments["of"] = .text(filters.breakdown == .commodity || (filters.breakdown == nil && filters.commodity != nil)
            ? "TOTAL" : "WORLD")
        return arguments
    }

    private func topArguments(_ filters: QueryFilters) throws -> [String: CellValue] {
        guard filters.period != nil else {
            throw QueryError.invalidFilter(option: "--period", message: "top ranks one period; give it with --period, e.g. --period 2024-01")
        }
        guard filters.limit > 0 else { throw QueryError.invalidFilter(option: "--top", message: "the number of rows must be at least 1") }
        var arguments = try figureArguments(QueryFilters(
            period: filters.period, flow: filters.flow ?? .export, partner: filters.partner, commodity: filters.commodity,
            sector: filters.sector, breakdown: filters.breakdown ?? .partner))
        arguments["limit"] = .integer(Int64(filters.limit))
        arguments["ranking"] = .text(filters.ranking.rawValue)
        return arguments
    }

    private func balanceArguments(_ filters: QueryFilters) throws -> [String: CellValue] {
        if filters.commodity != nil || filters.breakdown == .commodity {
            throw QueryError.notApplicable(option: "--commodity", query: "balance", reason: "the balance is for all goods")
        }
        if filters.flow != nil {
            throw QueryError.notApplicable(option: "--flow", query: "balance", reason: "it shows every flow side by side")
        }
        if filters.sector != .all {
            throw QueryError.notApplicable(option: "--sector", query: "balance", reason: "the balance is for all enterprises")
        }
        let partner = try resolvedPartner(filters.partner)
        return [
            "period": .optional(filters.period?.code),
            "partner": .optional(partner ?? (filters.breakdown == .partner ? nil : "WORLD")),
            "all_partners": .integer(filters.breakdown == .partner && partner == nil ? 1 : 0),
        ]
    }

    /// `reconcile` shows every check unless narrowed: no WORLD/TOTAL default.
    private func reconcileArguments(_ filters: QueryFilters) throws -> [String: CellValue] {
        [
            "period": .optional(filters.period?.code), "flow": .optional(filters.flow?.rawValue),
            "partner": .optional(try resolvedPartner(filters.partner)),
            "commodity": .optional(try resolvedCommodity(filters.commodity)),
        ]
    }

    private func resolvedPartner(_ text: String?) throws -> String? {
        guard let text else { return nil }
        do { return try reference.partners.resolve(text).code } catch let error as InvalidValue {
            throw QueryError.invalidFilter(option: "--partner", message: error.message)
        }
    }

    private func resolvedCommodity(_ text: String?) throws -> String? {
        guard let text else { return nil }
        do {
            switch try reference.resolveCommodity(text) {
            case .known(let entry): return entry.code
            case .newHSCode(let code): return code
            }
        } catch let error as InvalidValue {
            throw QueryError.invalidFilter(option: "--commodity", message: error.message)
        }
    }

    // MARK: SQL

    /// The filter every figure view shares. `view` is one of this module's view names, never user input.
    private static func sql(view: String) -> String {
        """
        SELECT v.* FROM \(view) v JOIN period p ON p.code = v.period
        WHERE \(figureFilter)
        ORDER BY p.last_half, p.first_half DESC, v.flow, v.value_usd DESC, v.partner, v.commodity
        """
    }

    private static let figureFilter = """
        (:period IS NULL OR v.period = :period)
          AND (:flow IS NULL OR v.flow = :flow)
          AND (:partner IS NULL OR v.partner = :partner)
          AND (:commodity IS NULL OR v.commodity = :commodity)
          AND v.sector = :sector
          AND (:all_partners = 0 OR v.partner <> 'WORLD')
          AND (:all_commodities = 0 OR v.commodity <> 'TOTAL')
        """

    static let shareSQL = """
        SELECT v.* FROM share v JOIN period p ON p.code = v.period
        WHERE \(figureFilter) AND v.of = :of
        ORDER BY p.last_half, p.first_half DESC, v.flow, v.share_pct DESC, v.partner, v.commodity
        """

    static let topSQL = """
        SELECT row_number() OVER (ORDER BY
                   CASE :ranking WHEN 'value' THEN v.value_usd WHEN 'delta' THEN v.delta_usd
                                 WHEN 'pct' THEN v.delta_pct WHEN 'decline' THEN -v.delta_usd END DESC) AS rank,
               v.*
        FROM yoy v
        WHERE \(figureFilter)
          AND (:ranking = 'value' OR v.delta_usd IS NOT NULL)
        ORDER BY rank
        LIMIT :limit
        """

    static let balanceSQL = """
        SELECT b.* FROM balance b JOIN period p ON p.code = b.period
        WHERE (:period IS NULL OR b.period = :period)
          AND (:partner IS NULL OR b.partner = :partner)
          AND (:all_partners = 0 OR b.partner <> 'WORLD')
        ORDER BY p.last_half, p.first_half DESC, b.turnover_usd DESC, b.partner
        """

    static let reconcileSQL = """
        SELECT r.* FROM reconcile r JOIN period p ON p.code = r.period
        WHERE (:period IS NULL OR r.period = :period)
          AND (:flow IS NULL OR r.flow = :flow)
          AND (:partner IS NULL OR r.partner = :partner)
          AND (:commodity IS NULL OR r.commodity = :commodity)
        ORDER BY CASE r.status WHEN 'mismatch' THEN 0 WHEN 'revised' THEN 1 ELSE 2 END, r.check_name,
                 p.last_half, r.flow, r.partner, r.commodity
        """
}
