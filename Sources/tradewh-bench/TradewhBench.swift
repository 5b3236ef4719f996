import ArgumentParser
import Foundation

/// The `tradewh-bench` command: benchmarks the built `tradewh` binary as whole processes on a
/// generated dataset and prints a Markdown report.
@main
struct TradewhBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tradewh-bench",
        abstract: "Benchmark the built tradewh binary, as a user runs it, on a synthetic dataset of N rows.",
        discussion: """
            Generates, in a work folder, a deterministic Vietnam-shaped dataset (same N, same bytes): a \
            long-form CSV with codes (period,flow,partner,commodity,value_usd; months from 2015-01, \
            export/import, 120 partners weighted CN, US, KR, JP, ... plus WORLD, about 5,000 8-digit HS \
            codes, TOTAL rows per partner, heavy-tailed whole-dollar values, no key twice), the same rows \
            with partners written as Vietnamese names (aliases, NFD, stray spaces; the names come from \
            `tradewh partners`), and an incremental month of 1% of N (at least 1,000) rows.

            Then times, as whole processes (wall clock: the median of --runs for loads, of --query-runs \
            for queries and start-up; peak RSS from wait4's ru_maxrss of that child): `tradewh ingest` \
            of each file into a new database against `sqlite3 -cmd '.mode csv' DB '.import FILE raw'`, \
            the three taking turns run by run (targets: codes ≥ 0.7×, names ≥ 0.5× sqlite3's rows/s); \
            peak RSS of the codes ingest (targets: ≤ 40 MB, and ≤ 1.2× that of a 1,000,000-row codes \
            file when N is larger); `tradewh query yoy --by partner`, `query balance`, `query yoy \
            --period P --by partner` and a point lookup (target ≤ 10 ms) on the codes database; the \
            incremental month into the full database and its `--replace`, each against the month into \
            an empty one (target ≤ 1.3×); `tradewh export facts --format csv --out FILE` of every figure \
            against `sqlite3 -csv -header DB "SELECT …" > FILE` given the same statement, taking turns, \
            the two files then compared figure by figure (target: as fast; peak RSS ≤ 80 MB); the database size vs sqlite3's (target ≤ 0.8×); `tradewh \
            --version` and `tradewh releases` on an empty database (target ≤ 10 ms). DuckDB, when its `duckdb` CLI is on PATH or python3 \
            can import the `duckdb` module, is a second reference (load and the same queries on a flat \
            table); sqlite3 or DuckDB missing is reported as skipped.

            With --dataset lines, the files hold HS lines only (8-digit code × partner × flow × month, no \
            TOTAL or WORLD rows, a quantity and unit on 4 lines in 5, as a customs office's detailed \
            extract), there is no names file, and the queries are `query yoy --by partner`, `query balance \
            --by partner`, `query top --period P --by commodity --level hs2`, `query yoy --period P \
            --commodity 85 --by partner` and the point lookup: each answer is compared with DuckDB's `GROUP \
            BY` on the flat table, figure by figure, before both are timed (target: faster than DuckDB).

            Prints a Markdown report (machine, N, a table measure | tradewh | reference | ratio | \
            target | met?, the dataset and the method) on standard output, progress on standard \
            error. Any failing command stops the run with its standard error shown (exit status 1). \
            The work folder is removed at the end unless --keep.

            The binary measured is `tradewh` in the same build folder as this executable, so build \
            every product first, in release mode, with the Swift runtime linked in (`tradewh \
            --version` then takes about 3.5 ms instead of 13):

            Example:
              swift build -c release --static-swift-stdlib && .build/release/tradewh-bench 1000000 --out BENCHMARKS.md
              .build/release/tradewh-bench 20000 --runs 1 --work /tmp/bench --keep
              .build/release/tradewh-bench 10000000 --dataset lines --out /tmp/lines.md
            """
    )

    @Argument(help: "Rows in the generated codes and names files (N), 1,000 to 50,000,000.")
    var rows: Int

    @Option(help: ArgumentHelp(
        "The dataset: totals (HS lines with TOTAL rows, and a names file) or lines (HS lines only, with quantities and units).",
        valueName: "kind"))
    var dataset: DatasetKind = .totals

    @Option(help: ArgumentHelp("Also write the report to this file, overwriting it, as a complete Markdown document.", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("The work folder for the files and databases; must be new or empty (default: a new folder in the temporary directory).", valueName: "dir"))
    var work: String?

    @Option(help: "Timed runs of each load (ingest, import); the report shows the median.")
    var runs = 3

    @Option(help: ArgumentHelp(
        "Timed runs of each query and start-up measure; the report shows the median. They take milliseconds, "
            + "where one slow run in three (a machine waking from idle) would move a median of three.",
        valueName: "n"))
    var queryRuns = 21

    @Flag(help: "Keep the work folder (its path is printed on standard error).")
    var keep = false

    @Option(help: ArgumentHelp("The tradewh binary to measure (default: tradewh beside this executable).", valueName: "path"))
    var tradewh: String?

    func validate() throws {
        guard (1_000...50_000_000).contains(rows) else { throw ValidationError("N must be between 1,000 and 50,000,000.") }
        guard (1...100).contains(runs) else { throw ValidationError("--runs must be between 1 and 100.") }
        guard (1...500).contains(queryRuns) else { throw ValidationError("--query-runs must be between 1 and 500.") }
    }

    func run() throws {
        let command = "swift build -c release --static-swift-stdlib && .build/release/tradewh-bench "
            + CommandLine.arguments.dropFirst().map(Subprocess.shellQuoted).joined(separator: " ")
        let session = BenchSession(kind: dataset, rows: rows, runs: runs, queryRuns: queryRuns, work: work, keep: keep, tradewhOverride: tradewh, command: command)
        let markdown = try session.run().markdown
        print(markdown, terminator: "")
        if let out {
            try markdown.write(toFile: out, atomically: true, encoding: .utf8)
            Log.note("report written to \(out)")
        }
    }
}
