import Foundation
import Testing
import TradeWarehouse

/// `--as-of` and read-only `sql` never change the warehouse (issue 24, case 1): transaction
/// statements are refused, and as-of is computed beside the warehouse, not in it.
@Suite struct AsOfEndToEndTests {
    static let transactionStatements = ["COMMIT", "END", "BEGIN", "ROLLBACK", "SAVEPOINT s", "RELEASE s",
                                        "BEGIN IMMEDIATE; COMMIT", "SELECT 1; COMMIT"]

    /// What the samples' warehouse holds now: 35 current figures, and no as-of release set.
    static let untouched = "n,as_of,exports\n35,,34530000000\n"
    static let state = "SELECT count(*) AS n, (SELECT release_id FROM as_of) AS as_of, "
        + "(SELECT value_usd FROM facts WHERE period = '2024-01' AND flow = 'export' AND partner = 'WORLD' "
        + "AND commodity = 'TOTAL' AND sector = 'ALL') AS exports FROM facts"

    @Test(arguments: transactionStatements)
    func transactionStatementsAreRefusedWithAsOf(sql: String) throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples, "--db", "w.sqlite"], in: scratch.path)
        #expect(try CLI.run(["sql", Self.state, "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout == Self.untouched)
        let result = try CLI.run(["sql", sql, "--as-of", "3", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("tradewh: refused: the SQL would change the database or another file"))
        #expect(try CLI.run(["sql", Self.state, "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout == Self.untouched)
        let later = try CLI.run(["sql", "SELECT count(*) AS n FROM facts", "--as-of", "3", "--db", "w.sqlite", "--format", "csv"],
                                in: scratch.path)
        #expect(later.stdout == "n\n17\n")
        #expect(try CLI.run(["sql", Self.state, "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout == Self.untouched)
    }

    @Test(arguments: transactionStatements)
    func transactionStatementsAreRefusedWithoutWrite(sql: String) throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples, "--db", "w.sqlite"], in: scratch.path)
        let result = try CLI.run(["sql", sql, "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("tradewh: refused: the SQL would change the database or another file"))
        #expect(try CLI.run(["sql", Self.state, "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout == Self.untouched)
    }

    /// January 2024 exports as of release 3 (the estimate), and the query that reads them.
    static let pastExports = ["query", "yoy", "--period", "2024-01", "--flow", "export", "--as-of", "3", "--db", "w.sqlite",
                              "--format", "csv"]
    static let pastExportsRows = "period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source\n"
        + "2024-01,export,WORLD,TOTAL,ALL,33570000000,23610000000,9960000000,42.19,computed,reported\n"

    @Test func asOfAnswersWhileAWriterHoldsTheLock() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples, "--db", "w.sqlite"], in: scratch.path)
        let writer = try Database(path: scratch.file("w.sqlite"))
        try writer.execute("BEGIN IMMEDIATE; DELETE FROM figure;")
        defer { try? writer.execute("ROLLBACK") }
        let started = ContinuousClock.now
        let query = try CLI.run(Self.pastExports, in: scratch.path)
        #expect(query.stderr == "")
        #expect(query.stdout == Self.pastExportsRows)
        let sql = try CLI.run(["sql", "SELECT count(*) AS n, sum(value_usd) AS usd FROM facts", "--as-of", "3", "--db", "w.sqlite",
                               "--format", "csv"], in: scratch.path)
        #expect(sql.stdout == "n,usd\n17,237378170000\n")
        #expect(ContinuousClock.now - started < .seconds(5), "as-of waited for the writer's lock")
    }
}
