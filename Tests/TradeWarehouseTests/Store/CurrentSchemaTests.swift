import Foundation
import Testing
@testable import TradeWarehouse

/// `Migrations/Schema/current.sql` is the whole schema of a new warehouse in one file, read back from
/// one: every table, index and view in the order they are created, then the rows every warehouse
/// starts with. After changing a migration, the baseline or a view, regenerate it with
///
///     UPDATE_GOLDEN=1 swift test --filter CurrentSchemaTests
///
/// and review the diff before committing it.
@Suite struct CurrentSchemaTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Migrations/Schema/current.sql")

    /// The text of current.sql for the warehouse `db`.
    static func text(_ db: Database) throws -> String {
        var text = """
            -- The schema of a new tradewh warehouse, read back from one. GENERATED: do not edit; after
            -- changing Migrations/ run `UPDATE_GOLDEN=1 swift test --filter CurrentSchemaTests`.
            --
            -- Made from Migrations/baseline/ (the tables as of migration 0010), the numbered migrations
            -- after it, and Migrations/views/ (one file per view); then the reference data of
            -- Migrations/reference/*.csv is loaded. `tradewh sql --schema` says what each table and view
            -- holds; README, "Schema", documents the public views' columns.


            """
        for row in try db.query("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid").rows {
            text += (row[0].text ?? "") + ";\n\n"
        }
        text += "-- The rows every warehouse starts with.\n"
        for table in ["flow", "sector", "as_of", "derive_window"] {
            for row in try db.query("SELECT * FROM \(table) ORDER BY 1").rows {
                text += "INSERT INTO \(table) VALUES (" + row.map(literal).joined(separator: ", ") + ");\n"
            }
        }
        text += "\n-- The reference data, loaded from Migrations/reference/ (rows in a new warehouse):\n"
        for (table, file) in [("partner", "partners.csv"), ("partner_alias", "partner_aliases.csv"),
                              ("partner_group_member", "partner_group_members.csv"), ("commodity", "commodities.csv"),
                              ("commodity_alias", "commodity_aliases.csv")] {
            let count = try db.query("SELECT count(*) FROM \(table)").rows.first?.first?.integer ?? 0
            text += "--   \(table): \(count) rows from \(file)\n"
        }
        return text
    }

    static func literal(_ value: CellValue) -> String {
        switch value {
        case .null: "NULL"
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .text(let text): "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .bool(let flag): flag ? "1" : "0"
        }
    }

    @Test func currentSQLIsTheSchemaOfANewWarehouse() throws {
        let dir = try TemporaryDirectory()
        let store = try TradeStore.open(path: dir.path("new.sqlite"))
        let generated = try Self.text(store.db)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(generated.utf8).write(to: Self.file)
        }
        let committed = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(generated == committed, "Migrations/Schema/current.sql is out of date: UPDATE_GOLDEN=1 swift test --filter CurrentSchemaTests")

        // And it runs: an empty database given the file has the same schema and fixed rows.
        let copy = try Database(path: dir.path("copy.sqlite"))
        try copy.execute(committed)
        #expect(try SchemaSnapshot(copy) == SchemaSnapshot(store.db))
        #expect(try copy.query("SELECT * FROM flow ORDER BY id").rows == store.db.query("SELECT * FROM flow ORDER BY id").rows)
    }
}
