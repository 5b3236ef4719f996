/// The listings behind `tradewh releases`, `partners`, `commodities` and `migrate --status`.
public enum Listings {
    /// Every release, oldest first, with what it changed: figures for keys no earlier release had
    /// (`new`), figures that restate an earlier one (`confirmed`) and figures that change it (`revised`),
    /// and the day it was published (`published_on`, where known) before the time it was ingested.
    /// `rank`, its place in the order of releases, is shown only where it differs from the id (a
    /// release that replaced another with `--replace` took its place; migration 0013).
    public static func releases(_ db: Database) throws -> ResultTable {
        // (counted at ingest: see migration 0009)
        try db.query("""
            SELECT id, path, format, row_count, new_count AS new, confirmed_count AS confirmed, revised_count AS revised,
                   published_on, ingested_at, replaced_by, CASE WHEN rank <> id THEN rank END AS rank,
                   substr(sha256, 1, 12) AS sha256_prefix, source
            FROM release ORDER BY id
            """)
    }

    /// Partners whose code, names or aliases contain `term` (ignoring case and diacritics); all without one.
    public static func partners(_ db: Database, matching term: String?) throws -> ResultTable {
        try reference(db, table: .partner, matching: term, extraColumn: "kind",
                      extraSQL: "SELECT code, kind FROM partner")
    }

    /// Commodities whose code, names or aliases contain `term`; all without one.
    public static func commodities(_ db: Database, matching term: String?) throws -> ResultTable {
        try reference(db, table: .commodity, matching: term, extraColumn: "flows",
                      extraSQL: "SELECT code, flows FROM commodity")
    }

    /// Every group with its members and the dates they belong.
    public static func groups(_ db: Database) throws -> ResultTable {
        try db.query("""
            SELECT g.code AS "group", g.name_en, m.code AS member, m.name_en AS member_name, gm.valid_from, gm.valid_to
            FROM partner g
            JOIN partner_group_member gm ON gm.group_id = g.id
            JOIN partner m ON m.id = gm.member_id
            WHERE g.kind = 'group'
            ORDER BY g.code, gm.valid_from, m.code
            """)
    }

    /// The migrations this binary carries and whether each is applied.
    public static func migrations(_ db: Database) throws -> ResultTable {
        let rows: [[CellValue]] = try Migrator().status(db).map { status in
            [.text(status.name), .text(status.appliedAt == nil ? "pending" : "applied"),
             .optional(status.appliedAt), .text(String(status.checksum.prefix(12)))]
        }
        return ResultTable(columns: ["migration", "state", "applied_at", "checksum_prefix"], rows: rows)
    }

    private static func reference(_ db: Database, table: ReferenceTable, matching term: String?,
                                  extraColumn: String, extraSQL: String) throws -> ResultTable {
        var extra: [String: String] = [:]
        for row in try db.query(extraSQL).rows {
            if let code = row[0].text, let value = row[1].text { extra[code] = value }
        }
        let key = term.map(NameKey.folded)
        let rows: [[CellValue]] = try ReferenceRows.load(db, table: table).compactMap { entry, aliases in
            let names = [entry.code, entry.nameEnglish] + [entry.nameVietnamese].compactMap { $0 } + aliases
            if let key, !names.contains(where: { NameKey.folded($0).contains(key) }) { return nil }
            return [.text(entry.code), .optional(extra[entry.code]), .optional(entry.nameVietnamese),
                    .text(entry.nameEnglish), .text(aliases.joined(separator: "; "))]
        }
        return ResultTable(columns: ["code", extraColumn, "name_vi", "name_en", "aliases"], rows: rows)
    }
}
