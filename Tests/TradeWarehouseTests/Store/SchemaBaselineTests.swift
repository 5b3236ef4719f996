import Testing
@testable import TradeWarehouse

/// A new warehouse is made from the baseline, the view files and the reference CSVs; one made before
/// them went through migrations 0001-0010. Both must end up the same, and stay so through later
/// migrations.
@Suite struct SchemaBaselineTests {
    /// A warehouse as a binary from before the baseline made it: every migration, one by one.
    static func oldWarehouse(_ dir: TemporaryDirectory, _ name: String = "old.sqlite") throws -> Database {
        let db = try Database(path: dir.path(name))
        try Migrator(migrations: Migration.embedded()).migrate(db)
        return db
    }

    /// Ingest writes a flow's and a sector's id without looking it up (`Flow.id`, `Sector.id`): they
    /// must be the ids of the rows a new and an upgraded warehouse hold.
    @Test func theFixedFlowAndSectorIDsAreTheTables() throws {
        let dir = try TemporaryDirectory()
        for db in [try Self.oldWarehouse(dir), try TradeStore.open(path: dir.path("new.sqlite")).db] {
            #expect(try db.query("SELECT id, code FROM flow ORDER BY id").rows == Flow.allCases.map { [.integer($0.id), .text($0.rawValue)] })
            #expect(try db.query("SELECT id, code FROM sector ORDER BY id").rows == Sector.allCases.map { [.integer($0.id), .text($0.rawValue)] })
        }
    }

    @Test func anUpgradedWarehouseHasTheSchemaAndReferenceDataOfANewOne() throws {
        let dir = try TemporaryDirectory()
        let old = try Self.oldWarehouse(dir)
        let oldReference = try SchemaSnapshot.referenceRows(old)
        let oldViews = try old.query("SELECT name, sql FROM sqlite_schema WHERE type = 'view' ORDER BY name").rows
        #expect(oldViews.count == 21)
        #expect(try old.query("SELECT count(*) FROM partner_alias").rows == [[.integer(217)]])

        let upgraded = try TradeStore.open(path: dir.path("old.sqlite"))
        #expect(upgraded.migrationsApplied == [])
        let new = try TradeStore.open(path: dir.path("new.sqlite"))
        #expect(new.migrationsApplied == Migration.embedded().map(\.name))

        let newSnapshot = try SchemaSnapshot(new.db)
        #expect(try SchemaSnapshot(upgraded.db) == newSnapshot)
        #expect(newSnapshot.objects.count == 50)  // 19 tables, 4 indexes, 25 views, 2 bookkeeping tables
        // The view files are migration 0010's views, statement for statement, but for those that order
        // releases by their rank (migration 0013) rather than their id, and those of issue 20: groups
        // without the reporter, no negative derived export or import, and the check that says so;
        // quantities beside their figures (migration 0015); a computed balance's source from its parts;
        // a headline figure's period id, which `top` finds a period's figures by; a figure's line from
        // its distance to its period's first line in its release (migration 0017).
        // (Views base_figure and line_sum are new: the sums of HS lines of issue 20; stale_aggregate,
        // its stated figures left behind by a revision of their parts; and headline_balance, view
        // balance with the columns its listing is ordered by.)
        let added = ["base_figure", "headline_balance", "line_sum", "stale_aggregate"]
        let newViews = try new.db.query("SELECT name, sql FROM sqlite_schema WHERE type = 'view' ORDER BY name").rows
            .filter { !added.contains($0[0].text ?? "") }
        #expect(newViews.map { $0[0] } == oldViews.map { $0[0] })
        let changed = zip(newViews, oldViews).filter { SchemaSnapshot.normalized($0.0[1].text ?? "") != SchemaSnapshot.normalized($0.1[1].text ?? "") }
        #expect(changed.map { $0.0[0].text ?? "" }
            == ["balance", "current_fact", "derived_fact", "fact_full", "fact_sources", "group_member_in_period", "headline_yoy",
                "hs_yoy", "mom", "reconcile", "standing_release"])
        let issue20 = ["balance", "derived_fact", "fact_full", "fact_sources", "group_member_in_period", "headline_yoy"]
        #expect(changed.filter { !issue20.contains($0.0[0].text ?? "") }
            .allSatisfy { ($0.0[1].text ?? "").contains("rank") && !($0.1[1].text ?? "").contains("rank") })
        // The CSVs hold what migrations 0001, 0002, 0003 and 0006 inserted, to the id, and the rows added
        // since (continents, farm aggregates, aliases) after them; upgraded and new warehouses hold the same.
        let newReference = try SchemaSnapshot.referenceRows(new.db)
        #expect(try SchemaSnapshot.referenceRows(upgraded.db) == newReference)
        // (But for Vietnam in ASEAN: the reporter is never its own partner, issue 20.)
        for (table, rows) in oldReference {
            let kept = rows.filter { newReference[table]?.contains($0) == true }
            let gone = table == "partner_group_member" ? 1 : 0
            #expect(kept.count == rows.count - gone, "\(table): \(rows.count - kept.count) rows of the old migrations are gone")
        }
        #expect(newReference["partner"]?.count == 257 && oldReference["partner"]?.count == 252)
        #expect(try MigratorTests.recorded(new.db).map(\.checksum) == Migration.embedded().map(\.checksum))
        #expect(try Migrator().isUpToDate(upgraded.db))
        #expect(try Migrator().isUpToDate(new.db))
    }

    /// The migration after this binary's last (0012 today): it drops a column view `fact_sources`
    /// reads, and adds it back; SQLite refuses that while the view exists, so it passes only because
    /// views are dropped around it.
    @Test func aLaterMigrationAppliesOnTopOfANewAndAnUpgradedWarehouse() throws {
        let dir = try TemporaryDirectory()
        let next = (Migration.embedded().map(\.version).max() ?? 0) + 1
        let name = String(String(next + 10_000).dropFirst()) + "_later.sql"
        let later = try Migration(name: name, bytes: Array("""
            ALTER TABLE release ADD COLUMN note TEXT;
            ALTER TABLE fact_text DROP COLUMN commodity_name;
            ALTER TABLE fact_text ADD COLUMN commodity_name TEXT;
            """.utf8))
        let migrator = Migrator(migrations: Migration.embedded() + [later], baseline: SchemaBaseline.embedded(),
                                views: SchemaViews.embedded(), reference: ReferenceLoader.embedded())
        _ = try Self.oldWarehouse(dir)
        let upgraded = try TradeStore.open(path: dir.path("old.sqlite"), migrator: migrator)
        #expect(upgraded.migrationsApplied == [name])
        let new = try TradeStore.open(path: dir.path("new.sqlite"), migrator: migrator)
        #expect(new.migrationsApplied == Migration.embedded().map(\.name) + [name])

        #expect(try SchemaSnapshot(upgraded.db) == SchemaSnapshot(new.db))
        for store in [upgraded, new] {
            #expect(try store.db.query("SELECT count(*) FROM sqlite_schema WHERE type = 'view'").rows == [[.integer(25)]])
            #expect(try store.db.query("SELECT count(*) FROM pragma_table_info('release') WHERE name = 'note'").rows == [[.integer(1)]])
            #expect(try store.db.query("SELECT count(*) FROM fact_sources").rows == [[.integer(0)]])
            #expect(try migrator.isUpToDate(store.db))
        }
        // Without the view files, the same migration fails on a warehouse whose views stand.
        let plain = try Self.oldWarehouse(dir, "plain.sqlite")
        let error = try #require(throws: StoreError.self) { try Migrator(migrations: Migration.embedded() + [later]).migrate(plain) }
        #expect(error.description.contains("error in view fact_sources"))
    }

    /// A warehouse an even older binary left at migration 0007 takes 0008-0010 as they are, then
    /// this binary's views and reference data.
    @Test func aWarehouseAtMigration0007UpgradesToTheSameSchema() throws {
        let dir = try TemporaryDirectory()
        let old = try Database(path: dir.path("old.sqlite"))
        try Migrator(migrations: Migration.embedded().filter { $0.version <= 7 }).migrate(old)
        let upgraded = try TradeStore.open(path: dir.path("old.sqlite"))
        #expect(upgraded.migrationsApplied == Migration.embedded().filter { $0.version > 7 }.map(\.name))
        let new = try TradeStore.open(path: dir.path("new.sqlite"))
        #expect(try SchemaSnapshot(upgraded.db) == SchemaSnapshot(new.db))
        #expect(try SchemaSnapshot.referenceRows(upgraded.db) == SchemaSnapshot.referenceRows(new.db))
    }

    @Test func changedViewFilesAreCreatedAgainWithoutAMigration() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("w.sqlite")
        _ = try TradeStore.open(path: path)
        let embedded = SchemaViews.embedded()
        let extra = EmbeddedFile(name: "zz_headline_count.sql", text: "CREATE VIEW zz_headline_count AS SELECT count(*) AS n FROM figure;")
        let views = SchemaViews(files: embedded.files + [extra], checksum: String(repeating: "a", count: 64))
        let migrator = Migrator(migrations: Migration.embedded(), baseline: SchemaBaseline.embedded(), views: views,
                                reference: ReferenceLoader.embedded())
        #expect(try !migrator.isUpToDate(Database(path: path)))
        let store = try TradeStore.open(path: path, migrator: migrator)
        #expect(store.migrationsApplied == [])
        #expect(try store.db.query("SELECT n FROM zz_headline_count").rows == [[.integer(0)]])
        #expect(try store.db.query("SELECT checksum FROM schema_state WHERE part = 'views'").rows == [[.text(views.checksum)]])
        #expect(try migrator.isUpToDate(store.db))
        // Back to this binary's views: the extra one goes.
        let again = try TradeStore.open(path: path)
        #expect(try again.db.query("SELECT count(*) FROM sqlite_schema WHERE type = 'view'").rows == [[.integer(25)]])
    }

    @Test func aViewThatDoesNotCompileLeavesNoWarehouse() throws {
        let dir = try TemporaryDirectory()
        let broken = EmbeddedFile(name: "broken.sql", text: "CREATE VIEW broken AS SELECT no_such_column FROM fact;")
        let migrator = Migrator(migrations: Migration.embedded(), baseline: SchemaBaseline.embedded(),
                                views: SchemaViews(files: SchemaViews.embedded().files + [broken], checksum: "b"),
                                reference: ReferenceLoader.embedded())
        let error = try #require(throws: StoreError.self) { try TradeStore.open(path: dir.path("w.sqlite"), migrator: migrator) }
        #expect(error == .migrationFailed(name: "views/broken.sql", reason: "no such column: no_such_column"))
        let db = try Database(path: dir.path("w.sqlite"))
        #expect(try db.query("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'schema_%'").rows == [[.integer(0)]])
    }

    @Test func theBaselineStandsForMigrations0001To0010() throws {
        let baseline = try #require(SchemaBaseline.embedded())
        #expect(baseline.version == 10)
        #expect(baseline.file.name == "0010_tables.sql")
        #expect(!baseline.file.text.contains("CREATE VIEW"))
        // A migrator missing one of those migrations cannot use it, and runs what it has.
        let dir = try TemporaryDirectory()
        let db = try Database(path: dir.path("w.sqlite"))
        let first = Array(Migration.embedded().prefix(2))
        let applied = try Migrator(migrations: first, baseline: baseline).migrate(db)
        #expect(applied == ["0001_core_schema.sql", "0002_reference_partners.sql"])
        #expect(try db.query("SELECT count(*) FROM sqlite_schema WHERE name = 'figure'").rows == [[.integer(0)]])
    }
}
