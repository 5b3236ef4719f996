/// The views ad-hoc SQL is written against (`tradewh sql --schema`), each with one line on what it
/// holds. The columns are read from the database itself, so they never drift from the migrations.
///
///     let schema = try PublicSchema.table(store.db)   // view, description, columns
public enum PublicSchema {
    /// The public views, in the order the README documents them, with what each holds.
    public static let views: [(name: String, description: String)] = [
        ("facts", "the current figure for each key: the latest release that has not been replaced wins"),
        ("yoy", "every figure with its change on the same period a year earlier"),
        ("fact_sources", "where each current figure came from: file, line, and for bulletins the sentence"),
        ("all_facts", "every figure the analyses use: the current reported ones and the derived ones"),
        ("ytd", "spans from January, with the same span a year earlier"),
        ("mom", "change on the previous period of the same kind (month, half-month, quarter)"),
        ("share", "a partner's share of the world figure, a commodity's share of its partner's total"),
        ("reconcile", "one row per consistency check: expected, actual, tolerance, status"),
        ("balance", "per period and partner, all goods, all enterprises: exports, imports, balance, turnover"),
    ]

    /// One row per public view: `view`, `description` and `columns` (comma-separated, in order).
    public static func table(_ db: Database) throws -> ResultTable {
        let statement = try db.prepare("SELECT name FROM pragma_table_info(:view) ORDER BY cid")
        let rows = try views.map { view -> [CellValue] in
            try statement.bind(["view": .text(view.name)])
            let columns = try statement.fetchAll().rows.compactMap { $0.first?.text }
            guard !columns.isEmpty else { throw QueryError.missingView(view.name) }
            return [.text(view.name), .text(view.description), .text(columns.joined(separator: ", "))]
        }
        return ResultTable(columns: ["view", "description", "columns"], rows: rows)
    }
}
