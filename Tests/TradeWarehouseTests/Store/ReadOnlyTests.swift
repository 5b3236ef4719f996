import Foundation
import Testing
@testable import TradeWarehouse

@Suite struct ReadOnlyTests {
    /// A migrated warehouse with one release and one figure: US exports, 2024-01, 11 bn USD.
    struct Fixture {
        let dir: TemporaryDirectory
        let path: String

        init() throws {
            dir = try TemporaryDirectory()
            path = dir.path("trade.sqlite")
            let store = try TradeStore.open(path: path)
            try store.db.execute("""
                INSERT INTO period (code, kind, first_half, last_half) VALUES ('2024-01', 'month', 48576, 48577);
                INSERT INTO release (path, sha256, format, row_count, ingested_at)
                VALUES ('sample.csv', '\(String(repeating: "a", count: 64))', 'csv', 1, '2024-02-01T00:00:00Z');
                INSERT INTO fact (period_id, flow_id, partner_id, commodity_id, sector_id, release_id, value_usd)
                VALUES ((SELECT id FROM period WHERE code = '2024-01'), 1,
                        (SELECT id FROM partner WHERE code = 'US'), (SELECT id FROM commodity WHERE code = 'TOTAL'),
                        1, (SELECT id FROM release WHERE path = 'sample.csv'), 11000000000);
                """)
        }

        /// Everything a statement could change: the schema, the data, the header's settings.
        func snapshot() throws -> [ResultTable] {
            let db = try Database(path: path, mode: .readOnly)
            return try [
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name",
                "SELECT * FROM release ORDER BY id",
                "SELECT * FROM fact",
                "SELECT * FROM period ORDER BY id",
                "SELECT * FROM facts",
                "SELECT count(*) FROM partner",
                "SELECT count(*) FROM partner_alias",
                "SELECT count(*) FROM commodity",
                "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version",
                "PRAGMA user_version",
                "PRAGMA journal_mode",
            ].map { try db.query($0) }
        }

        func run(_ sql: String, _ parameters: [String: String] = [:], write: Bool = false) throws -> ResultTable {
            try AdHocSQL.run(sql, parameters: parameters, databasePath: path, write: write)
        }
    }

    // MARK: What read-only allows

    @Test func selectWorks() throws {
        let fixture = try Fixture()
        let table = try fixture.run("SELECT period, flow, partner, commodity, sector, value_usd FROM facts")
        #expect(table.columns == ["period", "flow", "partner", "commodity", "sector", "value_usd"])
        #expect(table.rows == [[.text("2024-01"), .text("export"), .text("US"), .text("TOTAL"), .text("ALL"),
                                .integer(11_000_000_000)]])
        #expect(try fixture.run("SELECT count(*) AS n FROM partner WHERE kind = 'country'").rows == [[.integer(249)]])
    }

    @Test func lastStatementWithRowsIsReturned() throws {
        let fixture = try Fixture()
        let table = try fixture.run("SELECT 1 AS a; SELECT 2 AS b, 'x' AS c;")
        #expect(table == ResultTable(columns: ["b", "c"], rows: [[.integer(2), .text("x")]]))
    }

    @Test(arguments: ["", "   ", "-- only a comment", "/* nothing */ ;"])
    func emptyScript(sql: String) throws {
        let fixture = try Fixture()
        #expect(try fixture.run(sql) == ResultTable(columns: [], rows: []))
    }

    @Test func tableInfoPragmaIsAllowed() throws {
        let fixture = try Fixture()
        let table = try fixture.run("PRAGMA table_info(facts)")
        let nameColumn = try #require(table.columns.firstIndex(of: "name"))
        #expect(table.rows.map { $0[nameColumn] } == [
            "period", "flow", "partner", "commodity", "sector", "value_usd", "quantity", "unit", "qualifier",
            "estimated", "yoy_pct_reported", "release_id",
        ])
    }

    @Test func readingPragmasAreAllowed() throws {
        let fixture = try Fixture()
        #expect(try fixture.run("PRAGMA user_version").rows == [[.integer(0)]])
        #expect(try fixture.run("PRAGMA query_only").rows == [[.integer(1)]])
        #expect(try fixture.run("PRAGMA foreign_key_check").rows == [])
        #expect(try fixture.run("PRAGMA integrity_check").rows == [[.text("ok")]])
        #expect(try fixture.run("PRAGMA index_list(release)").rows.count == 1)
    }

    @Test func syntaxErrorIsReported() throws {
        let fixture = try Fixture()
        let error = try #require(throws: StoreError.self) { try fixture.run("SELEC 1") }
        #expect(error.description.contains("syntax error"))
    }

    // MARK: What read-only refuses

    static let write = "attempt to write a readonly database"
    static let denied = "not authorized"

    /// Statements that would change the warehouse or reach other files: each must be refused with
    /// SQLite's reason, and leave everything as it was. `{dir}` is the fixture's folder.
    @Test(arguments: [
        ("INSERT INTO release (path, sha256, format, row_count, ingested_at) VALUES ('x.csv', '\(String(repeating: "b", count: 64))', 'csv', 0, '2024-01-01T00:00:00Z')", write),
        ("UPDATE release SET path = 'changed.csv'", write),
        ("UPDATE fact SET value_usd = 1", write),
        ("DELETE FROM fact", write),
        ("DELETE FROM partner_alias", write),
        ("DROP VIEW facts", write),
        ("DROP TABLE fact", write),
        ("CREATE TABLE scratch (x INTEGER)", write),
        ("CREATE INDEX fact_by_value ON fact (value_usd)", write),
        ("CREATE VIEW mine AS SELECT 1", write),
        ("ALTER TABLE release ADD COLUMN note TEXT", write),
        ("REPLACE INTO flow SELECT * FROM flow", write),
        ("INSERT OR IGNORE INTO release SELECT * FROM release", write),
        ("WITH doomed AS (SELECT release_id FROM fact) DELETE FROM fact WHERE release_id IN doomed", write),
        ("DROP INDEX release_by_sha256", write),
        ("CREATE TRIGGER t AFTER INSERT ON fact BEGIN SELECT 1; END", write),
        ("ALTER TABLE release RENAME TO releases_old", write),
        ("REINDEX", write),
        ("ANALYZE", write),
        ("SELECT 1; DELETE FROM fact", write),
        ("BEGIN; DELETE FROM fact; COMMIT", denied),
        ("COMMIT", denied),
        ("SAVEPOINT s", denied),
        ("INSERT INTO fact (period_id, flow_id, partner_id, commodity_id, sector_id, release_id, value_usd) SELECT period_id, flow_id, partner_id, commodity_id, 2, release_id, value_usd FROM fact", write),
        ("ATTACH DATABASE '{dir}/other.db' AS o", denied),
        ("ATTACH '{dir}/trade.sqlite' AS again", denied),
        ("PRAGMA writable_schema = ON", denied),
        ("PRAGMA query_only = OFF", denied),
        ("PRAGMA query_only = 0", denied),
        ("PRAGMA query_only = OFF; DELETE FROM fact", denied),
        ("PRAGMA journal_mode = DELETE", denied),
        ("PRAGMA user_version = 7", denied),
        ("PRAGMA foreign_keys = OFF", denied),
        // VACUUM attaches its target internally; the authorizer denies that ATTACH when it runs.
        ("VACUUM INTO '{dir}/copy.db'", "authorization denied"),
        ("VACUUM", "authorization denied"),
    ])
    func refused(template: String, reason: String) throws {
        let fixture = try Fixture()
        let before = try fixture.snapshot()
        let sql = template.replacingOccurrences(of: "{dir}", with: fixture.dir.path)

        let error = try #require(throws: QueryError.self) { try fixture.run(sql) }
        #expect(error == .readOnly(reason: reason))
        #expect(error.message(naming: { "<\($0.rawValue)>" })
                == "refused: the SQL would change the database or another file (\(reason)); sql is read-only unless you pass <write permission>")

        #expect(try fixture.snapshot() == before)
        #expect(!fixture.dir.contains("other.db"), "ATTACH created a file")
        #expect(!fixture.dir.contains("copy.db"), "VACUUM INTO created a file")
    }

    /// Extensions cannot be loaded from SQL at all, read-only or not.
    @Test(arguments: [false, true])
    func loadExtensionRefused(write: Bool) throws {
        let fixture = try Fixture()
        let before = try fixture.snapshot()
        let error = try #require(throws: StoreError.self) { try fixture.run("SELECT load_extension('x')", write: write) }
        #expect(error.description == "not authorized")
        #expect(try fixture.snapshot() == before)
    }

    /// The same statements run with `write: true` are not reported as read-only refusals.
    @Test func writeErrorsAreNotReadOnlyRefusals() throws {
        let fixture = try Fixture()
        let error = try #require(throws: StoreError.self) {
            try fixture.run("INSERT INTO fact (period_id) VALUES (1)", write: true)
        }
        #expect(error.description.contains("NOT NULL constraint failed"))
    }

    @Test func openReadOnlyRefusesChanges() throws {
        let fixture = try Fixture()
        let before = try fixture.snapshot()
        let db = try TradeStore.openReadOnly(path: fixture.path)
        #expect(try db.query("SELECT count(*) FROM fact").rows == [[.integer(1)]])
        #expect(try db.query("PRAGMA query_only").rows == [[.integer(1)]])
        #expect(throws: StoreError.self) { try db.execute("DELETE FROM fact") }
        #expect(throws: StoreError.self) { try db.execute("PRAGMA query_only = OFF") }
        #expect(throws: StoreError.self) { try db.execute("ATTACH '\(fixture.dir.path("other.db"))' AS o") }
        #expect(throws: StoreError.self) { try db.execute("VACUUM INTO '\(fixture.dir.path("copy.db"))'") }
        #expect(try db.query("SELECT count(*) FROM fact").rows == [[.integer(1)]])
        #expect(try fixture.snapshot() == before)
        #expect(!fixture.dir.contains("other.db"))
        #expect(!fixture.dir.contains("copy.db"))
    }

    // MARK: write: true

    @Test func writeAllowsChanges() throws {
        let fixture = try Fixture()
        let table = try fixture.run(
            "CREATE TABLE scratch (x INTEGER); INSERT INTO scratch VALUES (1), (2); SELECT sum(x) AS total FROM scratch",
            write: true)
        #expect(table == ResultTable(columns: ["total"], rows: [[.integer(3)]]))
        // Committed: a later read-only session sees it.
        #expect(try fixture.run("SELECT x FROM scratch ORDER BY x").rows == [[.integer(1)], [.integer(2)]])
        // And a read-only session still cannot change it.
        #expect(throws: QueryError.readOnly(reason: Self.write)) { try fixture.run("INSERT INTO scratch VALUES (3)") }
        #expect(try fixture.run("SELECT count(*) FROM scratch").rows == [[.integer(2)]])
    }

    // MARK: Parameters

    @Test(arguments: [
        ("2024-01", CellValue.text("2024-01"), "text"),
        ("0901", .text("0901"), "text"),
        ("42", .integer(42), "integer"),
        ("-7", .integer(-7), "integer"),
        ("9.5", .real(9.5), "real"),
        ("1e3", .text("1e3"), "text"),
        ("", .text(""), "text"),
        ("Hoa Kỳ", .text("Hoa Kỳ"), "text"),
    ])
    func parameterBinding(value: String, bound: CellValue, type: String) throws {
        let fixture = try Fixture()
        let table = try fixture.run("SELECT :p AS value, typeof(:p) AS type", ["p": value])
        #expect(table == ResultTable(columns: ["value", "type"], rows: [[bound, .text(type)]]))
    }

    @Test func parametersFilterTheViews() throws {
        let fixture = try Fixture()
        let sql = "SELECT value_usd FROM facts WHERE period = :period AND partner = :partner AND flow = :flow"
        #expect(try fixture.run(sql, ["period": "2024-01", "partner": "US", "flow": "export"]).rows
                == [[.integer(11_000_000_000)]])
        #expect(try fixture.run(sql, ["period": "2024-02", "partner": "US", "flow": "export"]).rows == [])
    }

    @Test func everySigilBinds() throws {
        let fixture = try Fixture()
        let table = try fixture.run("SELECT :a AS a, @b AS b, $c AS c", ["a": "1", "b": "x", "c": "0.5"])
        #expect(table.rows == [[.integer(1), .text("x"), .real(0.5)]])
    }

    @Test func parameterValuesAreNeverSpliced() throws {
        let fixture = try Fixture()
        let hostile = "x'); DROP TABLE fact; --"
        let table = try fixture.run("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES (:t); SELECT t FROM notes",
                                    ["t": hostile], write: true)
        #expect(table.rows == [[.text(hostile)]])
        #expect(try fixture.run("SELECT count(*) FROM fact").rows == [[.integer(1)]])
    }

    @Test func missingParameterIsNamed() throws {
        let fixture = try Fixture()
        #expect(throws: QueryError.missingParameter(name: "period")) {
            try fixture.run("SELECT * FROM facts WHERE period = :period", ["partner": "US"])
        }
        let error = try #require(throws: QueryError.self) {
            try fixture.run("SELECT :a AS a; SELECT :missing_one AS b", ["a": "1"])
        }
        #expect(error.description.contains(":missing_one"))
        #expect(error.description.contains("the parameter missing_one=VALUE"))
    }

    /// `?` placeholders cannot be given a value with `--param`; they must not silently run as NULL.
    @Test(arguments: ["SELECT ? AS a", "SELECT value_usd FROM facts WHERE period = ?"])
    func positionalParameterIsRefused(sql: String) throws {
        let fixture = try Fixture()
        #expect(throws: QueryError.self) { try fixture.run(sql, ["1": "2024-01"]) }
    }

    @Test(arguments: [
        ("42", CellValue.integer(42)),
        ("-5", .integer(-5)),
        ("0", .integer(0)),
        ("0901", .text("0901")),
        ("007", .text("007")),
        ("+5", .text("+5")),
        ("2024-01", .text("2024-01")),
        ("9.7", .real(9.7)),
        ("0.5", .real(0.5)),
        ("-2.25", .real(-2.25)),
        (".5", .text(".5")),
        ("1e3", .text("1e3")),
        ("9223372036854775807", .integer(Int64.max)),
        ("9223372036854775808", .text("9223372036854775808")),
        ("nan", .text("nan")),
        ("inf", .text("inf")),
        ("", .text("")),
        ("US", .text("US")),
    ])
    func typedValue(text: String, value: CellValue) {
        #expect(AdHocSQL.typedValue(text) == value)
    }

    @Test(arguments: [
        ("period=2024-01", "period", "2024-01"),
        (":period=2024-01", "period", "2024-01"),
        ("@p=x", "p", "x"),
        ("$p=x", "p", "x"),
        ("expr=a=b", "expr", "a=b"),
        ("empty=", "empty", ""),
        ("name=Hoa Kỳ", "name", "Hoa Kỳ"),
    ])
    func parseParameter(text: String, name: String, value: String) throws {
        let parsed = try AdHocSQL.parseParameter(text)
        #expect(parsed.name == name)
        #expect(parsed.value == value)
    }

    @Test(arguments: ["=2024-01", "period", ""])
    func parseParameterRejected(text: String) {
        #expect(throws: QueryError.malformedParameter(text, nameMissing: false)) {
            try AdHocSQL.parseParameter(text)
        }
    }
}
