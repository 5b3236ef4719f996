import Foundation

/// One benchmark run from start to end: find the tools, generate the data, measure, report.
struct BenchSession {
    let rows: Int
    let runs: Int
    let queryRuns: Int
    let work: String?
    let keep: Bool
    let tradewhOverride: String?
    let command: String

    /// Runs everything; the work folder goes at the end (even on failure) unless `keep`.
    func run() throws -> Report {
        let folder = try WorkFolder(requested: work)
        defer { keep ? Log.note("work folder kept: \(folder.path)") : folder.remove() }
        let runner = Runner(logs: folder.logs)
        let tools = try Toolbox.find(tradewh: tradewhOverride, runner: runner)
        Log.note("measuring \(tools.tradewh)")
        let machine = try MachineInfo.collect(tools: tools, runner: runner)
        let measures = TradewhMeasures(tradewh: tools.tradewh, runner: runner, folder: folder, runs: runs, queryRuns: queryRuns)
        let empty = folder.database("empty.sqlite")
        try measures.makeEmpty(at: empty)
        let (data, million) = try generate(measures: measures, empty: empty, folder: folder)
        var results = try measure(data: data, tools: tools, measures: measures, empty: empty, folder: folder, runner: runner)
        results.ingestMillion = try million.map { try measures.ingestFresh("ingest codes, 1M rows", file: $0, keep: nil) }
        if ![results.ingestCodes, results.ingestNames, results.ingestMillion].compactMap({ $0 }).allSatisfy(\.peakIsTheChilds) {
            results.notes.append("A peak RSS marked ≤ is the benchmark's own: Linux reports the peak of the process that "
                                 + "started a child when it is higher than the child's.")
        }
        return Report(results: results, data: data, machine: machine, runs: runs, queryRuns: queryRuns, command: command, tradewhPath: tools.tradewh)
    }

    /// The dataset of N rows, and (when N is larger) a 1,000,000-row codes file for the memory
    /// target's comparison.
    private func generate(measures: TradewhMeasures, empty: String, folder: WorkFolder) throws -> (DatasetSummary, String?) {
        let spellings = try PartnerSpellings(partnersCSV: measures.partnersCSV(database: empty))
        let start = ContinuousClock.now
        let data = try DatasetWriter(shape: DatasetShape(rows: rows), spellings: spellings).write(into: folder.data)
        let elapsed = start.duration(to: .now).components
        Log.note("generated \(Format.grouped(rows)) rows in \(Format.duration(Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)) into \(folder.data)")
        guard rows > Self.millionRows else { return (data, nil) }
        let million = folder.data + "/codes-1m.csv"
        try DatasetWriter(shape: DatasetShape(rows: Self.millionRows), spellings: spellings).writeCodes(to: million)
        return (data, million)
    }

    static let millionRows = 1_000_000

    private func measure(data: DatasetSummary, tools: Toolbox, measures: TradewhMeasures, empty: String,
                         folder: WorkFolder, runner: Runner) throws -> Results {
        var notes: [String] = []
        let full = folder.database("full.sqlite"), withMonth = folder.database("with-month.sqlite")
        // The loads the ingest targets compare, interleaved run by run (see `Runner.samples`).
        let sqliteReference = tools.sqlite3.map { SQLiteReference(sqlite3: $0, runner: runner, folder: folder) }
        let namesDatabase = folder.database("names.sqlite")
        let loads = try runner.samples(interleaving: [measures.freshIngest("ingest codes", file: data.codesPath, into: full),
                                                      measures.freshIngest("ingest names", file: data.namesPath, into: namesDatabase)]
                                           + (sqliteReference.map { [$0.importCSV(data.codesPath)] } ?? []), runs: runs)
        let (codes, names) = (loads[0], loads[1])
        try measures.keepLastRun(of: namesDatabase, at: nil)
        let sqlite = try sqliteReference.map { reference in
            let table = try reference.importedTable()
            return (sample: loads[2], bytes: table.bytes, rows: table.rows)
        }
        if let count = try measures.factCount(database: full), count != rows {
            notes.append("the codes database holds \(Format.grouped(count)) facts, not \(Format.grouped(rows)).")
        }
        notes += sqliteNotes(sqlite?.rows, found: sqlite != nil)
        let duck = try duckdbTimes(data: data, tools: tools, folder: folder, runner: runner, notes: &notes)
        let queries = try measures.queries(database: full, period: data.shape.lastPeriod, probe: data.probeCommodity)
        notes += queries.filter { $0.rows == 0 }.map { "\($0.title) printed no rows." }
        let intoFull = try measures.ingest("month into full db", file: data.monthPath, intoCopyOf: full, keep: withMonth)
        let intoEmpty = try measures.ingest("month into empty db", file: data.monthPath, intoCopyOf: empty)
        let replace = try measures.ingest("month --replace", file: data.monthPath, intoCopyOf: withMonth, extra: ["--replace"])
        let startup = try measures.startup(empty: empty)
        return Results(ingestCodes: codes, ingestNames: names, sqliteImport: sqlite, duckdb: duck, queries: queries,
                       incrementalFull: intoFull, incrementalEmpty: intoEmpty, replace: replace,
                       databaseBytes: DatabaseFiles.size(full), version: startup.version, releases: startup.releases, notes: notes)
    }

    private func sqliteNotes(_ count: Int??, found: Bool) -> [String] {
        guard found else { return ["sqlite3 not found on PATH: its reference is skipped."] }
        guard let count = count ?? nil, count == rows else { return ["sqlite3's `.import` table does not hold \(Format.grouped(rows)) rows."] }
        return []
    }

    private func duckdbTimes(data: DatasetSummary, tools: Toolbox, folder: WorkFolder, runner: Runner,
                             notes: inout [String]) throws -> DuckDB.Times? {
        guard let duckdb = tools.duckdb else {
            Log.note("DuckDB not found (no `duckdb` on PATH, no Python module `duckdb`): skipped")
            notes.append("DuckDB not installed (no `duckdb` CLI on PATH, no `duckdb` module for python3): its reference is skipped.")
            return nil
        }
        let queries = FlatQueries.all(period: data.shape.lastPeriod, probe: data.probeCommodity)
        do {
            return try duckdb.measure(csv: data.codesPath, queries: queries, folder: folder, runner: runner, runs: runs, queryRuns: queryRuns)
        } catch {
            Log.note("DuckDB failed, its reference is skipped: \(error)")
            notes.append("DuckDB is installed but failed, so its reference is skipped: \(error)")
            return nil
        }
    }
}
