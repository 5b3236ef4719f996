import CSQLite

/// Runs the user's own SQL (`tradewh sql`): read-only unless asked, values always bound.
public enum AdHocSQL {
    /// A statement over a documented view with one named parameter, offered where a user is about to
    /// write SQL (the SQL page of `tradewh serve`).
    public static let example = """
        SELECT period, flow, value_usd, delta_pct FROM yoy
        WHERE partner = :partner AND commodity = \(CommodityCode.total.sqlLiteral)
        ORDER BY period DESC
        """

    /// Runs every statement of `script` and returns the rows of the last one that returns rows
    /// (or an empty table). `parameters` fill `:name` placeholders. Without `write`, the database is
    /// opened so that SQLite refuses any change (see `TradeStore.openReadOnly`).
    ///
    /// With `asOf`, the views answer as the warehouse stood after that release or on that day, computed on
    /// a read-only connection beside the warehouse (see `AsOf`), under `query_only` and the
    /// read-only authorizer.
    ///
    /// `timeout`: seconds after which a statement still running is stopped (`QueryError.timedOut`).
    public static func run(_ script: String, parameters: [String: String], databasePath: String, write: Bool,
                           asOf: AsOfPoint? = nil, timeout: Double? = nil) throws -> ResultTable {
        try withRows(script, parameters: parameters, databasePath: databasePath, write: write, asOf: asOf,
                     timeout: timeout) { output in
            switch output {
            case .rows(let statement): return try statement.fetchAll()
            case .table(let table): return table
            }
        }
    }

    /// `run` on a connection from `TradeStore.openReader` (a server's SQL page): every statement of
    /// `script` stopped after `timeout` seconds, and any change refused.
    public static func run(_ script: String, parameters: [String: String], reader db: Database, timeout: Double) throws -> ResultTable {
        try bounded(timeout, on: db) {
            try readOnly {
                try runStatements(script, parameters: parameters, on: db) { output in
                    switch output {
                    case .rows(let statement): return try statement.fetchAll()
                    case .table(let table): return table
                    }
                }
            }
        }
    }

    /// Runs `body` on `db` with every statement stopped `timeout` seconds after `body` began
    /// (`QueryLimits.withTimeout`), reporting it as `QueryError.timedOut`, and SQLite running out of
    /// the memory `QueryLimits.limitHeap` allows as `QueryError.outOfMemory`: a server's requests.
    public static func bounded<T>(_ timeout: Double, on db: Database, _ body: () throws -> T) throws -> T {
        do {
            return try QueryLimits.withTimeout(timeout, on: db, body)
        } catch StoreError.sqlite(let code, _, _) where code & 0xff == SQLITE_INTERRUPT {
            throw QueryError.timedOut(seconds: timeout)
        } catch StoreError.sqlite(let code, _, _) where code & 0xff == SQLITE_NOMEM {
            throw QueryError.outOfMemory(bytes: sqlite3_hard_heap_limit64(-1))
        }
    }

    /// The named parameters the statements of `script` use (`:name`, without its sigil), each once, in
    /// order: what a form asks values for before the script runs.
    public static func parameterNames(in script: String, on db: Database) throws -> [String] {
        var names: [String] = []
        try db.forEachStatement(in: script) { statement, _ in
            for name in statement.parameterNames where !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// What a script's rows come as: the last statement, to step, when it returns rows (so that
    /// they are printed as they come, however many), else the rows of the last one that did.
    public enum Output {
        /// The last statement, bound and not yet stepped: its rows are the result.
        case rows(Statement)
        /// The rows of the last statement that returned any (the last one returns none).
        case table(ResultTable)
    }

    /// `run`, handing the rows to `body` as `Output` while the connection is open (and the limits
    /// hold): `tradewh sql` prints a result of millions of rows without holding it.
    public static func withRows<T>(_ script: String, parameters: [String: String], databasePath: String, write: Bool,
                                   asOf: AsOfPoint? = nil, timeout: Double? = nil, _ body: (Output) throws -> T) throws -> T {
        do {
            return try runBounded(script, parameters: parameters, databasePath: databasePath, write: write,
                                  asOf: asOf, timeout: timeout, body)
        } catch StoreError.sqlite(let code, _, _) where code & 0xff == SQLITE_INTERRUPT && timeout != nil {
            throw QueryError.timedOut(seconds: timeout ?? 0)
        } catch StoreError.sqlite(let code, _, _) where code & 0xff == SQLITE_NOMEM {
            throw QueryError.outOfMemory(bytes: sqlite3_hard_heap_limit64(-1))
        }
    }

    private static func runBounded<T>(_ script: String, parameters: [String: String], databasePath: String, write: Bool,
                                      asOf: AsOfPoint?, timeout: Double?, _ body: (Output) throws -> T) throws -> T {
        func runStatements(_ script: String, parameters: [String: String], on db: Database) throws -> T {
            try QueryLimits.withTimeout(timeout, on: db) { try AdHocSQL.runStatements(script, parameters: parameters, on: db, body) }
        }
        if let point = asOf {
            guard !write else { throw QueryError.asOfWithWrite }
            if case .release(let release) = point, try !AsOf.exists(release: release, in: TradeStore.open(path: databasePath).db) {
                throw QueryError.invalidFilter(.asOf, message: "there is no release \(release); see `tradewh releases`")
            }
            return try AsOf.run(databasePath: databasePath, at: point) { db in
                try readOnly { try runStatements(script, parameters: parameters, on: db) }
            }
        }
        if write { return try runStatements(script, parameters: parameters, on: try TradeStore.open(path: databasePath).db) }
        let db = try TradeStore.openReadOnly(path: databasePath)
        return try readOnly { try runStatements(script, parameters: parameters, on: db) }
    }

    /// Turns SQLite's refusals of a change into the read-only error the user sees.
    private static func readOnly<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch StoreError.sqlite(let code, let message, _) where [SQLITE_READONLY, SQLITE_AUTH].contains(code & 0xff) {
            throw QueryError.readOnly(reason: message)
        }
    }

    private static func runStatements<T>(_ script: String, parameters: [String: String], on db: Database,
                                         _ body: (Output) throws -> T) throws -> T {
        var result = ResultTable(columns: [], rows: [])
        var output: T?
        try db.forEachStatement(in: script) { statement, isLast in
            if statement.parameterNames.count < statement.parameterCount {
                throw QueryError.unnamedPlaceholder
            }
            for name in statement.parameterNames {
                guard let value = parameters[name] else {
                    throw QueryError.missingParameter(name: name)
                }
                try statement.bind([name: typedValue(value)])
            }
            if isLast && statement.returnsRows { return output = try body(.rows(statement)) }
            let rows = try statement.fetchAll()
            if statement.returnsRows { result = rows }
        }
        return try output ?? body(.table(result))
    }

    /// A parameter as the value it spells: an integer or a decimal when the text is exactly that
    /// number's usual spelling (so `0901` stays text), else text.
    static func typedValue(_ text: String) -> CellValue {
        if let integer = Int64(text), String(integer) == text { return .integer(integer) }
        if let real = Double(text), real.isFinite, String(real) == text { return .real(real) }
        return .text(text)
    }

    /// Splits `NAME=VALUE` into its parts.
    public static func parseParameter(_ text: String) throws -> (name: String, value: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw QueryError.malformedParameter(text, nameMissing: false)
        }
        var name = String(text[..<equals])
        if let sigil = name.first, ":@$".contains(sigil) { name.removeFirst() }
        if name.isEmpty {
            throw QueryError.malformedParameter(text, nameMissing: true)
        }
        return (name, String(text[text.index(after: equals)...]))
    }
}
