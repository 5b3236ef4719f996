/// Every table and view ad-hoc SQL can read (`tradewh sql --schema`), each with one line on what it
/// holds. The columns are read from the database itself, so they never drift from the schema
/// (`Migrations/Schema/current.sql` shows it whole).
///
///     let schema = try PublicSchema.table(store.db)   // name, kind, description, columns
public enum PublicSchema {
    /// What an entry is: a public view (stable columns, documented in the README), a table, or a
    /// helper view the public ones are built from (its columns may change).
    public enum Kind: String, Sendable {
        /// A public view: its columns are a contract.
        case view
        /// A table.
        case table
        /// A view the public ones are built from.
        case helper = "helper view"
    }

    /// Every table and view, public views first in the order the README documents them, with what
    /// each holds. A test checks that it names every table and view of a new warehouse.
    public static let entries: [(name: String, kind: Kind, description: String)] = [
        ("facts", .view, "the current figure for each key: the release not replaced that is latest in the order of releases (rank) wins"),
        ("yoy", .view, "every figure with its change on the same period a year earlier"),
        ("fact_sources", .view, "where each current figure came from: file, line, and for bulletins the sentence"),
        ("all_facts", .view, "every figure the analyses use: the current reported ones and the derived ones"),
        ("ytd", .view, "spans from January, with the same span a year earlier"),
        ("mom", .view, "change on the previous period of the same kind (month, half-month, quarter)"),
        ("share", .view, "a partner's share of the world figure, a commodity's share of its partner's total"),
        ("reconcile", .view, "one row per consistency check: expected, actual, tolerance, status"),
        ("balance", .view, "per period and partner, all goods, all enterprises: exports, imports, balance, turnover"),
        ("release", .table, "one row per ingested file: path, SHA-256, when, what replaced it, its rank, what it did to earlier figures"),
        ("fact", .table, "every figure of every release, by key and release: value_usd, the line it came from and its quantity"),
        ("release_unit", .table, "the unit of each commodity's quantities in a release"),
        ("fact_detail", .table, "a unit other than its release's, qualifier, estimated and stated yoy_pct of the figures that have any"),
        ("fact_text", .table, "for figures read from bulletins: the sentence, the amount's place, the stated changes"),
        ("figure", .table, "current and derived figures of TOTAL and the commodity groups, and sums of HS lines, with their year-on-year change"),
        ("release_period", .table, "the periods each release has figures in"),
        ("period", .table, "every period's code and kind, and its run of half-months (first_half, last_half)"),
        ("partner", .table, "WORLD, the countries (ISO 3166-1) and the groups, with English and Vietnamese names"),
        ("partner_alias", .table, "other names of partners, in Vietnamese or English"),
        ("partner_group_member", .table, "the members of each group, from and to a date"),
        ("commodity", .table, "TOTAL, the customs commodity groups and the HS codes ingested, with their names"),
        ("commodity_alias", .table, "other names of the commodity groups, in Vietnamese or English"),
        ("commodity_hs", .table, "the HS codes a commodity group is exactly made of, and why (the HS titles read against its name)"),
        ("flow", .table, "the flows: export, import, balance, turnover"),
        ("sector", .table, "the sectors: ALL, FDI, DOMESTIC"),
        ("as_of", .table, "one row: the release `--as-of` answers as of (NULL: now)"),
        ("derive_window", .table, "one row: the half-months whose derived figures are being computed (empty outside ingest)"),
        ("line_window", .table, "one row: the half-months whose sums of HS lines are being recomputed (empty outside ingest)"),
        ("schema_migrations", .table, "the migrations applied, with their checksums"),
        ("schema_state", .table, "the checksums of the view files and reference data the warehouse was made from"),
        ("current_fact", .helper, "the current figure of each key, by ids, with its details"),
        ("fact_full", .helper, "every figure of every release with its details and rounding"),
        ("standing_release", .helper, "the releases that stand (not replaced; as of `as_of` when set), with their rank"),
        ("headline_facts", .helper, "the figures of table figure, with codes"),
        ("hs_facts", .helper, "the current figures of HS codes, with codes"),
        ("headline_yoy", .helper, "yoy for TOTAL and the commodity groups, as table figure keeps it"),
        ("headline_balance", .helper, "balance with the columns its listing is ordered by, read from table figure"),
        ("hs_yoy", .helper, "yoy for HS codes, worked out from table fact"),
        ("figure_change", .helper, "how ingest works out the listing columns of table figure"),
        ("derived_fact", .helper, "figures derived from reported ones, for the periods in derive_window"),
        ("reported_figure", .helper, "the reported figures of table figure"),
        ("base_figure", .helper, "what figures are derived from: reported figures, and totals summed from HS lines"),
        ("line_sum", .helper, "sums of the current HS lines of countries, for the periods in line_window"),
        ("stale_aggregate", .helper, "stated balances, turnovers and spans a later revision of their parts left behind, "
            + "with what is used in their place"),
        ("group_sum", .helper, "each group's figure as the sum of its members' reported figures"),
        ("group_member_in_period", .helper, "the members of each group during a whole period"),
    ]

    /// One row per table and view: `name`, `kind`, `description` and `columns` (comma-separated, in order).
    public static func table(_ db: Database) throws -> ResultTable {
        let statement = try db.prepare("SELECT name FROM pragma_table_info(:name) ORDER BY cid")
        let rows = try entries.map { entry -> [CellValue] in
            try statement.bind(["name": .text(entry.name)])
            let columns = try statement.fetchAll().rows.compactMap { $0.first?.text }
            guard !columns.isEmpty else { throw QueryError.missingView(entry.name) }
            return [.text(entry.name), .text(entry.kind.rawValue), .text(entry.description), .text(columns.joined(separator: ", "))]
        }
        return ResultTable(columns: ["name", "kind", "description", "columns"], rows: rows)
    }
}
