/// Adds partner groups users define (beyond EU, ASEAN and the continents) and their members over time.
public enum GroupWriter {
    /// Groups whose membership the reference data defines; users cannot redefine them.
    public static let builtIn: Set<String> = ["EU", "ASEAN", "ASIA", "EUROPE", "AMERICAS", "AFRICA", "OCEANIA"]

    /// Whether `code` may name a group: 2 or more ASCII letters, digits or `-` (`RCEP-NE`).
    public static func isValidCode(_ code: String) -> Bool {
        code.count >= 2 && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    /// The rules a definition's own values keep, checked before the warehouse is read (a front
    /// end can refuse them as it reads its input): the code's letters, then that `from` and `to`
    /// are real days (`YYYY-MM-DD`), then that `to` is not before `from`.
    public static func checkValues(code: String, from: String, to: String?) throws {
        guard isValidCode(code) else { throw GroupDefinitionError.invalidCode(code) }
        for (value, day) in [(UserValue.membershipStart, from)] + (to.map { [(UserValue.membershipEnd, $0)] } ?? []) {
            do { _ = try CalendarDate.parse(day) } catch let error as InvalidValue {
                throw GroupDefinitionError.invalidDay(value, message: error.message)
            }
        }
        if let to, to < from { throw GroupDefinitionError.endsBeforeStart(from: from, to: to) }
    }

    /// Creates group `code` (uppercased) if it is new, or adds to it, with `members` (codes or
    /// names of countries) from `from` to `to` (inclusive; nil = still members), and recomputes
    /// the derived figures, group sums among them. Returns the members' codes. One transaction.
    ///
    /// The rules, checked in this order before anything is written (`GroupDefinitionError`):
    /// 0. the values' own rules (`checkValues`: the code's letters, real days, in order);
    /// 1. the code is not a country's or WORLD's (it is a group's, or new);
    /// 2. the group is not built in (`builtIn`: the reference data defines its members);
    /// 3. the code and 4. each name is not a code, name or alias of another partner, so rows
    ///    naming that partner keep meaning it;
    /// 5. every member resolves, and is a country.
    ///
    /// A member's days in a group never overlap, so that no period counts a member twice: the new
    /// interval is joined with those it overlaps or touches (redefining adds or extends), except
    /// that an interval starting on the same day as one recorded restates that one's end (how a
    /// membership is ended: the same first day, with its last).
    @discardableResult
    public static func define(_ db: Database, code: String, nameEnglish: String, nameVietnamese: String?,
                              members: [String], from: String, to: String?) throws -> [String] {
        try checkValues(code: code, from: from, to: to)
        let code = code.uppercased()
        let reference = try ReferenceData.load(from: db)
        if let kind = try kind(of: code, in: db), kind != .group { throw GroupDefinitionError.codeOfAnother(code: code, kind: kind) }
        if builtIn.contains(code) { throw GroupDefinitionError.builtIn(code: code) }
        if let other = reference.partners.otherEntry(named: code, than: code) {
            throw GroupDefinitionError.codeNamesAnother(code: code, other: other.label)
        }
        for (value, name) in [(UserValue.groupName, nameEnglish), (.groupNameVietnamese, nameVietnamese)] {
            guard let name, let other = reference.partners.otherEntry(named: name, than: code) else { continue }
            throw GroupDefinitionError.nameOfAnother(value, name: name, other: other.label)
        }
        let memberCodes = try members.map { name -> String in
            let entry: ReferenceEntry
            do { entry = try reference.partners.resolve(name) } catch let error as InvalidValue {
                throw GroupDefinitionError.unknownMember(message: error.message)
            }
            guard try kind(of: entry.code, in: db) == .country else { throw GroupDefinitionError.notACountry(entry.label) }
            return entry.code
        }
        try record(db, code: code, nameEnglish: nameEnglish, nameVietnamese: nameVietnamese, members: memberCodes, from: from, to: to)
        return memberCodes
    }

    /// Writes a checked definition: the group row, each member's joined interval, the derived figures.
    private static func record(_ db: Database, code: String, nameEnglish: String, nameVietnamese: String?,
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

    /// The kind of partner `code` is, or nil if there is none.
    public static func kind(of code: String, in db: Database) throws -> PartnerKind? {
        try db.query("SELECT kind FROM partner WHERE code = :code", ["code": .text(code)]).rows.first?.first?.text
            .flatMap(PartnerKind.init(rawValue:))
    }
}
