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
        switch query {
        case .yoy: return try db.query(Self.yoySQL, try yoyArguments(filters))
        case .balance: return try db.query(Self.balanceSQL, try balanceArguments(filters))
        }
    }

    private func yoyArguments(_ filters: QueryFilters) throws -> [String: CellValue] {
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

    static let yoySQL = """
        SELECT y.* FROM yoy y JOIN period p ON p.code = y.period
        WHERE (:period IS NULL OR y.period = :period)
          AND (:flow IS NULL OR y.flow = :flow)
          AND (:partner IS NULL OR y.partner = :partner)
          AND (:commodity IS NULL OR y.commodity = :commodity)
          AND y.sector = :sector
          AND (:all_partners = 0 OR y.partner <> 'WORLD')
          AND (:all_commodities = 0 OR y.commodity <> 'TOTAL')
        ORDER BY p.last_half, p.first_half DESC, y.flow, y.value_usd DESC, y.partner, y.commodity
        """

    static let balanceSQL = """
        SELECT b.* FROM balance b JOIN period p ON p.code = b.period
        WHERE (:period IS NULL OR b.period = :period)
          AND (:partner IS NULL OR b.partner = :partner)
          AND (:all_partners = 0 OR b.partner <> 'WORLD')
        ORDER BY p.last_half, p.first_half DESC, b.turnover_usd DESC, b.partner
        """
}
