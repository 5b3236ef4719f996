import Foundation
import Testing
@testable import TradeWarehouse
import Digest

@Suite struct MigratorTests {
    static let embeddedNames = [
        "0001_core_schema.sql", "0002_reference_partners.sql", "0003_reference_commodities.sql", "0004_views.sql", "0005_text_provenance.sql",
        "0006_reference_subgroups.sql", "0007_analyses.sql", "0008_national_scale.sql", "0009_yoy_at_ingest.sql", "0010_flat_hs_yoy.sql",
        "0011_release_file_identity.sql", "0012_release_published_on.sql", "0013_release_rank.sql", "0014_line_sums.sql",
        "0015_fact_quantity.sql", "0016_lean_line_sums.sql", "0017_line_offsets.sql", "0019_commodity_hs.sql",
    ]

    /// The rows of `schema_migrations`: version, name, checksum.
    static func recorded(_ db: Database) throws -> [(version: Int64, name: String, checksum: String, appliedAt: String)] {
        try db.query("SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version").rows.map {
            (try #require($0[0].integer), try #require($0[1].text), try #require($0[2].text), try #require($0[3].text))
        }
    }

    /// Names of the tables, views and indexes in `db`, sorted.
    static func schemaObjects(_ db: Database) throws -> [String] {
        try db.query("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").rows.compactMap { $0[0].text }
    }

    // MARK: Embedded migrations

    @Test func embeddedMigrations() throws {
        let migrations = Migration.embedded()
        #expect(migrations.map(\.name) == Self.embeddedNames)
        #expect(migrations.map(\.version) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19])
        for migration in migrations {
            #expect(migration.checksum == SHA256.hexDigest(of: migration.sql.utf8))
            #expect(migration.checksum.count == 64)
            #expect(!migration.sql.isEmpty)
        }
    }

    @Test func freshDatabaseGetsEveryMigration() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("trade.sqlite")
        let store = try TradeStore.open(path: path)
        #expect(store.migrationsApplied == Self.embeddedNames)

        let embedded = Migration.embedded()
        let rows = try Self.recorded(store.db)
        #expect(rows.count == embedded.count)
        #expect(rows.map(\.version) == embedded.map { Int64($0.version) })
        #expect(rows.map(\.name) == Self.embeddedNames)
        #expect(rows.map(\.checksum) == embedded.map(\.checksum))
        for row in rows {
            // UTC, ISO 8601, to the second: 2024-07-01T08:30:00Z
            #expect(row.appliedAt.count == 20)
            #expect(row.appliedAt.hasSuffix("Z"))
        }

        let status = try Migrator().status(store.db)
        #expect(status.map(\.name) == Self.embeddedNames)
        #expect(status.map(\.checksum) == embedded.map(\.checksum))
        #expect(status.allSatisfy { $0.appliedAt != nil })
        #expect(status.map(\.appliedAt) == rows.map(\.appliedAt))

        // The schema the migrations create.
        let objects = try Self.schemaObjects(store.db)
        for name in ["flow", "sector", "period", "partner", "partner_alias", "partner_group_member", "commodity",
                     "commodity_alias", "release", "fact", "schema_migrations", "current_fact", "facts", "yoy", "balance"] {
            #expect(objects.contains(name), "missing \(name)")
        }
    }

    @Test func migrateReturnsTheNamesItApplied() throws {
        let dir = try TemporaryDirectory()
        let db = try Database(path: dir.path("trade.sqlite"))
        #expect(try Migrator().migrate(db) == Self.embeddedNames)
        #expect(try Migrator().migrate(db) == [])
        #expect(try Self.recorded(db).count == Self.embeddedNames.count)
    }

    @Test func reopeningAppliesNothing() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("trade.sqlite")
        let before = try Self.recorded(TradeStore.open(path: path).db)
        let objectsBefore = try Self.schemaObjects(TradeStore.open(path: path).db)

        let store = try TradeStore.open(path: path)
        #expect(store.migrationsApplied == [])
        #expect(try Migrator().migrate(store.db) == [])
        let after = try Self.recorded(store.db)
        #expect(after.count == Self.embeddedNames.count)
        #expect(after.map(\.name) == before.map(\.name))
        #expect(after.map(\.appliedAt) == before.map(\.appliedAt))
        #expect(try Self.schemaObjects(store.db) == objectsBefore)
        // Reference rows were inserted once, not once per open.
        #expect(try store.db.query("SELECT count(*) FROM partner WHERE code = 'US'").rows == [[.integer(1)]])
        #expect(try store.db.query("SELECT count(*) FROM flow").rows == [[.integer(4)]])
    }

    @Test func pendingMigrationShowsInStatus() throws {
        let dir = try TemporaryDirectory()
        let first = try Migration(name: "0001_first.sql", bytes: Array("CREATE TABLE alpha (id INTEGER PRIMARY KEY);".utf8))
        let second = try Migration(name: "0002_second.sql", bytes: Array("CREATE TABLE beta (id INTEGER PRIMARY KEY);".utf8))
        let db = try Database(path: dir.path("custom.sqlite"))
        #expect(try Migrator(migrations: [first]).migrate(db) == ["0001_first.sql"])

        let status = try Migrator(migrations: [first, second]).status(db)
        #expect(status.map(\.name) == ["0001_first.sql", "0002_second.sql"])
        #expect(status[0].appliedAt != nil)
        #expect(status[1].appliedAt == nil)

        #expect(try Migrator(migrations: [first, second]).migrate(db) == ["0002_second.sql"])
        #expect(try Self.schemaObjects(db).filter { $0 == "alpha" || $0 == "beta" } == ["alpha", "beta"])
    }

    // MARK: Refusals

    @Test func changedMigrationIsRefused() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("trade.sqlite")
        _ = try TradeStore.open(path: path)
        try Database(path: path).execute("UPDATE schema_migrations SET checksum = 'x' WHERE version = 1")

        let error = try #require(throws: StoreError.self) { try TradeStore.open(path: path) }
        #expect(error == .migrationChanged(name: "0001_core_schema.sql", database: path))
        #expect(error.description.contains("migration 0001_core_schema.sql was changed after it was applied"))
        #expect(error.description.contains(path))
        // status refuses too: it would otherwise report a changed file as applied.
        #expect(throws: StoreError.migrationChanged(name: "0001_core_schema.sql", database: path)) {
            try Migrator().status(Database(path: path))
        }
    }

    @Test func databaseFromNewerBinaryIsRefused() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("trade.sqlite")
        _ = try TradeStore.open(path: path)
        try Database(path: path).execute("""
            INSERT INTO schema_migrations (version, name, checksum, applied_at)
            VALUES (9999, '9999_future.sql', '\(String(repeating: "0", count: 64))', '2030-01-01T00:00:00Z')
            """)

        let error = try #require(throws: StoreError.self) { try TradeStore.open(path: path) }
        #expect(error == .databaseNewerThanBinary(names: ["9999_future.sql"], database: path))
        #expect(error.description.contains("9999_future.sql"))
        #expect(error.description.contains("migrated by a newer tradewh"))
        // Nothing was recorded or removed by the refused open.
        #expect(try Self.recorded(Database(path: path)).map(\.version) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 9999])
    }

    @Test func failedMigrationRollsBackOnlyItself() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("custom.sqlite")
        let good = try Migration(name: "0001_good.sql", bytes: Array("""
            CREATE TABLE alpha (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            INSERT INTO alpha (name) VALUES ('kept');
            """.utf8))
        let bad = try Migration(name: "0002_bad.sql", bytes: Array("""
            CREATE TABLE beta (id INTEGER PRIMARY KEY);
            INSERT INTO beta (id) VALUES (1);
            INSERT INTO no_such_table VALUES (1);
            CREATE TABLE gamma (id INTEGER PRIMARY KEY);
            """.utf8))

        let error = try #require(throws: StoreError.self) {
            try TradeStore.open(path: path, migrator: Migrator(migrations: [good, bad]))
        }
        guard case .migrationFailed(let name, let reason) = error else {
            Issue.record("expected migrationFailed, got \(error)")
            return
        }
        #expect(name == "0002_bad.sql")
        #expect(reason.contains("no such table: no_such_table"))
        #expect(error.description.hasPrefix("migration 0002_bad.sql failed and was rolled back: "))

        let db = try Database(path: path)
        #expect(try Self.recorded(db).map(\.name) == ["0001_good.sql"])
        let objects = try Self.schemaObjects(db)
        #expect(objects.contains("alpha"))
        #expect(!objects.contains("beta"))
        #expect(!objects.contains("gamma"))
        #expect(try db.query("SELECT name FROM alpha").rows == [[.text("kept")]])

        // Once fixed, only the failed migration runs.
        let fixed = try Migration(name: "0002_bad.sql", bytes: Array("CREATE TABLE beta (id INTEGER PRIMARY KEY);".utf8))
        #expect(try Migrator(migrations: [good, fixed]).migrate(db) == ["0002_bad.sql"])
        #expect(try Self.recorded(db).map(\.name) == ["0001_good.sql", "0002_bad.sql"])
    }

    @Test(arguments: ["bad.sql", "1_short.sql", "00001_long.sql", "abcd_letters.sql", "0001_wrong.txt", "0001.sql", "", "_0001.sql"])
    func badMigrationName(name: String) {
        #expect(throws: StoreError.badMigrationName(name)) { try Migration(name: name, bytes: []) }
    }

    @Test func badMigrationNameDescription() {
        #expect(StoreError.badMigrationName("bad.sql").description == "migration file bad.sql is not named NNNN_name.sql")
    }

    @Test func migrationFromNameAndBytes() throws {
        let bytes = Array("CREATE TABLE t (x);".utf8)
        let migration = try Migration(name: "0042_add_t.sql", bytes: bytes)
        #expect(migration.version == 42)
        #expect(migration.name == "0042_add_t.sql")
        #expect(migration.sql == "CREATE TABLE t (x);")
        #expect(migration.checksum == SHA256.hexDigest(of: bytes))
    }

    // MARK: Connection settings

    @Test func walAndForeignKeysAreOn() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("trade.sqlite")
        let store = try TradeStore.open(path: path)
        #expect(try store.db.query("PRAGMA journal_mode").rows == [[.text("wal")]])
        #expect(try store.db.query("PRAGMA foreign_keys").rows == [[.integer(1)]])
        #expect(try store.db.query("PRAGMA synchronous").rows == [[.integer(1)]])
        #expect(try store.db.query("PRAGMA busy_timeout").rows == [[.integer(10_000)]])
        // WAL is a property of the file: a plain connection sees it too.
        #expect(try Database(path: path).query("PRAGMA journal_mode").rows == [[.text("wal")]])
        // Foreign keys are enforced.
        #expect(throws: StoreError.self) {
            try store.db.execute("INSERT INTO partner_alias (alias, partner_id, lang) VALUES ('Nowhere', 999999, 'en')")
        }
    }

    // MARK: Files that are not warehouses

    /// A file that is not a SQLite database is refused and left as it was. The 1-byte file matters:
    /// SQLite's unix VFS reports a 1-byte file as empty (its OS X msdos workaround), so without a
    /// header check of its own the store would turn it into a new warehouse.
    @Test(arguments: [
        "period,flow,partner,commodity,value_usd\n2024-01,export,US,TOTAL,11000000000\n",
        "x",
        String(repeating: "This is a plain text file, not a database.\n", count: 200),
    ])
    func textFileIsNotADatabase(text: String) throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write(text, to: "notes.txt")
        let error = try #require(throws: StoreError.self) { try TradeStore.open(path: path) }
        #expect(error == .notAWarehouse(path: path))
        #expect(error.description == "\(path) is not a tradewh warehouse (not a SQLite file); it was left as it was")
        // The file is left as it was.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        #expect(!dir.contains("notes.txt-wal"))
    }

    @Test func folderIsNotADatabase() throws {
        let dir = try TemporaryDirectory()
        let error = try #require(throws: StoreError.self) { try TradeStore.open(path: dir.path) }
        #expect(error == .cannotOpen(path: dir.path, reason: "it is a folder, not a database file"))
        #expect(error.description.contains("is a folder"))
    }

    @Test func missingParentFolder() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("no/such/folder/trade.sqlite")
        let error = try #require(throws: StoreError.self) { try TradeStore.open(path: path) }
        guard case .cannotOpen(let reportedPath, let reason) = error else {
            Issue.record("expected cannotOpen, got \(error)")
            return
        }
        #expect(reportedPath == path)
        #expect(reason == "unable to open database file (its folder is missing or read-only)")
    }
}
