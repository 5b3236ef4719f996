import Digest
import Foundation

/// One numbered schema change from `Migrations/NNNN_name.sql`.
public struct Migration: Sendable, Equatable {
    /// The number before the first underscore.
    public let version: Int
    /// The file name, e.g. `0001_core_schema.sql`.
    public let name: String
    /// The SQL text.
    public var sql: String {
        switch source {
        case .text(let text): text
        // The build plugin wrote it; a failure here is a broken build, not bad input.
        case .base64(let base64): String(decoding: Data(base64Encoded: base64)!, as: UTF8.self)
        }
    }
    /// SHA-256 of the file's bytes, recorded when applied.
    public let checksum: String
    private let source: Source

    /// Where the SQL text is: decoded from the binary only when a migration is applied, since every
    /// command compares the checksums but few apply anything.
    private enum Source: Sendable, Equatable {
        case text(String)
        case base64(String)
    }

    /// Parses a migration file's name and bytes.
    public init(name: String, bytes: [UInt8]) throws {
        try self.init(name: name, checksum: SHA256.hexDigest(of: bytes), source: .text(String(decoding: bytes, as: UTF8.self)))
    }

    private init(name: String, checksum: String, source: Source) throws {
        let prefix = name.utf8.prefix(4)
        guard prefix.count == 4, prefix.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              name.utf8.dropFirst(4).first == UInt8(ascii: "_"), let version = Int(String(name.prefix(4))),
              name.hasSuffix(".sql")
        else { throw StoreError.badMigrationName(name) }
        self.version = version
        self.name = name
        self.checksum = checksum
        self.source = source
    }

    /// The migrations compiled into this binary, in order, with the checksums worked out when it was built.
    public static func embedded() -> [Migration] {
        embeddedMigrations.map { file in
            // The build plugin wrote every field; a failure here is a broken build, not bad input.
            try! Migration(name: file.name, checksum: file.checksum, source: .base64(file.base64))
        }
    }
}

/// The state of one migration in a database, for `tradewh migrate --status`.
public struct MigrationStatus: Sendable, Equatable {
    public let name: String
    public let checksum: String
    /// When it was applied (UTC, ISO 8601), or nil if pending.
    public let appliedAt: String?
}

/// Applies migrations in order, each in its own transaction, and records each with its checksum.
///
/// Refuses a database in which an applied migration's file has since changed, or which was migrated
/// by a newer binary, naming the migration.
public struct Migrator {
    public let migrations: [Migration]

    public init(migrations: [Migration] = Migration.embedded()) {
        self.migrations = migrations
    }

    /// Applies every pending migration; returns the names applied.
    @discardableResult
    public func migrate(_ db: Database) throws -> [String] {
        try db.execute(StoreSQL.createMigrationsTable)
        try verifyApplied(db)
        var applied: [String] = []
        for migration in migrations where try apply(migration, to: db) {
            applied.append(migration.name)
        }
        return applied
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

    /// Applies `migration` unless another process already did; true if this call applied it.
    private func apply(_ migration: Migration, to db: Database) throws -> Bool {
        try db.transaction {
            if try appliedMigrations(db)[migration.version] != nil { return false }
            do {
                try db.execute(migration.sql)
            } catch let error as StoreError {
                throw StoreError.migrationFailed(name: migration.name, reason: error.description)
            }
            let record = try db.prepare(StoreSQL.recordMigration)
            try record.bind([
                "version": .integer(Int64(migration.version)), "name": .text(migration.name),
                "checksum": .text(migration.checksum), "applied_at": .text(Timestamp.nowUTC()),
            ])
            try record.run()
            return true
        }
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
