import Foundation

/// The Markdown report: machine, results table, dataset and method.
struct Report {
    let results: Results
    let data: DatasetSummary
    let machine: MachineInfo
    let runs: Int
    let queryRuns: Int
    /// The command that produced it, as typed.
    let command: String
    let tradewhPath: String

    /// The complete document; the same text is printed and, with `--out`, written.
    var markdown: String {
        (["# tradewh benchmarks", "", introduction, "", "    " + command, "", "## Machine", ""] + machineLines
            + ["", "## Results", "", table(rows), "", legend, "", "## Dataset", ""] + datasetLines
            + ["", "## Method", ""] + methodLines + noteLines).joined(separator: "\n") + "\n"
    }

    private var introduction: String {
        """
        Produced by `tradewh-bench` (Sources/tradewh-bench), which generates a deterministic synthetic \
        dataset of \(Format.grouped(data.shape.rows)) Vietnam-shaped trade rows \
        (\(data.kind == .lines ? "HS lines only, with quantities" : "HS lines with total rows")) and times the `tradewh` \
        binary as whole processes, as a user runs it, against sqlite3's own CSV import\
        \(results.duckdb == nil ? "" : " and DuckDB"). Command:
        """
    }

    private var machineLines: [String] {
        let build = tradewhPath.contains("/debug/") ? "debug build (numbers not representative)" : "release build"
        return [
            "- N: \(Format.grouped(data.shape.rows)) rows; median of \(runs) timed run\(runs == 1 ? "" : "s") per load "
                + "(ingest, import) and of \(queryRuns) per query and start-up measure",
            "- processors (nproc): \(machine.processors); `uname -m`: \(machine.architecture)" + (machine.cpuModel.map { "; CPU: \($0)" } ?? ""),
            "- sqlite3: \(machine.sqliteVersion ?? "not found"); DuckDB: \(machine.duckdbVersion ?? "not installed (skipped)")",
            "- tradewh \(machine.tradewhVersion), \(build)",
            "- date: \(ISO8601DateFormatter().string(from: machine.date))",
        ]
    }

    private var legend: String {
        """
        ratio = tradewh ÷ reference: for rates higher is better; for times and sizes lower is better. \
        "met?" is "—" where there is no target or its reference was not measured.
        """
    }

    private func table(_ rows: [ReportRow]) -> String {
        let header = ["measure", "tradewh", "reference", "ratio", "target", "met?"]
        let lines = [header, ["---", "---:", "---:", "---:", "---", "---"]] + rows.map(\.cells)
        return lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }

    var rows: [ReportRow] {
        ingestRows + memoryRows + queryRows + exportRows + incrementalRows + footprintRows
    }
}

extension Report {
    private var sqliteRate: Double? {
        results.sqliteImport.map { Double(data.shape.rows) / $0.sample.seconds }
    }

    private var sqliteReference: String {
        results.sqliteImport.map { "sqlite3 `.import`, codes: " + Format.rate(rows: data.shape.rows, seconds: $0.sample.seconds) }
            ?? "— (sqlite3 not found)"
    }

    var ingestRows: [ReportRow] {
        let rows = data.shape.rows
        let loads = [(results.ingestCodes, "codes")] + (results.ingestNames.map { [($0, "names")] } ?? [])
        var result = loads.map { sample, kind in
            ReportRow(measure: "ingest, \(kind) file (fresh db)",
                      tradewh: Format.rate(rows: rows, seconds: sample.seconds) + " (\(Format.duration(sample.seconds)); peak RSS \(Self.peak(of: sample)))",
                      reference: sqliteReference, ratio: sqliteRate.map { Double(rows) / sample.seconds / $0 },
                      target: .ratioAtLeast(kind == "codes" ? 0.7 : 0.5))
        }
        if let duck = results.duckdb {
            result.append(ReportRow(measure: "CSV load, codes file, vs DuckDB `read_csv`",
                                    tradewh: Format.rate(rows: rows, seconds: results.ingestCodes.seconds),
                                    reference: Format.rate(rows: rows, seconds: duck.load), ratio: duck.load / results.ingestCodes.seconds, target: nil))
        }
        return result
    }

    /// Peak RSS of the codes file's ingest: under 40 MB, and within 20% of a 1,000,000-row file's.
    var memoryRows: [ReportRow] {
        let peak = results.ingestCodes.peakRSSMegabytes
        return [
            ReportRow(measure: "peak RSS, ingest of the codes file", tradewh: Self.peak(of: results.ingestCodes),
                      reference: "—", ratio: nil, target: .megabytesAtMost(40), megabytes: peak),
            ReportRow(measure: "peak RSS, \(Format.grouped(data.shape.rows)) rows against 1,000,000",
                      tradewh: Self.peak(of: results.ingestCodes),
                      reference: results.ingestMillion.map { "1,000,000-row codes file: " + Self.peak(of: $0) }
                          ?? "— (N is not above 1,000,000)",
                      ratio: results.ingestMillion.map { peak / $0.peakRSSMegabytes }, target: .ratioAtMost(1.2)),
        ]
    }

    /// A sample's peak RSS; "≤" when Linux reported the benchmark's own peak in its place.
    static func peak(of sample: Sample) -> String {
        (sample.peakIsTheChilds ? "" : "≤ ") + Format.kibibytesAsMegabytes(sample.peakRSSKiB)
    }

    var queryRows: [ReportRow] {
        results.queries.map { query in
            let reference = results.duckdb.flatMap { $0.queries[query.name] }
            return ReportRow(measure: query.title,
                             tradewh: Format.duration(query.sample.seconds) + " (\(Format.count(query.rows, "row")))",
                             reference: reference.map { "DuckDB: " + Format.duration($0) + Self.agreementText(query.agreement) }
                                 ?? "— (no DuckDB)",
                             ratio: reference.map { query.sample.seconds / $0 },
                             target: query.query.target, milliseconds: query.sample.milliseconds,
                             figuresDiffer: query.agreement.map { !$0.isIdentical } ?? false)
        }
    }

    /// "; same figures (N rows)" or "; figures differ (see Notes)" after DuckDB's time.
    static func agreementText(_ agreement: FigureCheck.Outcome?) -> String {
        switch agreement {
        case nil: return ""
        case let .identical(rows): return "; same figures (\(Format.count(rows, "row")))"
        case .differs: return "; **figures differ** (see Notes)"
        }
    }

    /// `export facts` of every figure against sqlite3's CSV of the same statement (target: as fast),
    /// and its peak RSS: it streams, so it holds no more than a listing of 2,000,000 rows may
    /// (issue 24: ≤ 80 MB).
    var exportRows: [ReportRow] {
        let export = results.export
        let reference = export.sqlite3.map { sample in
            "sqlite3 `-csv` of the same SELECT: \(Format.duration(sample.seconds)) (peak RSS \(Self.peak(of: sample)))"
                + Self.agreementText(export.agreement)
        }
        return [
            ReportRow(measure: "`export facts --format csv --out FILE` (\(Format.count(export.rows, "row")))",
                      tradewh: Format.duration(export.tradewh.seconds) + " (peak RSS \(Self.peak(of: export.tradewh)))",
                      reference: reference ?? "— (sqlite3 not found)", ratio: export.sqlite3.map { export.tradewh.seconds / $0.seconds },
                      target: .ratioAtMost(1), figuresDiffer: export.agreement.map { !$0.isIdentical } ?? false),
            ReportRow(measure: "peak RSS, `export facts` of \(Format.count(export.rows, "row"))", tradewh: Self.peak(of: export.tradewh),
                      reference: export.sqlite3.map { "sqlite3 `-csv`: " + Self.peak(of: $0) } ?? "—", ratio: nil,
                      target: .megabytesAtMost(80), megabytes: export.tradewh.peakRSSMegabytes),
        ]
    }

    var incrementalRows: [ReportRow] {
        let month = Format.grouped(data.shape.incrementalRows)
        return [
            ReportRow(measure: "incremental month (\(month) rows) into the full db",
                      tradewh: Format.duration(results.incrementalFull.seconds),
                      reference: "into an empty db: " + Format.duration(results.incrementalEmpty.seconds),
                      ratio: results.incrementalFull.seconds / results.incrementalEmpty.seconds, target: .ratioAtMost(1.3)),
            // (Against the month's load into an empty warehouse, the stricter of the two readings of
            // "likewise" in the target; its first load into the full one is shown beside it.)
            ReportRow(measure: "`ingest --replace` of that month in the full db",
                      tradewh: Format.duration(results.replace.seconds) + " (its first load: \(Format.duration(results.incrementalFull.seconds)))",
                      reference: "into an empty db: " + Format.duration(results.incrementalEmpty.seconds),
                      ratio: results.replace.seconds / results.incrementalEmpty.seconds, target: .ratioAtMost(1.3)),
        ]
    }

    var footprintRows: [ReportRow] {
        let sqliteBytes = results.sqliteImport.map(\.bytes)
        return [
            ReportRow(measure: "database size after the codes file", tradewh: Format.megabytes(results.databaseBytes),
                      reference: sqliteBytes.map { "sqlite3 `.import` db: " + Format.megabytes($0) } ?? "— (sqlite3 not found)",
                      ratio: sqliteBytes.map { Double(results.databaseBytes) / Double(max($0, 1)) }, target: .ratioAtMost(0.8)),
            ReportRow(measure: "`tradewh --version`", tradewh: Format.duration(results.version.seconds), reference: "—",
                      ratio: nil, target: .millisecondsAtMost(10), milliseconds: results.version.milliseconds),
            ReportRow(measure: "`tradewh releases` on an empty db", tradewh: Format.duration(results.releases.seconds), reference: "—",
                      ratio: nil, target: .millisecondsAtMost(10), milliseconds: results.releases.milliseconds),
        ]
    }
}
