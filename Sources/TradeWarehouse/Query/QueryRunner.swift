import Foundation

/// Runs the named analyses over the public views, passing every filter as a bound parameter.
///
///     let runner = try QueryRunner(db: store.db)
///     let table = try runner.run(.yoy, QueryFilters(period: try Period.parse("2024-01")))
public struct QueryRunner {
    let db: Database
    private let names: ReferenceOnDemand

    public init(db: Database) throws {
        try self.init(db: db, mapped: false)
    }

    /// A runner on a connection from `TradeStore.openReader`, which reads through a memory map already
    /// (its authorizer refuses the PRAGMA that would set one up).
    public init(reader db: Database) throws {
        try self.init(db: db, mapped: true)
    }

    /// `mapped`: the connection reads through a memory map already (an as-of connection, whose
    /// authorizer refuses the PRAGMA that sets it up).
    private init(db: Database, mapped: Bool) throws {
        self.db = db
        self.names = ReferenceOnDemand(db: db)
        if !mapped { try db.readThroughMemoryMap() }
    }

    /// The rows of `query` narrowed by `filters`, ordered by period, then flow, then value.
    public func run(_ query: NamedQuery, _ filters: QueryFilters) throws -> ResultTable {
        try withRows(query, filters) { try $0.fetchAll() }
    }

    /// Prepares `query` narrowed by `filters` and hands the statement to `body` to step, so that a
    /// large result can be printed as it comes (with `--as-of`, on a read-only connection that sees
    /// the warehouse as it stood: see `AsOf`).
    public func withRows<T>(_ query: NamedQuery, _ filters: QueryFilters, _ body: (Statement) throws -> T) throws -> T {
        guard let point = filters.asOf else { return try body(statement(query, filters)) }
        if case .release(let release) = point, try !AsOf.exists(release: release, in: db) {
            throw QueryError.invalidFilter(.asOf, message: "there is no release \(release); see `tradewh releases`")
        }
        var now = filters
        now.asOf = nil
        return try AsOf.run(databasePath: db.path, at: point) { past in
            try QueryRunner(db: past, mapped: true).withRows(query, now, body)
        }
    }

    /// The SQL `run` sends for `query` narrowed by `filters` (what the plan tests explain).
    func sql(_ query: NamedQuery, _ filters: QueryFilters) throws -> String {
        try statement(query, filters).sql
    }

    private func statement(_ query: NamedQuery, _ filters: QueryFilters) throws -> Statement {
        let filters = try Self.checked(query, filters)
        switch query {
        case .yoy:
            let arguments = try figureArguments(filters)
            switch try kind(ofCommodity: arguments["commodity"]) {
            case .hs? where arguments["commodity"]?.text?.utf8.count == HSParents.lineDigits: return try hsYoY(arguments)
            case .hs?, nil: return try selectWithRollups(.yoy, arguments, filters)
            case .group? where try groupHasCodes(arguments["commodity"]):
                return try withRollups(.yoy, arguments, window: Self.rollupWindow(filters), grouping: .groups)
            case _?: return try headlineYoY(arguments, period: filters.period)
            }
        case .ytd, .mom: return try selectWithRollups(query, try figureArguments(filters), filters)
        case .share: return try selectWithRollups(.share, try shareArguments(filters), filters)
        case .top: return try top(try topArguments(filters), period: filters.period, window: Self.rollupWindow(filters))
        case .balance: return try headlineBalance(try balanceArguments(filters), period: filters.period)
        case .reconcile: return try select(from: "reconcile", try reconcileArguments(filters), order: Self.reconcileOrder)
        }
    }

    // MARK: Arguments

    /// `filters` as `query` reads them: `ytd` of a period is the span from January to its end
    /// (`2024-02`: January–February); a period and a range are not both given, nor a range that
    /// ends before it starts.
    public static func checked(_ query: NamedQuery, _ filters: QueryFilters) throws -> QueryFilters {
        var filters = filters
        if filters.period != nil && (filters.from != nil || filters.to != nil) {
            throw QueryError.periodAndRange
        }
        if let from = filters.from, let to = filters.to, to.lastHalf < from.firstHalf {
            throw QueryError.rangeEndsBeforeStart(from: from.code, to: to.code)
        }
        if filters.level != nil && filters.breakdown != .commodity {
            throw QueryError.invalidFilter(.level, message: "it picks the commodities a breakdown by commodity lists; "
                                           + "ask for one (by commodity)")
        }
        if query == .ytd, let period = filters.period {
            filters.period = Period(firstHalf: (period.lastHalf / 24) * 24, lastHalf: period.lastHalf)
        }
        return filters
    }

    /// The half-months a range of periods covers, for conditions on a period's own halves.
    private static func halves(_ filters: QueryFilters) -> (first: Int64?, last: Int64?) {
        (filters.from.map { Int64($0.firstHalf) }, filters.to.map { Int64($0.lastHalf) })
    }

    /// The arguments of a range (`from_half`, `to_half`) and of several values of a filter (`NAME_list`:
    /// a JSON array, one bound parameter however many values).
    static func rangeArguments(_ filters: QueryFilters) -> [String: CellValue] {
        let (first, last) = halves(filters)
        return ["from_half": first.map(CellValue.integer) ?? .null, "to_half": last.map(CellValue.integer) ?? .null]
    }

    private static func list(_ codes: [String]) -> CellValue {
        let quoted = codes.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        return .text("[" + quoted.joined(separator: ",") + "]")
    }

    /// `partner` (one value) or `partner_list` (several), and the same for commodities.
    static func valueArguments(_ name: String, _ codes: [String]?) -> [String: CellValue] {
        guard let codes, !codes.isEmpty else { return [:] }
        return codes.count == 1 ? [name: .text(codes[0])] : [name + "_list": list(codes)]
    }

    /// Filters for views keyed by period, flow, partner, commodity and sector: without `--by`,
    /// the headline (WORLD, TOTAL); with it, every partner or every commodity.
    private func figureArguments(_ filters: QueryFilters) throws -> [String: CellValue] {
        let partners = try resolvedPartners(filters.partners)
        let commodities = try resolvedCommodities(filters.commodities)
        var arguments: [String: CellValue] = [
            "period": .optional(filters.period?.code), "flow": .optional(filters.flow?.rawValue),
            "sector": .text(filters.sector.rawValue),
            "all_partners": .integer(filters.breakdown == .partner && partners == nil ? 1 : 0),
            "all_commodities": .integer(filters.breakdown == .commodity && commodities == nil ? 1 : 0),
        ]
        arguments.merge(Self.rangeArguments(filters)) { $1 }
        arguments.merge(Self.levelArguments(filters.level)) { $1 }
        arguments.merge(Self.valueArguments("partner", partners ?? (filters.breakdown == .partner ? nil : [PartnerCode.world.rawValue]))) { $1 }
        arguments.merge(Self.valueArguments("commodity",
                                            commodities ?? (filters.breakdown == .commodity ? nil : [CommodityCode.total.rawValue]))) { $1 }
        return arguments
    }

    /// `level_digits` (an HS level) or `level_group` (the commodity groups), when a level is given.
    private static func levelArguments(_ level: CommodityLevel?) -> [String: CellValue] {
        guard let level else { return [:] }
        return level.digits.map { ["level_digits": .integer(Int64($0))] } ?? ["level_group": .integer(1)]
    }

    private func shareArguments(_ filters: QueryFilters) throws -> [String: CellValue] {
        let byCommodity = filters.breakdown == .commodity || (filters.breakdown == nil && !filters.commodities.isEmpty)
        var arguments = try figureArguments(QueryFilters(
            period: filters.period, from: filters.from, to: filters.to, flow: filters.flow,
            partners: filters.partners, commodities: filters.commodities,
            sector: filters.sector, breakdown: filters.breakdown ?? (byCommodity ? .commodity : .partner), level: filters.level))
        arguments["of"] = .text(byCommodity ? CommodityCode.total.rawValue : PartnerCode.world.rawValue)
        return arguments
    }

    private func topArguments(_ filters: QueryFilters) throws -> [String: CellValue] {
        guard filters.period != nil else {
            throw QueryError.periodRequired(query: "top")
        }
        guard filters.limit > 0 else { throw QueryError.invalidFilter(.top, message: "the number of rows must be at least 1") }
        var arguments = try figureArguments(QueryFilters(
            period: filters.period, flow: filters.flow ?? .export, partners: filters.partners, commodities: filters.commodities,
            sector: filters.sector, breakdown: filters.breakdown ?? .partner, level: filters.level))
        arguments["limit"] = .integer(Int64(filters.limit))
        arguments["ranking"] = .text(filters.ranking.rawValue)
        return arguments
    }

    /// `reconcile` shows every check unless narrowed: no WORLD/TOTAL default.
    private func reconcileArguments(_ filters: QueryFilters) throws -> [String: CellValue] {
        var arguments: [String: CellValue] = ["period": .optional(filters.period?.code), "flow": .optional(filters.flow?.rawValue)]
        arguments.merge(Self.rangeArguments(filters)) { $1 }
        arguments.merge(Self.valueArguments("partner", try resolvedPartners(filters.partners))) { $1 }
        arguments.merge(Self.valueArguments("commodity", try resolvedCommodities(filters.commodities))) { $1 }
        return arguments
    }

    /// Each value resolved to its code, without repeats, in the order given; nil when none is given.
    /// A value with commas is one name when it is one ("Korea, Republic of"), else several ("US,CN,JP").
    func resolvedPartners(_ texts: [String]) throws -> [String]? {
        texts.isEmpty ? nil : unique(try texts.flatMap { try commaSeparated($0, resolvedPartner) })
    }

    func resolvedCommodities(_ texts: [String]) throws -> [String]? {
        texts.isEmpty ? nil : unique(try texts.flatMap { try commaSeparated($0, resolvedCommodity) })
    }

    private func commaSeparated(_ text: String, _ resolve: (String?) throws -> String?) throws -> [String] {
        let parts = text.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return try resolve(text).map { [$0] } ?? [] }
        if let whole = try? resolve(text) { return [whole] }
        return try parts.compactMap { try resolve($0) }
    }

    private func unique(_ codes: [String]) -> [String] {
        var seen: Set<String> = []
        return codes.filter { seen.insert($0).inserted }
    }

    /// A partner given as its code needs no name index (building one costs most of a point query).
    private func resolvedPartner(_ text: String?) throws -> String? {
        guard let text else { return nil }
        if let code = try ReferenceRows.code(text.trimmingSpaces(), in: db, table: .partner) { return code }
        do { return try names.reference().partners.resolve(text).code } catch let error as InvalidValue {
            throw QueryError.invalidFilter(.partner, message: error.message)
        }
    }

    private func resolvedCommodity(_ text: String?) throws -> String? {
        guard let text else { return nil }
        if let code = try ReferenceRows.code(text.trimmingSpaces(), in: db, table: .commodity) { return code }
        do { return try names.reference().resolveCommodity(text).code } catch let error as InvalidValue {
            throw QueryError.invalidFilter(.commodity, message: error.message)
        }
    }

    // MARK: SQL

    /// Rows of `view` (one of this module's view names, never user input) matching the filters given.
    func select(from view: String, _ arguments: [String: CellValue], order: String) throws -> Statement {
        let (conditions, bound) = Self.conditions(arguments, halves: ("p.first_half", "p.last_half"))
        return try db.prepare("""
            SELECT v.* FROM \(view) v JOIN period p ON p.code = v.period\(Self.flowJoin)\(conditions)
            ORDER BY \(order)
            """, bound)
    }

    /// The kind of commodity `commodity` is (TOTAL and the groups have their figures in table
    /// `figure`, HS codes in `fact`), or nil when none is given.
    private func kind(ofCommodity commodity: CellValue?) throws -> CommodityKind? {
        guard case .text(let code)? = commodity else { return nil }
        return try db.query("SELECT kind FROM commodity WHERE code = :code", ["code": .text(code)]).rows.first?.first?.text
            .flatMap(CommodityKind.init(rawValue:))
    }

    /// `yoy` for TOTAL or one group: view `headline_yoy`, read in the order of index
    /// `figure_listing`, so that listing every period by partner sorts nothing (migration 0009).
    /// A period is asked for by its half-months and a partner by its id, the indexes' own columns.
    private func headlineYoY(_ arguments: [String: CellValue], period: Period?) throws -> Statement {
        if period == nil, let partners = Self.seriesPartners(arguments) { return try partnerYoY(arguments, partners: partners) }
        let (conditions, bound) = Self.headlineConditions(arguments, period: period)
        return try db.prepare("""
            SELECT \(Self.yoyColumns) FROM headline_yoy v\(conditions)
            ORDER BY \(Self.yoyOrder)
            """, bound)
    }

    /// The order of `headline_yoy`'s listing: periods (longer first), flows, the largest value first.
    static let yoyOrder = "v.listing_last_half, v.listing_first_half DESC, v.listing_flow, v.value_usd DESC, v.listing_partner"

    /// The conditions of `conditions` for view `headline_yoy`, but for a period asked for by its
    /// half-months and a partner by its id, the columns of `figure`'s indexes.
    static func headlineConditions(_ arguments: [String: CellValue], period: Period?) -> (String, [String: CellValue]) {
        var (conditions, bound) = Self.conditions(arguments.filter { $0.key != "period" && $0.key != "partner" },
                                                  halves: ("v.listing_first_half", "v.listing_last_half"))
        var clauses: [String] = []
        if let period {
            // (Both: the listing index reads a commodity's periods by their halves, the key a period's figures by its id.)
            clauses.append("v.listing_last_half = :last AND v.listing_first_half = :first "
                           + "AND v.listing_period = (SELECT id FROM period WHERE first_half = :first AND last_half = :last)")
            bound["last"] = .integer(Int64(period.lastHalf))
            bound["first"] = .integer(Int64(period.firstHalf))
        }
        if let partner = arguments["partner"], partner != .null {
            clauses.append("v.listing_partner = (SELECT id FROM partner WHERE code = :partner)")
            bound["partner"] = partner
        }
        return (and(conditions, clauses), bound)
    }

    /// `conditions` (a WHERE clause or nothing) with `clauses` added.
    static func and(_ conditions: String, _ clauses: [String]) -> String {
        clauses.isEmpty ? conditions : conditions + (conditions.isEmpty ? " WHERE " : " AND ") + clauses.joined(separator: " AND ")
    }

    /// `yoy` for one HS code: view `hs_yoy`, sorted by its own listing columns (migration 0010), so
    /// that SQLite need not join period and flow again to sort.
    private func hsYoY(_ arguments: [String: CellValue]) throws -> Statement {
        let (conditions, bound) = Self.conditions(arguments, halves: ("v.listing_first_half", "v.listing_last_half"))
        return try db.prepare("""
            SELECT \(Self.yoyColumns) FROM hs_yoy v\(conditions)
            ORDER BY v.listing_last_half, v.listing_first_half DESC, v.listing_flow, v.value_usd DESC, v.partner, v.commodity
            """, bound)
    }

    /// The columns of view `yoy`, read from `headline_yoy` or `hs_yoy` (which add listing columns).
    static let yoyColumns = """
        v.period, v.flow, v.partner, v.commodity, v.sector, v.value_usd, v.prior_value_usd, v.delta_usd, v.delta_pct, \
        v.basis, v.source
        """

    /// The `top` ranking over `yoy`'s rows: those of TOTAL and the groups read from `headline_yoy`
    /// as `headlineYoY` reads them (a month's chapters from 240,000 figures: 183 ms through view
    /// `yoy`, which finds a period by its code), those of HS codes from `hs_yoy`.
    private func top(_ arguments: [String: CellValue], period: Period?, window: LineRollups.Window) throws -> Statement {
        var (conditions, bound) = Self.conditions(arguments, halves: nil)
        let (rollups, rollupBound) = try rollupGrouping(arguments, window: window)
            .map { Self.rollupRows(.yoy, arguments, window: window, grouping: $0) } ?? ("", [:])
        bound.merge(rollupBound) { $1 }
        let (headline, headlineBound) = Self.headlineConditions(arguments, period: period)
        bound.merge(headlineBound) { $1 }
        bound["ranking"] = arguments["ranking"]
        bound["limit"] = arguments["limit"]
        var ranked: [String] = []
        if arguments["ranking"] != "value" { ranked.append("v.delta_usd IS NOT NULL") }
        // A ranking of declines lists declines only: a rise is no decline, however small.
        if arguments["ranking"] == "decline" { ranked.append("v.delta_usd < 0") }
        conditions = Self.and(conditions, ranked)
        return try db.prepare("""
            SELECT row_number() OVER (ORDER BY
                       CASE :ranking WHEN 'value' THEN v.value_usd WHEN 'delta' THEN v.delta_usd
                                     WHEN 'pct' THEN v.delta_pct WHEN 'decline' THEN -v.delta_usd END DESC) AS rank,
                   v.*
            FROM (SELECT \(Self.yoyColumns) FROM headline_yoy v\(Self.and(headline, ranked))
                  UNION ALL
                  SELECT \(Self.yoyColumns) FROM hs_yoy v\(conditions)\(rollups.isEmpty ? "" : """

                  UNION ALL
                  SELECT \(Self.yoyColumns) FROM (\(rollups)) v\(conditions)
                  """)) v
            ORDER BY rank
            LIMIT :limit
            """, bound)
    }

    /// A WHERE clause with one fixed condition per filter that is set, and the arguments it binds.
    /// Only set filters appear, so that SQLite plans each query with its indexes.
    /// `halves`: the columns holding a row's first and last half-month, for a range of periods.
    static func conditions(_ arguments: [String: CellValue],
                           halves: (first: String, last: String)? = nil) -> (String, [String: CellValue]) {
        var clauses: [String] = [], bound: [String: CellValue] = [:]
        for (name, clause) in filterClauses {
            guard let value = arguments[name], value != .null, value != .integer(0) else { continue }
            clauses.append(clause)
            if clause.hasSuffix(":" + name) || clause.hasSuffix(":" + name + "))") { bound[name] = value }
        }
        if let halves {
            for (name, column, comparison) in [("from_half", halves.first, ">="), ("to_half", halves.last, "<=")] {
                guard let value = arguments[name], value != .null else { continue }
                clauses.append("\(column) \(comparison) :\(name)")
                bound[name] = value
            }
        }
        return (clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND "), bound)
    }

    /// Each filter's name and its condition; a condition that binds the filter's value ends with it
    /// (`:name`). (`hasSuffix`, not Foundation's `contains`, which bridges to NSString on first use.)
    private static let filterClauses: [(String, String)] = [
        ("period", "v.period = :period"), ("flow", "v.flow = :flow"), ("partner", "v.partner = :partner"),
        ("commodity", "v.commodity = :commodity"), ("sector", "v.sector = :sector"), ("of", "v.of = :of"),
        ("partner_list", "v.partner IN (SELECT value FROM json_each(:partner_list))"),
        ("commodity_list", "v.commodity IN (SELECT value FROM json_each(:commodity_list))"),
        ("all_partners", "v.partner <> \(PartnerCode.world.sqlLiteral)"), ("all_commodities", "v.commodity <> \(CommodityCode.total.sqlLiteral)"),
        ("level_digits", "v.commodity GLOB '[0-9]*' AND length(v.commodity) = :level_digits"),
        ("level_group", "v.commodity IN (SELECT code FROM commodity WHERE kind = 'group')"),
    ]

    /// Periods by their last half-month, longer first; flows in their reference order (export,
    /// import, balance, turnover); then the largest value first.
    static let figureOrder = "p.last_half, p.first_half DESC, fl.id, v.value_usd DESC, v.partner, v.commodity"
    static let shareOrder = "p.last_half, p.first_half DESC, fl.id, v.share_pct DESC, v.partner, v.commodity"
    static let flowJoin = " JOIN flow fl ON fl.code = v.flow"
    static let reconcileOrder = """
        CASE v.status WHEN 'mismatch' THEN 0 WHEN 'revised' THEN 1 ELSE 2 END, v.check_name, p.last_half, v.flow, v.partner, v.commodity
        """
}

/// The warehouse's reference data, loaded the first time a name (not a code) must be resolved.
private final class ReferenceOnDemand {
    private let db: Database
    private var loaded: ReferenceData?

    init(db: Database) { self.db = db }

    func reference() throws -> ReferenceData {
        if let loaded { return loaded }
        let reference = try ReferenceData.load(from: db)
        loaded = reference
        return reference
    }
}
