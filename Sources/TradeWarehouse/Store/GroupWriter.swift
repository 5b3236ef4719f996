/// Adds partner groups users define (beyond EU, ASEAN and the continents) and their members over time.
public enum GroupWriter {
    /// Groups whose membership the reference data defines; users cannot redefine them.
    public static let builtIn: Set<String> = ["EU", "ASEAN", "ASIA", "EUROPE", "AMERICAS", "AFRICA", "OCEANIA"]

    /// Creates group `code` if it is new, and records `members` from `from` to `to` (inclusive;
    /// nil = still members), then recomputes the derived figures, group sums among them. Member
    /// codes must already be resolved. One transaction.
    public static func define(_ db: Database, code: String, nameEnglish: String, nameVietnamese: String?,
                              members: [String], from: String, to: String?) throws {
        try db.transaction {
            try db.run("""
                INSERT INTO partner (code, kind, name_en, name_vi) VALUES (:code, 'group', :name_en, :name_vi)
                ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_vi = coalesce(excluded.name_vi, name_vi)
                WHERE kind = 'group'
                """, ["code": .text(code), "name_en": .text(nameEnglish), "name_vi": .optional(nameVietnamese)])
            for member in members {
                try db.run("""
                    INSERT INTO partner_group_member (group_id, member_id, valid_from, valid_to)
                    SELECT g.id, m.id, :from, :to FROM partner g, partner m WHERE g.code = :group AND m.code = :member
                    ON CONFLICT DO UPDATE SET valid_to = excluded.valid_to
                    """, ["group": .text(code), "member": .text(member), "from": .text(from), "to": .optional(to)])
            }
            try DerivedFigures.refresh(db, firstHalf: DerivedFigures.everything.0, lastHalf: DerivedFigures.everything.1)
        }
    }

    /// The kind of partner `code` is ("country", "group", "world"), or nil if there is none.
    public static func kind(of code: String, in db: Database) throws -> String? {
        try db.query("SELECT kind FROM partner WHERE code = :code", ["code": .text(code)]).rows.first?.first?.text
    }
}
