import CSQLite

/// Brings a warehouse's schema up to date: its tables through numbered migrations, its views and its
/// reference data from the files this binary carries.
///
/// - A new warehouse runs the `baseline` (the tables as of migration N), records migrations 1...N
///   as applied, runs and records the migrations after N, creates the views and loads the reference
///   data, in one transaction.
/// - A warehouse made before the baseline existed gets its pending migrations, each in its own
///   transaction, as it always did (migrations up to N create and drop views of their own).
/// - Migrations after the baseline change tables only: each runs with every view dropped, and the
///   views are created again, from `views`, in the transaction of the last one pending (views may
///   read columns that only a later migration adds).
/// - Whenever the warehouse's views or reference data were made from other files than this binary's
///   (`schema_state` records their checksums), they are made again.
///
/// Refuses a database in which an applied migration's file has since changed, or which was migrated
/// by a newer binary, naming the migration.
public struct Migrator {
    /// The numbered migrations, in the order they apply.
    public let migrations: [Migration]
    /// The tables a new warehouse starts from; nil: new warehouses run every migration.
    public let baseline: SchemaBaseline?
    /// The views, created after migrations; nil: the migrations' own views are left as they are.
    public let views: SchemaViews?
    /// The reference data; nil: none is loaded.
    public let reference: ReferenceLoader?

    /// Everything this binary carries: its migrations, baseline, views and reference data.
    public init() {
        self.init(migrations: Migration.embedded(), baseline: SchemaBaseline.embedded(), views: SchemaViews.embedded(),
                  reference: ReferenceLoader.embedded())
    }

    /// A migrator of the given parts (tests; without the others, it only applies `migrations`).
    public init(migrations: [Migration], baseline: SchemaBaseline? = nil, views: SchemaViews? = nil,
                reference: ReferenceLoader? = nil) {
        self.migrations = migrations
        self.baseline = baseline
        self.views = views
        self.reference = reference
    }

    /// Brings `db` up to date; returns the names of the migrations applied (for a new warehouse,
    /// those the baseline stands for).
    @discardableResult
    public func migrate(_ db: Database) throws -> [String] {
        try db.execute(StoreSQL.createMigrationsTable)
        try db.execute(StoreSQL.createStateTable)
        try verifyApplied(db)
        var applied = try createFromBaseline(db)
        // (Those recorded already are passed over without taking the write lock; `apply` asks again
        // inside its transaction, since another process may be migrating the same file.)
        let recorded = try appliedMigrations(db)
        let pending = migrations.filter { recorded[$0.version] == nil }
        for (index, migration) in pending.enumerated() {
            if try apply(migration, to: db, isLast: index == pending.count - 1) { applied.append(migration.name) }
        }
        try refresh(db)
        return applied
    }

    /// Whether `db` records exactly these migrations, views and reference data, with the same
    /// checksums: then opening it needs to write nothing. One query, asked by every command.
    public func isUpToDate(_ db: Database) throws -> Bool {
        let recorded: [[CellValue]]
        do {
            recorded = try db.query(StoreSQL.recordedChecksums).rows
        } catch let error as StoreError where error.sqliteCode == SQLITE_ERROR {
            return false  // no such table: a new warehouse, or one from before `schema_state`
        }
        var expected = migrations.sorted { $0.version < $1.version }
            .map { [CellValue.integer(Int64($0.version)), CellValue.text($0.checksum)] }
        if let reference { expected.append([.text("reference"), .text(reference.checksum)]) }
        if let views { expected.append([.text("views"), .text(views.checksum)]) }
        return recorded == expected
    }

    /// Every known migration with its state in `db`.
    public func status(_ db: Database) throws -> [MigrationStatus] {
        try db.execute(StoreSQL.createMigrationsTable)
        try verifyApplied(db)
        let recorded = try appliedMigrations(db)
        return migrations.map { migration in
            MigrationStatus(name: migration.name, checksum: migration.checksum,
                            appliedAt: recorded[migration.version]?.appliedAt)
        }
    }

    private func verifyApplied(_ db: Database) throws {
        let recorded = try appliedMigrations(db)
        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        let unknown = recorded.filter { known[$0.key] == nil }.sorted { $0.key < $1.key }
        if !unknown.isEmpty {
            throw StoreError.databaseNewerThanBinary(names: unknown.map(\.value.name), database: db.path)
        }
        for (version, record) in recorded.sorted(by: { $0.key < $1.key }) where known[version]?.checksum != record.checksum {
            throw StoreError.migrationChanged(name: record.name, database: db.path)
        }
    }

    /// Creates a new warehouse from the baseline and the migrations after it, unless another process
    /// already created it or this migrator lacks one of the migrations the baseline stands for.
    /// Returns the names of the migrations it recorded.
    private func createFromBaseline(_ db: Database) throws -> [String] {
        guard let baseline else { return [] }
        let covered = migrations.filter { $0.version <= baseline.version }
        guard covered.map(\.version) == Array(1...baseline.version) else { return [] }
        return try db.transaction {
            guard try appliedMigrations(db).isEmpty else { return [] }
            do {
                try db.execute(baseline.file.text)
            } catch let error as StoreError {
                throw StoreError.migrationFailed(name: "baseline/" + baseline.file.name, reason: error.description)
            }
            let now = Timestamp.nowUTC()
            for migration in covered { try record(migration, in: db, at: now) }
            let later = migrations.filter { $0.version > baseline.version }.sorted { $0.version < $1.version }
            for migration in later {
                try run(migration, in: db)
                try record(migration, in: db, at: now)
            }
            try createViews(db)
            try loadReference(db)
            return (covered + later).map(\.name)
        }
    }

    /// Applies `migration` unless another process already did; true if this call applied it. A
    /// migration after the baseline drops the views; the last one pending (`isLast`) creates them
    /// again, and until then no views are recorded (so that `refresh` makes them, should the
    /// process stop between two migrations).
    private func apply(_ migration: Migration, to db: Database, isLast: Bool) throws -> Bool {
        let changesTablesOnly = views != nil && migration.version > (baseline?.version ?? Int.max)
        return try db.transaction {
            if try appliedMigrations(db)[migration.version] != nil { return false }
            if changesTablesOnly {
                try SchemaViews.dropAll(in: db)
                try db.run(StoreSQL.forgetState, ["part": .text("views")])
            }
            try run(migration, in: db)
            try record(migration, in: db, at: Timestamp.nowUTC())
            if changesTablesOnly && isLast { try createViews(db) }
            return true
        }
    }

    /// Runs a migration's SQL; an error names the migration.
    private func run(_ migration: Migration, in db: Database) throws {
        do {
            try db.execute(migration.sql)
        } catch let error as StoreError {
            throw StoreError.migrationFailed(name: migration.name, reason: error.description)
        }
    }

    /// Makes the views and the reference data again where the warehouse records other checksums.
    private func refresh(_ db: Database) throws {
        if let views, try stateChecksum("views", in: db) != views.checksum {
            try db.transaction { if try stateChecksum("views", in: db) != views.checksum { try createViews(db) } }
        }
        if let reference, try stateChecksum("reference", in: db) != reference.checksum {
            try db.transaction { if try stateChecksum("reference", in: db) != reference.checksum { try loadReference(db) } }
        }
    }

    private func createViews(_ db: Database) throws {
        guard let views else { return }
        try views.recreate(in: db)
        try recordState("views", checksum: views.checksum, in: db)
    }

    private func loadReference(_ db: Database) throws {
        guard let reference else { return }
        try reference.load(into: db)
        try recordState("reference", checksum: reference.checksum, in: db)
    }

    private func record(_ migration: Migration, in db: Database, at time: String) throws {
        let record = try db.prepare(StoreSQL.recordMigration)
        try record.bind([
            "version": .integer(Int64(migration.version)), "name": .text(migration.name),
            "checksum": .text(migration.checksum), "applied_at": .text(time),
        ])
        try record.run()
    }

    private func stateChecksum(_ part: String, in db: Database) throws -> String? {
        try db.query(StoreSQL.stateChecksum, ["part": .text(part)]).rows.first?[0].text
    }

    private func recordState(_ part: String, checksum: String, in db: Database) throws {
        try db.run(StoreSQL.recordState, ["part": .text(part), "checksum": .text(checksum), "applied_at": .text(Timestamp.nowUTC())])
    }

    private struct Record {
        let name: String
        let checksum: String
        let appliedAt: String
    }

    private func appliedMigrations(_ db: Database) throws -> [Int: Record] {
        var records: [Int: Record] = [:]
        for row in try db.query(StoreSQL.appliedMigrations).rows {
            guard case .integer(let version) = row[0], case .text(let name) = row[1],
                  case .text(let checksum) = row[2], case .text(let appliedAt) = row[3] else { continue }
            records[Int(version)] = Record(name: name, checksum: checksum, appliedAt: appliedAt)
        }
        return records
    }
}
