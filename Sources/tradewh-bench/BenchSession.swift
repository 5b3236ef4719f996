import Foundation

/// One benchmark run from start to end: find the tools, generate the data, measure, report.
struct BenchSession {
    let kind: DatasetKind
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
        let data = try DatasetWriter(kind: kind, shape: DatasetShape(rows: rows), spellings: spellings).write(into: folder.data)
        let elapsed = start.duration(to: .now).components
        Log.note("generated \(Format.grouped(rows)) rows in \(Format.duration(Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)) into \(folder.data)")
        guard rows > Self.millionRows else { return (data, nil) }
        let million = folder.data + "/codes-1m.csv"
        try DatasetWriter(kind: kind, shape: DatasetShape(rows: Self.millionRows), spellings: spellings).writeCodes(to: million)
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
        let namesLoad = data.namesPath.map { [measures.freshIngest("ingest names", file: $0, into: namesDatabase)] } ?? []
        let loads = try runner.samples(interleaving: [measures.freshIngest("ingest codes", file: data.codesPath, into: full)] + namesLoad
                                           + (sqliteReference.map { [$0.importCSV(data.codesPath)] } ?? []), runs: runs)
        let codes = loads[0], names = namesLoad.isEmpty ? nil : loads[1]
        try measures.keepLastRun(of: namesDatabase, at: nil)
        let sqlite = try sqliteReference.map { reference in
            let table = try reference.importedTable()
            return (sample: loads[namesLoad.count + 1], bytes: table.bytes, rows: table.rows)
        }
        if let count = try measures.factCount(database: full), count != rows {
            notes.append("the codes database holds \(Format.grouped(count)) facts, not \(Format.grouped(rows)).")
        }
        notes += sqliteNotes(sqlite?.rows, found: sqlite != nil)
        let questions = BenchQuery.all(for: kind, period: data.shape.lastPeriod, probe: data.probeCommodity)
        try measures.answer(questions, database: full)
        let duck = try duckdbTimes(data: data, questions: questions, tools: tools, folder: folder, runner: runner, notes: &notes)
        let agreements = try duck.map { _ in try compare(questions, folder: folder) } ?? [:]
        var queries = try measures.queries(questions, database: full)
        for index in queries.indices { queries[index].agreement = agreements[queries[index].name] }
        notes += queries.filter { $0.rows == 0 }.map { "\($0.title) printed no rows." }
        notes += queries.compactMap { query in
            guard case let .differs(how) = query.agreement else { return nil }
            return "\(query.title): tradewh's figures differ from DuckDB's: \(how)."
        }
        let export = try ExportMeasure.take(tradewh: tools.tradewh, sqlite3: tools.sqlite3, database: full, folder: folder,
                                            runner: runner, runs: runs, keep: keep)
        if case let .differs(how) = export.agreement { notes.append("`export facts` and sqlite3's CSV differ: \(how).") }
        let intoFull = try measures.ingest("month into full db", file: data.monthPath, intoCopyOf: full, keep: withMonth)
        let intoEmpty = try measures.ingest("month into empty db", file: data.monthPath, intoCopyOf: empty)
        let replace = try measures.ingest("month --replace", file: data.monthPath, intoCopyOf: withMonth, extra: ["--replace"])
        let startup = try measures.startup(empty: empty)
        return Results(ingestCodes: codes, ingestNames: names, sqliteImport: sqlite, duckdb: duck, queries: queries, export: export,
                       incrementalFull: intoFull, incrementalEmpty: intoEmpty, replace: replace,
                       databaseBytes: DatabaseFiles.size(full), version: startup.version, releases: startup.releases, notes: notes)
    }

    private func sqliteNotes(_ count: Int??, found: Bool) -> [String] {
        guard found else { return ["sqlite3 not found on PATH: its reference is skipped."] }
        guard let count = count ?? nil, count == rows else { return ["sqlite3's `.import` table does not hold \(Format.grouped(rows)) rows."] }
        return []
    }

    /// Each compared query's answers from tradewh and DuckDB, figure by figure.
    private func compare(_ questions: [BenchQuery], folder: WorkFolder) throws -> [String: FigureCheck.Outcome] {
        var outcomes: [String: FigureCheck.Outcome] = [:]
        for query in questions where query.isCompared {
            outcomes[query.name] = try FigureCheck(query: query).compare(tradewh: folder.answer(of: "tradewh", query.name),
                                                                         duckdb: folder.answer(of: "duckdb", query.name))
        }
        return outcomes
    }

    private func duckdbTimes(data: DatasetSummary, questions: [BenchQuery], tools: Toolbox, folder: WorkFolder, runner: Runner,
                             notes: inout [String]) throws -> DuckDB.Times? {
        guard let duckdb = tools.duckdb else {
            Log.note("DuckDB not found (no `duckdb` on PATH, no Python module `duckdb`): skipped")
            notes.append("DuckDB not installed (no `duckdb` CLI on PATH, no `duckdb` module for python3): its reference is skipped.")
            return nil
        }
        let queries = questions.map { (name: $0.name, sql: $0.flatSQL) }
        do {
            return try duckdb.measure(csv: data.codesPath, queries: queries, folder: folder, runner: runner, runs: runs, queryRuns: queryRuns)
        } catch {
            Log.note("DuckDB failed, its reference is skipped: \(error)")
            notes.append("DuckDB is installed but failed, so its reference is skipped: \(error)")
            return nil
        }
    }
}
