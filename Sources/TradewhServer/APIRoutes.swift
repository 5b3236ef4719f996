import TradeWarehouse

/// The JSON API under `/api/`, mirroring the command line: each answer is what the command prints
/// with `--format json` (an array of objects, one per row), or `{"error": "..."}` with a 4xx status.
enum APIRoutes {
    /// Each route's path (after `/api/`) and the rows it answers with.
    static let routes: [(path: String, rows: @Sendable (Visit) throws -> ResultTable)] = [
        ("query/:code", { visit in
            var form = visit.form
            form.set("query", visit.parameter ?? "")
            let filters = try FormFilters(form: form)
            return try QueryRunner(reader: visit.db).run(filters.query, try filters.filters(visit.db))
        }),
        ("releases", { try Listings.releases($0.db) }),
        ("partners", { try Listings.partners($0.db, matching: $0.form["match"]) }),
        ("commodities", { try Listings.commodities($0.db, matching: $0.form["match"]) }),
        ("groups", { try Listings.groups($0.db) }),
        ("schema", { try PublicSchema.table($0.db) }),
        ("sql", { visit in
            let script = visit.form.raw("sql") ?? ""
            var values: [String: String] = [:]
            for name in try AdHocSQL.parameterNames(in: script, on: visit.db) { values[name] = visit.form.raw(name) }
            return try AdHocSQL.run(script, parameters: values, reader: visit.db, timeout: visit.timeout)
        }),
    ]

    /// `{"error": "message"}`.
    static func error(_ message: String) -> String {
        TableRenderer.render(ResultTable(columns: ["error"], rows: [[.text(message)]]), as: .ndjson)
    }
}
