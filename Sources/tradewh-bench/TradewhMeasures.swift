import Foundation

/// One `tradewh query` measured: its median time, how many rows it printed and, when compared,
/// whether DuckDB gave the same figures.
struct QueryMeasure {
    let query: BenchQuery
    let sample: Sample
    let rows: Int
    var agreement: FigureCheck.Outcome? = nil

    var name: String { query.name }
    var title: String { query.title }
}

/// The measures taken on tradewh, each a whole `tradewh` process as a user would run it.
struct TradewhMeasures {
    let tradewh: String
    let runner: Runner
    let folder: WorkFolder
    /// Timed runs of each load.
    let runs: Int
    /// Timed runs of each query and start-up measure.
    let queryRuns: Int

    private var scratch: String { folder.database("scratch.sqlite") }

    /// Creates the migrated, empty warehouse the other measures start from.
    func makeEmpty(at path: String) throws {
        try runner.run(tradewh, ["migrate", "--db", path])
    }

    /// `tradewh partners --format csv` on `database`: the names for the names file.
    func partnersCSV(database: String) throws -> String {
        try runner.output(tradewh, ["partners", "--format", "csv", "--db", database])
    }

    /// Ingests `file` into a new database each run (creation and migration included, as for a
    /// user's first load); the last run's database is kept at `keep`.
    func ingestFresh(_ label: String, file: String, keep: String?) throws -> Sample {
        let sample = try runner.samples(interleaving: [freshIngest(label, file: file, into: scratch)], runs: runs)[0]
        try keepLastRun(of: scratch, at: keep)
        return sample
    }

    /// An ingest of `file` into a new database at `database` (created and migrated), for interleaving.
    func freshIngest(_ label: String, file: String, into database: String) -> TimedCommand {
        TimedCommand(label: label, prepare: { DatabaseFiles.remove(database) }, executable: tradewh,
                     arguments: ["ingest", file, "--db", database, "--quiet"])
    }

    /// Moves the last run's database to `keep`, or removes it.
    func keepLastRun(of database: String, at keep: String?) throws {
        if let keep { try DatabaseFiles.move(database, to: keep) } else { DatabaseFiles.remove(database) }
    }

    /// Ingests `file` (with `extra` options) into a fresh copy of `base` each run.
    func ingest(_ label: String, file: String, intoCopyOf base: String, extra: [String] = [], keep: String? = nil) throws -> Sample {
        let sample = try runner.sample(label, runs: runs, prepare: { try DatabaseFiles.copy(base, to: scratch) },
                                       tradewh, ["ingest", file, "--db", scratch, "--quiet"] + extra)
        if let keep { try DatabaseFiles.move(scratch, to: keep) } else { DatabaseFiles.remove(scratch) }
        return sample
    }

    /// Runs each compared query once on the ingested codes database and keeps its answer at
    /// `folder.answer(of: "tradewh", name)`, to compare with DuckDB's before either is timed.
    func answer(_ queries: [BenchQuery], database: String) throws {
        for query in queries where query.isCompared {
            try runner.run(tradewh, arguments(query, database: database))
            let path = folder.answer(of: "tradewh", query.name)
            try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.copyItem(atPath: runner.stdoutPath, toPath: path)
        }
    }

    /// Times the queries on the ingested codes database, each after one warm-up run.
    func queries(_ queries: [BenchQuery], database: String) throws -> [QueryMeasure] {
        try queries.map { query in
            let sample = try runner.sample("query \(query.name)", runs: queryRuns, warmUp: true, tradewh, arguments(query, database: database))
            return QueryMeasure(query: query, sample: sample, rows: max(0, try runner.lastOutputLineCount() - 1))
        }
    }

    private func arguments(_ query: BenchQuery, database: String) -> [String] {
        ["query"] + query.arguments + ["--db", database, "--format", "csv"]
    }

    /// `tradewh --version` and `tradewh releases` on an empty warehouse: start-up cost.
    func startup(empty: String) throws -> (version: Sample, releases: Sample) {
        let version = try runner.sample("--version", runs: queryRuns, warmUp: true, tradewh, ["--version"])
        let releases = try runner.sample("releases", runs: queryRuns, warmUp: true, tradewh, ["releases", "--db", empty, "--format", "csv"])
        return (version, releases)
    }

    /// The facts in `database`, to check that every generated row arrived.
    func factCount(database: String) throws -> Int? {
        let output = try runner.output(tradewh, ["sql", "SELECT count(*) AS n FROM facts", "--db", database, "--format", "csv"])
        return output.split(whereSeparator: \.isNewline).dropFirst().first.flatMap { Int($0) }
    }
}

/// sqlite3's own CSV import into one flat text table: the reference for ingest speed and size.
struct SQLiteReference {
    let sqlite3: String
    let runner: Runner
    let folder: WorkFolder

    private var database: String { folder.database("sqlite3-import.sqlite") }

    /// `sqlite3 -cmd '.mode csv' DB '.import FILE raw'` into a new database each run, for interleaving.
    func importCSV(_ file: String) -> TimedCommand {
        let database = database
        return TimedCommand(label: "sqlite3 .import", prepare: { DatabaseFiles.remove(database) }, executable: sqlite3,
                            arguments: ["-cmd", ".mode csv", database, ".import \"\(file)\" raw"])
    }

    /// The last import's database size and the rows it holds; then removes it.
    func importedTable() throws -> (bytes: Int, rows: Int?) {
        let count = try runner.output(sqlite3, [database, "SELECT count(*) FROM raw"])
        let bytes = DatabaseFiles.size(database)
        DatabaseFiles.remove(database)
        return (bytes, Int(count.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}
