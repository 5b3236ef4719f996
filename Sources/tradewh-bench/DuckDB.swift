import Foundation

/// DuckDB as a second reference, when installed: its CLI `duckdb` on PATH, timed as whole
/// processes like tradewh, or else its Python module, timed inside one `python3` process (so
/// without Python's start-up, which would swamp every query).
enum DuckDB {
    case cli(String)
    case python(String)

    /// Median seconds of loading the CSV and of each named query.
    struct Times {
        let load: Double
        let queries: [String: Double]
        let method: String
    }

    static func find(runner: Runner) -> DuckDB? {
        if let cli = Toolbox.onPath("duckdb") { return .cli(cli) }
        if let python = Toolbox.onPath("python3"), runner.succeeds(python, ["-c", "import duckdb"]) { return .python(python) }
        return nil
    }

    func version(runner: Runner) -> String? {
        switch self {
        case let .cli(path): return try? runner.output(path, ["--version"]).trimmingCharacters(in: .whitespacesAndNewlines)
        case let .python(path): return (try? runner.output(path, ["-c", "import duckdb; print(duckdb.__version__)"]))
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) + " (Python module)" }
        }
    }

    /// `CREATE TABLE raw AS SELECT * FROM read_csv(...)` on `csv`, then `queries` on that table,
    /// each answer first written to `folder.answer(of: "duckdb", name)` (untimed).
    func measure(csv: String, queries: [(name: String, sql: String)], folder: WorkFolder, runner: Runner,
                 runs: Int, queryRuns: Int) throws -> Times {
        let database = folder.database("duckdb.duckdb")
        defer { DatabaseFiles.remove(database) }
        switch self {
        case let .cli(path):
            return try measureCLI(path, csv: csv, database: database, queries: queries, folder: folder, runner: runner,
                                  runs: runs, queryRuns: queryRuns)
        case let .python(path):
            return try measurePython(path, csv: csv, database: database, queries: queries, folder: folder, runner: runner,
                                     runs: runs, queryRuns: queryRuns)
        }
    }

    /// The load statement; period and commodity are typed VARCHAR so that sniffing cannot make a
    /// date or an integer of them.
    static func loadSQL(_ csv: String) -> String {
        "CREATE TABLE raw AS SELECT * FROM read_csv('\(csv.replacingOccurrences(of: "'", with: "''"))', "
            + "header = true, types = {'period': 'VARCHAR', 'commodity': 'VARCHAR'})"
    }

    /// `COPY (sql) TO 'path' (HEADER)`: a query's answer as CSV.
    static func copySQL(_ sql: String, to path: String) -> String {
        "COPY (\(sql)) TO '\(path.replacingOccurrences(of: "'", with: "''"))' (HEADER)"
    }

    private func measureCLI(_ path: String, csv: String, database: String, queries: [(name: String, sql: String)],
                            folder: WorkFolder, runner: Runner, runs: Int, queryRuns: Int) throws -> Times {
        let load = try runner.sample("duckdb load", runs: runs, prepare: { DatabaseFiles.remove(database) },
                                     path, [database, "-c", Self.loadSQL(csv)])
        var times: [String: Double] = [:]
        for query in queries {
            try runner.run(path, [database, "-c", Self.copySQL(query.sql, to: folder.answer(of: "duckdb", query.name))])
            times[query.name] = try runner.sample("duckdb \(query.name)", runs: queryRuns, warmUp: true, path, [database, "-c", query.sql]).seconds
        }
        return Times(load: load.seconds, queries: times, method: "DuckDB CLI, whole process")
    }

    private func measurePython(_ path: String, csv: String, database: String, queries: [(name: String, sql: String)],
                               folder: WorkFolder, runner: Runner, runs: Int, queryRuns: Int) throws -> Times {
        let script = folder.data + "/duckdb_bench.py", spec = folder.data + "/duckdb_queries.tsv"
        try Self.pythonScript.write(toFile: script, atomically: true, encoding: .utf8)
        try queries.map { $0.name + "\t" + $0.sql + "\n" }.joined().write(toFile: spec, atomically: true, encoding: .utf8)
        Log.note("duckdb (Python): \(runs) loads, then \(queries.count) queries × \(queryRuns)")
        let output = try runner.output(path, [script, database, Self.loadSQL(csv), String(runs), String(queryRuns), spec,
                                              folder.answerPrefix(of: "duckdb")])
        var samples: [String: [Double]] = [:]
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count == 2, let seconds = Double(words[1]) { samples[String(words[0]), default: []].append(seconds) }
        }
        let median = { (name: String) in Sample(runs: (samples[name] ?? []).map { ChildRun(seconds: $0, peakRSSKiB: 0) }).seconds }
        return Times(load: median("load"), queries: Dictionary(uniqueKeysWithValues: queries.map { ($0.name, median($0.name)) }),
                     method: "DuckDB Python module, in-process")
    }

    /// Loads into a fresh file each run (connect to close, timed), then writes each query's answer
    /// to a CSV file (the answer prefix, its name, `.csv`) and times it after one warm-up; prints
    /// "name seconds" per run.
    static let pythonScript = """
        import os, sys, time
        import duckdb
        database, load, runs, query_runs, spec = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
        answers = sys.argv[6]
        for _ in range(runs):
            for suffix in ("", ".wal"):
                if os.path.exists(database + suffix):
                    os.remove(database + suffix)
            start = time.perf_counter()
            connection = duckdb.connect(database)
            connection.execute(load)
            connection.close()
            print("load", time.perf_counter() - start)
        connection = duckdb.connect(database)
        for line in open(spec, encoding="utf-8"):
            name, sql = line.rstrip("\\n").split("\\t", 1)
            connection.execute("COPY (" + sql + ") TO '" + (answers + name + ".csv").replace("'", "''") + "' (HEADER)")
            connection.execute(sql).fetchall()
            for _ in range(query_runs):
                start = time.perf_counter()
                connection.execute(sql).fetchall()
                print(name, time.perf_counter() - start)

        """
}

/// The queries of the totals dataset (`BenchQuery`) written for a flat table
/// `raw(period, flow, partner, commodity, value_usd)`, as close as plain SQL gets to what `tradewh
/// query` answers (tradewh also derives quarters and years and joins names, so it does more work).
enum FlatQueries {
    static func yoy(_ condition: String) -> String {
        """
        SELECT c.period, c.flow, c.partner, c.commodity, c.value_usd, p.value_usd AS prior_value_usd, \
        c.value_usd - p.value_usd AS delta_usd, round(100.0 * (c.value_usd - p.value_usd) / p.value_usd, 1) AS delta_pct \
        FROM raw c JOIN raw p ON p.flow = c.flow AND p.partner = c.partner AND p.commodity = c.commodity \
        AND p.period = CAST(CAST(substr(c.period, 1, 4) AS INTEGER) - 1 AS VARCHAR) || substr(c.period, 5) \
        WHERE \(condition) ORDER BY c.period, c.flow, c.partner
        """
    }

    static let balance = """
        SELECT period, sum(CASE WHEN flow = 'export' THEN value_usd END) AS export_usd, \
        sum(CASE WHEN flow = 'import' THEN value_usd END) AS import_usd, \
        sum(CASE WHEN flow = 'export' THEN value_usd ELSE -value_usd END) AS balance_usd, \
        sum(value_usd) AS turnover_usd FROM raw WHERE partner = 'WORLD' AND commodity = 'TOTAL' \
        GROUP BY period ORDER BY period
        """
}
