import Foundation

/// One `tradewh query` measured: its median time and how many rows it printed.
struct QueryMeasure {
    let name: String
    let title: String
    let sample: Sample
    let rows: Int
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

    /// The four queries on the ingested codes database, each after one warm-up run.
    func queries(database: String, period: String, probe: String) throws -> [QueryMeasure] {
        let plans: [(String, String, [String])] = [
            ("yoy_all", "`query yoy --by partner` (all periods)", ["yoy", "--by", "partner"]),
            ("balance", "`query balance` (all periods)", ["balance"]),
            ("yoy_period", "`query yoy --period \(period) --by partner`", ["yoy", "--period", period, "--by", "partner"]),
            ("point", "point lookup `query yoy --period \(period) --partner CN --commodity \(probe)`",
             ["yoy", "--period", period, "--partner", "CN", "--commodity", probe]),
        ]
        return try plans.map { name, title, arguments in
            let sample = try runner.sample("query \(name)", runs: queryRuns, warmUp: true, tradewh,
                                           ["query"] + arguments + ["--db", database, "--format", "csv"])
            return QueryMeasure(name: name, title: title, sample: sample, rows: max(0, try runner.lastOutputLineCount() - 1))
        }
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
