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
