import Foundation
import Testing

/// `tradewh sql` is read-only unless --write, enforced by SQLite.
@Suite struct SQLEndToEndTests {
    static let refusals = [
        "INSERT INTO flow (id, code, name_en, name_vi) VALUES (9, 'x', 'x', 'x')",
        "DROP VIEW facts",
        "ATTACH DATABASE 'other.sqlite' AS other",
        "PRAGMA writable_schema = ON",
        "VACUUM INTO 'copy.sqlite'",
    ]

    @Test(arguments: refusals)
    func writesAreRefusedWithoutWrite(sql: String) throws {
        let scratch = try Scratch()
        _ = try CLI.run(["migrate", "--db", "w.sqlite"], in: scratch.path)
        let schemaBefore = try CLI.run(["sql", "SELECT sql FROM sqlite_schema ORDER BY name", "--db", "w.sqlite", "--format", "csv"],
                                       in: scratch.path).stdout
        let result = try CLI.run(["sql", sql, "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("tradewh: refused: the SQL would change the database or another file"))
        #expect(result.stderr.hasSuffix("sql is read-only unless you pass --write\n"))
        let schemaAfter = try CLI.run(["sql", "SELECT sql FROM sqlite_schema ORDER BY name", "--db", "w.sqlite", "--format", "csv"],
                                      in: scratch.path).stdout
        #expect(schemaAfter == schemaBefore)
        #expect(try CLI.run(["sql", "SELECT count(*) AS n FROM flow", "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout == "n\n4\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("other.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("copy.sqlite")))
    }

    @Test func writeAllowsChangesAndParametersAreBound() throws {
        let scratch = try Scratch()
        let created = try CLI.run(["sql", "CREATE TABLE note (t TEXT); INSERT INTO note VALUES (:t)", "--param", "t=it's; DROP TABLE note",
                                   "--write", "--db", "w.sqlite"], in: scratch.path)
        #expect(created.status == 0)
        let read = try CLI.run(["sql", "SELECT t FROM note WHERE t = :t", "--param", "t=it's; DROP TABLE note",
                                "--db", "w.sqlite", "--format", "json"], in: scratch.path)
        #expect(read.stdout == "[\n{\"t\":\"it's; DROP TABLE note\"}\n]\n")
    }

    @Test func aMissingParameterIsNamed() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["sql", "SELECT * FROM facts WHERE period = :period", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr == "tradewh: the query uses :period; give it a value with --param period=VALUE\n")
    }

    @Test func asOfReadsThePastAndChangesNothing() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples, "--db", "w.sqlite"], in: scratch.path)
        let select = "SELECT period, value_usd FROM facts WHERE flow = 'export' AND partner = 'WORLD' AND commodity = 'TOTAL' "
            + "AND sector = 'ALL' ORDER BY period"
        let then = try CLI.run(["sql", select, "--as-of", "3", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(then.stdout == "period,value_usd\n2023-01,23610000000\n2024-01,33570000000\n")
        let now = try CLI.run(["sql", select, "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(now.stdout == "period,value_usd\n2023-01,23610000000\n2024-01,34530000000\n")
        let delete = try CLI.run(["sql", "DELETE FROM fact", "--as-of", "3", "--db", "w.sqlite"], in: scratch.path)
        #expect(delete.status == 1)
        #expect(delete.stderr.hasPrefix("tradewh: refused: the SQL would change the database"))
        let write = try CLI.run(["sql", "DELETE FROM fact", "--as-of", "3", "--write", "--db", "w.sqlite"], in: scratch.path)
        #expect(write.stderr == "tradewh: --as-of reads the past; it cannot be combined with --write\n")
        let untouched = try CLI.run(["sql", "SELECT count(*) AS n, (SELECT release_id FROM as_of) AS as_of FROM fact",
                                     "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(untouched.stdout == "n,as_of\n39,\n")
    }

    /// Issue 24, case 11: a runaway query stops at --timeout, with or without --as-of.
    @Test(arguments: [[], ["--as-of", "1"]])
    func aRunawayQueryStopsAtItsTimeout(asOf: [String]) throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples + "/2023-01-1-estimate.csv", "--db", "w.sqlite"], in: scratch.path)
        let started = ContinuousClock.now
        let endless = try CLI.run(["sql", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
                                   "--timeout", "1", "--db", "w.sqlite"] + asOf, in: scratch.path)
        #expect(ContinuousClock.now - started < .seconds(8))
        #expect(endless.status == 1)
        #expect(endless.stderr == "tradewh: the SQL ran longer than --timeout 1 s and was stopped\n")
        let quick = try CLI.run(["sql", "SELECT count(*) AS n FROM facts", "--timeout", "5", "--db", "w.sqlite", "--format", "csv"] + asOf,
                                in: scratch.path)
        #expect(quick.stdout == "n\n6\n")
    }

    /// Issue 24, case 11: a statement that needs hundreds of megabytes (a very large value, a recursive
    /// CTE that doubles a string for ever) is an error, not a process that grows; with or without --as-of,
    /// which opens the warehouse before running the SQL (the bound was then not enforced: 300 MB went through).
    @Test(arguments: [[], ["--as-of", "1"]])
    func aQueryPastTheMemoryBoundIsAnError(asOf: [String]) throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples + "/2023-01-1-estimate.csv", "--db", "w.sqlite"], in: scratch.path)
        let stopped = "tradewh: the SQL needed more than the 256 MB of memory sql allows SQLite (a recursive CTE without "
            + "an end, or a very large value?) and was stopped\n"
        for sql in ["SELECT length(hex(zeroblob(150000000))) AS n",
                    "WITH RECURSIVE c(s) AS (SELECT 'x' UNION ALL SELECT s || s FROM c) SELECT length(s) FROM c"] {
            let huge = try CLI.run(["sql", sql, "--db", "w.sqlite"] + asOf, in: scratch.path)
            #expect(huge.status == 1)
            #expect(huge.stdout == "" && huge.stderr == stopped)
        }
        let fits = try CLI.run(["sql", "SELECT length(hex(zeroblob(1000000))) AS n", "--db", "w.sqlite", "--format", "csv"] + asOf,
                               in: scratch.path)
        #expect(fits.stdout == "n\n2000000\n")
    }

    /// Issue 24, case 11: a result of 2,000,000 rows is printed as SQLite steps it, in bounded memory.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time")))
    func twoMillionRowsPrintInBoundedMemory() throws {
        let scratch = try Scratch()
        let sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000) SELECT x, x * 2 AS y FROM c"
        let result = try CLI.run(["-f", "%M", CLI.binary.path, "sql", sql, "--db", "w.sqlite", "--format", "csv"], in: scratch.path,
                                 binary: URL(fileURLWithPath: "/usr/bin/time"))
        #expect(result.stdout.hasPrefix("x,y\n1,2\n2,4\n"))
        #expect(result.stdout.hasSuffix("\n1999999,3999998\n2000000,4000000\n"))
        #expect(result.stdout.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } == 2_000_001)
        let peakKilobytes = try #require(Int(result.stderr.split(separator: "\n").last ?? ""))
        #expect(peakKilobytes <= 80 * 1024, "peak RSS \(peakKilobytes) KB")
    }

    @Test func withoutAQueryTheSQLIsReadFromStandardInput() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples, "--db", "w.sqlite"], in: scratch.path)
        let piped = try CLI.run(["sql", "--param", "p=2024-01", "--db", "w.sqlite", "--format", "csv"], in: scratch.path,
                                input: "SELECT flow, value_usd FROM facts\nWHERE period = :p AND partner = 'WORLD' AND commodity = 'TOTAL'\nORDER BY flow;\n")
        #expect(piped.stdout == "flow,value_usd\nbalance,3630000000\nexport,34530000000\nimport,30900000000\nturnover,65430000000\n")
        #expect(piped.stderr == "")
        let empty = try CLI.run(["sql", "--db", "w.sqlite"], in: scratch.path, input: "\n")
        #expect(empty.status == 2)
        #expect(empty.stderr == "tradewh: no SQL given: pass a query, or pipe one in (see `tradewh sql --help`)\n")
    }

    @Test func schemaListsEveryTableAndViewWithTheirColumnsFromTheDatabase() throws {
        let scratch = try Scratch()
        let schema = try CLI.run(["sql", "--schema", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(schema.status == 0)
        let lines = schema.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 47)
        #expect(lines.prefix(10).map { String($0.prefix { $0 != "," }) }
            == ["name", "facts", "yoy", "fact_sources", "all_facts", "ytd", "mom", "share", "reconcile", "balance"])
        #expect(lines[1] == "facts,view,the current figure for each key: the release not replaced that is latest in the order of releases (rank) wins,"
            + "\"period, flow, partner, commodity, sector, value_usd, quantity, unit, qualifier, estimated, yoy_pct_reported, release_id\"")
        #expect(lines[9] == "balance,view,\"per period and partner, all goods, all enterprises: exports, imports, balance, turnover\","
            + "\"period, partner, export_usd, import_usd, balance_usd, turnover_usd, basis, source\"")
        #expect(lines.contains("derive_window,table,one row: the half-months whose derived figures are being computed (empty outside ingest),"
            + "\"singleton, first_half, last_half\""))
        #expect(lines.contains("as_of,table,one row: the release `--as-of` answers as of (NULL: now),\"singleton, release_id\""))
        let withQuery = try CLI.run(["sql", "SELECT 1", "--schema", "--db", "w.sqlite"], in: scratch.path)
        #expect(withQuery.status == 2)
        #expect(withQuery.stderr.hasPrefix("Error: --schema prints the tables and views; give it no query\n"))
    }
}
