import Testing
@testable import TradeWarehouse

/// As-of answers on a read-only connection that sees the warehouse as it stood after a release,
/// derived figures included, and leaves the file as it was.
@Suite struct AsOfTests {
    /// Two releases: the first states CN and KR for January; the second revises CN's January and
    /// adds its February (so a January–February span is derived).
    static func warehouse() throws -> TestWarehouse {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("1.csv", """
            period,flow,partner,commodity,value_usd
            2024-01,export,CN,TOTAL,500
            2024-01,export,KR,TOTAL,300

            """)
        try warehouse.ingest("2.csv", """
            period,flow,partner,commodity,value_usd
            2024-01,export,CN,TOTAL,600
            2024-02,export,CN,TOTAL,700

            """)
        return warehouse
    }

    static let figures = "SELECT period || ' ' || partner || ' ' || value_usd || ' ' || release_id FROM facts ORDER BY period, partner"

    @Test func theViewsSeeOnlyTheReleasesUpToTheOneAsked() throws {
        let warehouse = try Self.warehouse()
        let path = warehouse.store.db.path
        #expect(try AsOf.run(databasePath: path, release: 1) { try $0.query(Self.figures).rows }
            == [["2024-01 CN 500 1"], ["2024-01 KR 300 1"]])
        #expect(try AsOf.run(databasePath: path, release: 2) { try $0.query(Self.figures).rows }
            == [["2024-01 CN 600 2"], ["2024-01 KR 300 1"], ["2024-02 CN 700 2"]])
        // Headline and derived figures are recomputed for the past: no span before February came.
        let derived = "SELECT period_code || ' ' || partner_code || ' ' || value_usd || ' ' || source FROM figure ORDER BY 1"
        #expect(try AsOf.run(databasePath: path, release: 1) { try $0.query(derived).rows }
            == [["2024-01 CN 500 reported"], ["2024-01 KR 300 reported"]])
        #expect(try AsOf.run(databasePath: path, release: 2) { try $0.query(derived).rows }
            == [["2024-01 CN 600 reported"], ["2024-01 KR 300 reported"], ["2024-01..2024-02 CN 1300 derived"],
                ["2024-02 CN 700 reported"]])
    }

    @Test func theWarehouseIsNeitherChangedNorWritable() throws {
        let warehouse = try Self.warehouse()
        let db = warehouse.store.db
        let before = try db.query("SELECT (SELECT release_id FROM as_of), (SELECT count(*) FROM figure), (SELECT count(*) FROM facts)").rows
        #expect(before == [[.null, 4, 3]])
        try AsOf.run(databasePath: db.path, release: 1) { past in
            #expect(throws: StoreError.self) { try past.execute("DELETE FROM fact") }
            #expect(throws: StoreError.self) { try past.execute("COMMIT") }
        }
        #expect(try db.query("SELECT (SELECT release_id FROM as_of), (SELECT count(*) FROM figure), (SELECT count(*) FROM facts)").rows
            == before)
    }

    /// A day counts the releases published by then, and those with no publication date that were
    /// ingested by then; a day's as-of sees exactly those.
    @Test func releasesByIdAndByDay() throws {
        let warehouse = try Self.warehouse()
        let db = warehouse.store.db
        try db.execute("UPDATE release SET ingested_at = '2024-03-01T10:00:00Z' WHERE id = 1")
        try db.execute("UPDATE release SET ingested_at = '2024-03-09T23:59:59Z', published_on = '2024-03-05' WHERE id = 2")
        #expect(try AsOf.releases(knownBy: "2024-02-29", in: db).isEmpty)
        #expect(try AsOf.releases(knownBy: "2024-03-04", in: db) == AsOfDay(day: "2024-03-04", published: [], ingested: [1]))
        #expect(try AsOf.releases(knownBy: "2024-03-05", in: db) == AsOfDay(day: "2024-03-05", published: [2], ingested: [1]))
        #expect(try AsOf.run(databasePath: db.path, at: .day("2024-03-04")) { try $0.query(Self.figures).rows }
            == [["2024-01 CN 500 1"], ["2024-01 KR 300 1"]])
        #expect(try AsOf.run(databasePath: db.path, at: .day("2024-03-05")) { try $0.query(Self.figures).rows }
            == [["2024-01 CN 600 2"], ["2024-01 KR 300 1"], ["2024-02 CN 700 2"]])
        #expect(try AsOf.exists(release: 2, in: db))
        #expect(try !AsOf.exists(release: 3, in: db))
    }

    /// The moment a user gives: an id as it is, a day with the releases it counts, and neither
    /// or a day before every release refused in words that name the value.
    @Test func aMomentIsReadFromTheUsersText() throws {
        let warehouse = try Self.warehouse()
        let db = warehouse.store.db
        try db.execute("UPDATE release SET ingested_at = '2024-03-01T10:00:00Z' WHERE id = 1")
        try db.execute("UPDATE release SET ingested_at = '2024-03-09T23:59:59Z', published_on = '2024-03-05' WHERE id = 2")
        let byID = try AsOf.point("7", in: db)
        #expect(byID.point == .release(7) && byID.known == nil)
        let byDay = try AsOf.point("2024-03-05", in: db)
        #expect(byDay.point == .day("2024-03-05"))
        #expect(byDay.known == AsOfDay(day: "2024-03-05", published: [2], ingested: [1]))
        #expect(throws: AsOfError.unreadable("2024-13-01")) { try AsOf.point("2024-13-01", in: db) }
        #expect(throws: AsOfError.unreadable("March")) { try AsOf.point("March", in: db) }
        #expect(throws: AsOfError.nothingKnown(day: "2024-02-29")) { try AsOf.point("2024-02-29", in: db) }
        #expect(AsOfError.nothingKnown(day: "2024-02-29").description
            == "the as-of release 2024-02-29: no release was published, or ingested, on or before that day")
        #expect(AsOfError.unreadable("x").message(naming: { _ in "--as-of" })
            == "--as-of x: expected a release id (see `tradewh releases`) or a real day YYYY-MM-DD")
    }

    @Test(arguments: [
        ("CREATE TABLE figure (x)", "CREATE TEMP TABLE figure (x)"),
        ("CREATE VIEW yoy AS SELECT 1", "CREATE TEMP VIEW yoy AS SELECT 1"),
        ("CREATE INDEX figure_listing ON figure (x)", "CREATE INDEX temp.figure_listing ON figure (x)"),
        ("CREATE UNIQUE INDEX u ON figure (x)", "CREATE UNIQUE INDEX temp.u ON figure (x)"),
    ])
    func definitionsAreCopiedToTemp(sql: String, temp: String) {
        #expect(AsOf.inTemp(sql) == temp)
    }

    @Test func aDefinitionItDoesNotKnowIsNotCopied() {
        #expect(AsOf.inTemp("CREATE TRIGGER t AFTER INSERT ON fact BEGIN SELECT 1; END") == nil)
        #expect(AsOf.inTemp("CREATE TEMP TABLE x (y)") == nil)
    }
}
