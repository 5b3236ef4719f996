import CSQLite

/// Runs the user's own SQL (`tradewh sql`): read-only unless asked, values always bound.
public enum AdHocSQL {
    /// Runs every statement of `script` and returns the rows of the last one that returns rows
    /// (or an empty table). `parameters` fill `:name` placeholders. Without `write`, the database is
    /// opened so that SQLite refuses any change (see `TradeStore.openReadOnly`).
    public static func run(_ script: String, parameters: [String: String], databasePath: String, write: Bool) throws -> ResultTable {
        let db = write ? try TradeStore.open(path: databasePath).db : try TradeStore.openReadOnly(path: databasePath)
        do {
            return try runStatements(script, parameters: parameters, on: db)
        } catch StoreError.sqlite(let code, let message, _) where !write && [SQLITE_READONLY, SQLITE_AUTH].contains(code & 0xff) {
            throw QueryError.readOnly(reason: message)
        }
    }

    private static func runStatements(_ script: String, parameters: [String: String], on db: Database) throws -> ResultTable {
        var result = ResultTable(columns: [], rows: [])
        try db.forEachStatement(in: script) { statement in
            if statement.parameterNames.count < statement.parameterCount {
                throw QueryError.badParameter(
                    "the query uses a ? placeholder; name it instead (:name) and give it a value with --param name=VALUE")
            }
            for name in statement.parameterNames {
                guard let value = parameters[name] else {
                    throw QueryError.badParameter("the query uses :\(name); give it a value with --param \(name)=VALUE")
                }
                try statement.bind([name: typedValue(value)])
            }
            let rows = try statement.fetchAll()
            if statement.returnsRows { result = rows }
        }
        return result
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
            throw QueryError.badParameter("--param \(text): expected NAME=VALUE, e.g. --param period=2024-01")
        }
        var name = String(text[..<equals])
        if let sigil = name.first, ":@$".contains(sigil) { name.removeFirst() }
        if name.isEmpty {
            throw QueryError.badParameter("--param \(text): the name is missing; expected NAME=VALUE, e.g. --param period=2024-01")
        }
        return (name, String(text[text.index(after: equals)...]))
    }
}
