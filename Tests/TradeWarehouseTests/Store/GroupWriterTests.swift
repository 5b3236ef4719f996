import Testing
@testable import TradeWarehouse

/// Groups users define: the rules a definition must keep, how a member's intervals are joined, and
/// the group sums the definition derives.
@Suite struct GroupWriterTests {
    @discardableResult
    static func define(_ warehouse: TestWarehouse, _ code: String = "NEA", name: String = "North-East Asia",
                       nameVietnamese: String? = nil, members: [String], from: String = "1900-01-01", to: String? = nil) throws -> [String] {
        try GroupWriter.define(warehouse.store.db, code: code, nameEnglish: name, nameVietnamese: nameVietnamese,
                               members: members, from: from, to: to)
    }

    /// A member's recorded intervals, `from..to` (`…` for still a member), in order.
    static func intervals(_ warehouse: TestWarehouse, group: String = "NEA", member: String) throws -> [String] {
        try warehouse.store.db.query("""
            SELECT m.valid_from || '..' || coalesce(m.valid_to, '…') FROM partner_group_member m
            JOIN partner g ON g.id = m.group_id JOIN partner p ON p.id = m.member_id
            WHERE g.code = :group AND p.code = :member ORDER BY m.valid_from
            """, ["group": .text(group), "member": .text(member)]).rows.map { $0[0].text ?? "" }
    }

    @Test func membersAreResolvedFromNamesAndTheCodeIsUppercased() throws {
        let warehouse = try TestWarehouse()
        #expect(try Self.define(warehouse, "nea", members: ["Trung Quốc", "KR", "Nhật Bản"]) == ["CN", "KR", "JP"])
        #expect(try warehouse.store.db.query("SELECT code, kind, name_en, name_vi FROM partner WHERE code = 'NEA'").rows
            == [["NEA", "group", "North-East Asia", .null]])
        #expect(try Self.intervals(warehouse, member: "JP") == ["1900-01-01..…"])
    }

    @Test(arguments: [
        ("US", "North-East Asia", ["CN"], GroupDefinitionError.codeOfAnother(code: "US", kind: .country)),
        ("WORLD", "North-East Asia", ["CN"], .codeOfAnother(code: "WORLD", kind: .world)),
        ("eu", "North-East Asia", ["CN"], .builtIn(code: "EU")),
        ("USA", "North-East Asia", ["CN"], .codeNamesAnother(code: "USA", other: "US (Hoa Kỳ / United States)")),
        ("NEA", "Japan", ["CN"], .nameOfAnother(.groupName, name: "Japan", other: "JP (Nhật Bản / Japan)")),
        ("NEA", "North-East Asia", ["CN", "ASEAN"], .notACountry("ASEAN (ASEAN)")),
        ("NEA", "North-East Asia", ["CN", "Narnia"],
         .unknownMember(message: "unknown partner \"Narnia\"; list the known ones with `tradewh partners`")),
    ])
    func aDefinitionThatBreaksARuleWritesNothing(code: String, name: String, members: [String], expected: GroupDefinitionError) throws {
        let warehouse = try TestWarehouse()
        let before = try warehouse.store.db.query("SELECT count(*) FROM partner_group_member").rows
        #expect(throws: expected) { try Self.define(warehouse, code, name: name, members: members) }
        #expect(try warehouse.store.db.query("SELECT count(*) FROM partner_group_member").rows == before)
        #expect(try warehouse.store.db.query("SELECT count(*) FROM partner WHERE code = 'NEA'").rows == [[0]])
    }

    /// The values' own rules, in their order, before the warehouse is read; each message names
    /// the value, and the command line's names replace the phrases.
    @Test(arguments: [
        ("N", "2024-01-01", nil, GroupDefinitionError.invalidCode("N")),
        ("NE A", "2024-01-01", nil, .invalidCode("NE A")),
        ("NEA", "2023-02-29", nil, .invalidDay(.membershipStart, message: "2023-02-29: February 2023 has 28 days")),
        ("NEA", "2024-01-01", "2024-04-31", .invalidDay(.membershipEnd, message: "2024-04-31: April 2024 has 30 days")),
        ("NEA", "2024-01-01", "2023-12-31", .endsBeforeStart(from: "2024-01-01", to: "2023-12-31")),
    ] as [(String, String, String?, GroupDefinitionError)])
    func aDefinitionsOwnValuesAreCheckedFirst(code: String, from: String, to: String?, expected: GroupDefinitionError) throws {
        #expect(throws: expected) { try GroupWriter.checkValues(code: code, from: from, to: to) }
        let warehouse = try TestWarehouse()
        #expect(throws: expected) { try Self.define(warehouse, code, members: ["Narnia"], from: from, to: to) }
    }

    @Test func theValuesRulesSpeakOfValues() throws {
        #expect(GroupDefinitionError.endsBeforeStart(from: "2024-01-01", to: "2023-12-31").description
            == "the last day of membership 2023-12-31 is before the first day of membership 2024-01-01")
        #expect(GroupDefinitionError.invalidDay(.membershipStart, message: "2024-1-011 is not a date YYYY-MM-DD, e.g. 2024-01-31")
            .message(naming: { $0 == .membershipStart ? "--from" : "--to" })
            == "--from 2024-1-011 is not a date YYYY-MM-DD, e.g. 2024-01-31")
        #expect(GroupDefinitionError.invalidCode("N").description == "the group code N must be 2 or more ASCII letters, digits or -")
        try GroupWriter.checkValues(code: "RCEP-NE", from: "2024-01-01", to: "2024-01-01")
    }

    @Test func theVietnameseNameIsCheckedToo() throws {
        let warehouse = try TestWarehouse()
        let error = GroupDefinitionError.nameOfAnother(.groupNameVietnamese, name: "Hàn Quốc", other: "KR (Hàn Quốc / South Korea)")
        #expect(throws: error) { try Self.define(warehouse, nameVietnamese: "Hàn Quốc", members: ["CN"]) }
        #expect(error.description == "the group's Vietnamese name Hàn Quốc: already names KR (Hàn Quốc / South Korea), "
            + "and rows naming it must keep meaning that; choose another name")
    }

    /// Intervals that overlap or touch are joined; one starting on a recorded one's first day
    /// restates its end.
    @Test func aMembersIntervalsAreJoinedAndNeverOverlap() throws {
        let warehouse = try TestWarehouse()
        try Self.define(warehouse, members: ["CN"], from: "2020-01-01", to: "2020-12-31")
        try Self.define(warehouse, members: ["CN"], from: "2022-01-01", to: "2022-12-31")
        #expect(try Self.intervals(warehouse, member: "CN") == ["2020-01-01..2020-12-31", "2022-01-01..2022-12-31"])
        try Self.define(warehouse, members: ["CN"], from: "2021-01-01", to: "2021-06-30")  // touches the first
        #expect(try Self.intervals(warehouse, member: "CN") == ["2020-01-01..2021-06-30", "2022-01-01..2022-12-31"])
        try Self.define(warehouse, members: ["CN"], from: "2021-06-01")  // overlaps both, open-ended
        #expect(try Self.intervals(warehouse, member: "CN") == ["2020-01-01..…"])
        try Self.define(warehouse, members: ["CN"], from: "2020-01-01", to: "2023-12-31")  // ends it
        #expect(try Self.intervals(warehouse, member: "CN") == ["2020-01-01..2023-12-31"])
    }

    /// The group's figure is its members' sum, for the periods where every member has one.
    @Test func theDefinitionDerivesTheGroupsSums() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("m.csv", """
            period,flow,partner,commodity,value_usd
            2024-01,export,CN,TOTAL,500
            2024-01,export,KR,TOTAL,300
            2024-02,export,CN,TOTAL,700

            """)
        try Self.define(warehouse, members: ["CN", "KR"])
        #expect(try warehouse.store.db.query("""
            SELECT pr.code, f.value_usd, f.source, f.method FROM figure f
            JOIN partner p ON p.id = f.partner_id JOIN period pr ON pr.id = f.period_id WHERE p.code = 'NEA'
            """).rows == [["2024-01", 800, "derived", "sum of 2 members"]])
    }
}
