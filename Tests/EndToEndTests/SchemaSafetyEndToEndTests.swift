import Foundation
import Testing
import TradeWarehouse

/// A warehouse migrated by a newer tradewh, or whose recorded migration no longer matches the
/// binary's, is refused by every command with one clear line, and its file is left byte for byte.
@Suite struct SchemaSafetyEndToEndTests {
    /// A warehouse with one release, its `schema_migrations` then changed by `sql`.
    func warehouse(changedBy sql: String, in scratch: Scratch) throws -> Data {
        try scratch.write("jan.csv", BadInputCorpus.csv(BadInputCorpus.good))
        #expect(try CLI.run(["ingest", "jan.csv", "--db", "w.sqlite"], in: scratch.path).status == 0)
        let change = try CLI.run(["sql", sql, "--write", "--db", "w.sqlite"], in: scratch.path)
        #expect(change.status == 0, "\(change.stderr)")
        return try Data(contentsOf: URL(fileURLWithPath: scratch.file("w.sqlite")))
    }

    /// Every command that opens the warehouse, read or write.
    static let commands: [[String]] = [
        ["ingest", "feb.csv"], ["releases"], ["migrate"], ["migrate", "--status"], ["query", "yoy"],
        ["sql", "SELECT count(*) FROM facts"], ["export", "facts", "--format", "csv"],
    ]

    func expectRefusedByEveryCommand(_ message: String, bytes: Data, in scratch: Scratch) throws {
        try scratch.write("feb.csv", BadInputCorpus.header + "2024-02,export,WORLD,TOTAL,29000000000\n")
        for command in Self.commands {
            let result = try CLI.run(command + ["--db", "w.sqlite"], in: scratch.path)
            #expect(result.status == 1, "\(command)")
            #expect(result.stdout == "", "\(command)")
            #expect(result.stderr == "tradewh: " + message + "\n", "\(command)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.file("w.sqlite"))) == bytes, "\(command) changed the file")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["feb.csv", "jan.csv", "w.sqlite"])
    }

    @Test func aWarehouseFromANewerTradewhIsRefusedAndLeftByteForByte() throws {
        let scratch = try Scratch()
        let bytes = try warehouse(changedBy: """
            INSERT INTO schema_migrations (version, name, checksum, applied_at)
            VALUES (9999, '9999_from_the_future.sql', '\(String(repeating: "a", count: 64))', '2030-01-01T00:00:00Z')
            """, in: scratch)
        try expectRefusedByEveryCommand("w.sqlite was migrated by a newer tradewh (unknown migrations: 9999_from_the_future.sql); "
            + "use that version or a newer one", bytes: bytes, in: scratch)
    }

    @Test func aChangedMigrationIsRefusedAndLeftByteForByte() throws {
        let scratch = try Scratch()
        let first = try #require(Migration.embedded().first)
        let bytes = try warehouse(changedBy: "UPDATE schema_migrations SET checksum = '\(String(repeating: "0", count: 64))' "
            + "WHERE version = \(first.version)", in: scratch)
        try expectRefusedByEveryCommand("migration \(first.name) was changed after it was applied to w.sqlite; "
            + "restore the original file, or start a new database", bytes: bytes, in: scratch)
    }
}
