/// Everything one benchmark run measured, before it is written up.
struct Results {
    var ingestCodes: Sample
    /// The names file's ingest; nil for a dataset without one.
    var ingestNames: Sample?
    /// The ingest of a 1,000,000-row codes file, when N is larger: the memory target's comparison.
    var ingestMillion: Sample? = nil
    var sqliteImport: (sample: Sample, bytes: Int, rows: Int?)?
    var duckdb: DuckDB.Times?
    var queries: [QueryMeasure]
    /// `export facts` of every figure against sqlite3's CSV of the same statement.
    var export: ExportMeasure
    var incrementalFull: Sample
    var incrementalEmpty: Sample
    var replace: Sample
    var databaseBytes: Int
    var version: Sample
    var releases: Sample
    /// Things the reader should know: tools skipped, checks that failed.
    var notes: [String]
}

/// A target a measure should meet.
enum Target {
    case ratioAtLeast(Double)
    case ratioAtMost(Double)
    /// Faster than the reference, for times: the ratio under this.
    case ratioBelow(Double)
    case millisecondsAtMost(Double)
    case megabytesAtMost(Double)

    var text: String {
        switch self {
        case let .ratioAtLeast(value): return "ratio ≥ \(Format.ratio(value))"
        case let .ratioAtMost(value): return "ratio ≤ \(Format.ratio(value))"
        case let .ratioBelow(value): return "ratio < \(Format.ratio(value))"
        case let .millisecondsAtMost(value): return "≤ \(Int(value)) ms"
        case let .megabytesAtMost(value): return "≤ \(Int(value)) MB"
        }
    }

    /// Whether it is met; nil when the number it needs was not measured.
    func met(ratio: Double?, milliseconds: Double?, megabytes: Double?) -> Bool? {
        switch self {
        case let .ratioAtLeast(value): return ratio.map { $0 >= value }
        case let .ratioAtMost(value): return ratio.map { $0 <= value }
        case let .ratioBelow(value): return ratio.map { $0 < value }
        case let .millisecondsAtMost(value): return milliseconds.map { $0 <= value }
        case let .megabytesAtMost(value): return megabytes.map { $0 <= value }
        }
    }
}

/// One row of the results table.
struct ReportRow {
    let measure: String
    let tradewh: String
    let reference: String
    let ratio: Double?
    let target: Target?
    var milliseconds: Double? = nil
    var megabytes: Double? = nil
    /// Set when the two answers' figures differ: the target is then not met, whatever the times.
    var figuresDiffer = false

    var cells: [String] {
        let met = figuresDiffer ? false : target?.met(ratio: ratio, milliseconds: milliseconds, megabytes: megabytes)
        return [measure, tradewh, reference, ratio.map(Format.ratio) ?? "—", target?.text ?? "—",
                met.map { $0 ? "yes" : "**no**" } ?? "—"]
    }
}
