/// Adds partner groups users define (beyond EU, ASEAN and the continents) and their members over time.
public enum GroupWriter {
    /// Groups whose membership the reference data defines; users cannot redefine them.
    public static let builtIn: Set<String> = ["EU", "ASEAN", "ASIA", "EUROPE", "AMERICAS", "AFRICA", "OCEANIA"]

    /// Creates group `code` if it is new, and records `members` from `from` to `to` (inclusive;
    /// nil = still members), then recomputes the derived figures, group sums among them. Member
    /// codes must already be resolved, and the dates be real days (`CalendarDate`). One transaction.
    ///
    /// A member's days in a group never overlap, so that no period counts a member twice: the new
    /// interval is joined with those it overlaps or touches (redefining adds or extends), except
    /// that an interval starting on the same day as one recorded restates that one's end (how a
    /// membership is ended: `--from` its first day, `--to` its last).
    public static func define(_ db: Database, code: String, nameEnglish: String, nameVietnamese: String?,
                              members: [String], from: String, to: String?) throws {
        try db.transaction {
            try db.run("""
                INSERT INTO partner (code, kind, name_en, name_vi) VALUES (:code, 'group', :name_en, :name_vi)
                ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_vi = coalesce(excluded.name_vi, name_vi)
                WHERE kind = 'group'
                """, ["code": .text(code), "name_en": .text(nameEnglish), "name_vi": .optional(nameVietnamese)])
            for member in members { try addMembership(db, group: code, member: member, from: from, to: to) }
            try DerivedFigures.refresh(db, firstHalf: DerivedFigures.everything.0, lastHalf: DerivedFigures.everything.1)
        }
    }

    /// Records one member's interval, joined with the recorded intervals it overlaps or touches.
    private static func addMembership(_ db: Database, group: String, member: String, from: String, to: String?) throws {
        let arguments: [String: CellValue] = ["group": .text(group), "member": .text(member), "from": .text(from), "to": .optional(to)]
        let ofMember = """
            group_id = (SELECT id FROM partner WHERE code = :group) AND member_id = (SELECT id FROM partner WHERE code = :member)
            """
        try db.run("DELETE FROM partner_group_member WHERE \(ofMember) AND valid_from = :from",
                   arguments.filter { $0.key != "to" })
        // Recorded intervals that overlap [from, to] or end the day before it or start the day after it.
        let touching = """
            \(ofMember) AND valid_from <= coalesce(date(:to, '+1 day'), '9999-12-31')
                         AND coalesce(valid_to, '9999-12-31') >= date(:from, '-1 day')
            """
        let joined = try db.query("""
            SELECT min(:from, coalesce(min(valid_from), :from)),
                   CASE WHEN :to IS NULL OR count(valid_from) > count(valid_to) THEN NULL
                        ELSE max(:to, coalesce(max(valid_to), :to)) END
            FROM partner_group_member WHERE \(touching)
            """, arguments).rows.first
        try db.run("DELETE FROM partner_group_member WHERE \(touching)", arguments)
        try db.run("""
            INSERT INTO partner_group_member (group_id, member_id, valid_from, valid_to)
            SELECT g.id, m.id, :joined_from, :joined_to FROM partner g, partner m WHERE g.code = :group AND m.code = :member
            """, ["group": .text(group), "member": .text(member),
                  "joined_from": joined?[0] ?? .text(from), "joined_to": joined?[1] ?? .optional(to)])
    }

    /// The kind of partner `code` is ("country", "group", "world"), or nil if there is none.
    public static func kind(of code: String, in db: Database) throws -> String? {
        try db.query("SELECT kind FROM partner WHERE code = :code", ["code": .text(code)]).rows.first?.first?.text
    }
}
