import Foundation

/// Writes the current figures as Hive-style partitions, one CSV per period
/// (`DIR/period=2024-01/facts.csv`, optionally gzip), for engines that read such folders directly:
///
///     SELECT * FROM read_csv('DIR/*/*.csv', hive_partitioning = true);   -- DuckDB
///
/// Every file has the same header (codes, no names; the period is in the folder's name, its kind,
/// first and last day in the last three columns), and `_schema.json` beside them gives every
/// column's type (`PartitionSchema`). Only months are written unless `allPeriods`: quarters, years,
/// half-months and running totals overlap the months, and summing them would count figures twice;
/// `allPeriods` also writes the figures the warehouse derived, marked `derived` in column `source`
/// (ingest passes them over when it reads the folder back, and derives its own). The
/// folder is built under a temporary name beside `directory` and renamed into place when complete,
/// so a failed export leaves nothing behind.
public enum PartitionedExport {
    /// What was written.
    public struct Summary: Sendable, Equatable {
        public let partitions: Int
        public let rows: Int
        /// Periods with figures that were not written: not months, without `allPeriods`.
        public var periodsLeftOut = 0
    }

    /// The filters of an export (nil: all).
    public struct Filters: Sendable {
        public var flow: Flow?, partner: String?, commodity: String?
        public init(flow: Flow? = nil, partner: String? = nil, commodity: String? = nil) {
            self.flow = flow
            self.partner = partner
            self.commodity = commodity
        }
    }

    /// Writes every period's figures under `directory`, which must not exist yet, all read in one
    /// read transaction: the files are one snapshot of the warehouse, whatever an ingest commits
    /// meanwhile. `directory` may end with `/`.
    /// `allPeriods`: every period, not only months.
    public static func write(_ db: Database, to directory: String, filters: Filters = Filters(), gzip: Bool = false,
                             allPeriods: Bool = false) throws -> Summary {
        try write(db, to: directory, filters: filters, gzip: gzip, allPeriods: allPeriods, afterEachPartition: {})
    }

    /// `write`, calling `afterEachPartition` once each period's file is written (for tests: a
    /// writer committing in the middle of the export).
    static func write(_ db: Database, to directory: String, filters: Filters, gzip: Bool, allPeriods: Bool = false,
                      afterEachPartition: () throws -> Void) throws -> Summary {
        let directory = withoutTrailingSlashes(directory)
        guard !FileManager.default.fileExists(atPath: directory) else { throw ExportError.exists(path: directory) }
        removeAbandonedStaging(of: directory)
        let staging = directory + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
            let summary = try db.readTransaction {
                try writePartitions(db, into: staging, filters: filters, gzip: gzip, allPeriods: allPeriods,
                                    afterEach: afterEachPartition)
            }
            try FileManager.default.moveItem(atPath: staging, toPath: directory)
            return summary
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            if error is ExportError || error is StoreError { throw error }
            throw ExportError.cannotWrite(path: directory, reason: error.localizedDescription)
        }
    }

    /// `path` without the slashes that end it (`out/` is the folder `out`; `/` stays `/`).
    static func withoutTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }

    /// Removes the staging folders of earlier exports to `directory` whose process is gone (killed
    /// before it could clean up: `DIR.partial-PID`).
    private static func removeAbandonedStaging(of directory: String) {
        let folder = (directory as NSString).deletingLastPathComponent, name = (directory as NSString).lastPathComponent
        let prefix = name + ".partial-"
        guard let siblings = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        for sibling in siblings where sibling.hasPrefix(prefix) {
            guard let pid = Int32(sibling.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(sibling))
        }
    }

    private static func writePartitions(_ db: Database, into folder: String, filters: Filters, gzip: Bool, allPeriods: Bool,
                                        afterEach: () throws -> Void) throws -> Summary {
        var rows = 0
        let all = try FactExport.periods(db, flow: filters.flow, partner: filters.partner, commodity: filters.commodity,
                                         withDerived: allPeriods)
        let periods = allPeriods ? all : all.filter { $0.kind == .month }
        try Data(PartitionSchema.json.utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(PartitionSchema.fileName)))
        for period in periods {
            let table = withPeriodColumns(period, try FactExport.partition(db, period: period, flow: filters.flow,
                                                                            partner: filters.partner, commodity: filters.commodity,
                                                                            withDerived: allPeriods))
            let partition = (folder as NSString).appendingPathComponent("period=\(period.code)")
            try FileManager.default.createDirectory(atPath: partition, withIntermediateDirectories: false)
            let csv = Data(TableRenderer.render(table, as: .csv).utf8)
            let file = (partition as NSString).appendingPathComponent(gzip ? "facts.csv.gz" : "facts.csv")
            try (gzip ? Gzip.compress(csv) : csv).write(to: URL(fileURLWithPath: file))
            rows += table.rows.count
            try afterEach()
        }
        return Summary(partitions: periods.count, rows: rows, periodsLeftOut: all.count - periods.count)
    }

    /// `table` with the period's kind, first day and last day after its columns.
    static func withPeriodColumns(_ period: Period, _ table: ResultTable) -> ResultTable {
        let extra: [CellValue] = [.text(period.kind.rawValue), .text(day(half: period.firstHalf, end: false)),
                                  .text(day(half: period.lastHalf, end: true))]
        return ResultTable(columns: table.columns + ["period_kind", "period_start", "period_end"],
                           rows: table.rows.map { $0 + extra })
    }

    /// The first (or, `end`, last) day of half-month `half`, as YYYY-MM-DD.
    static func day(half: Int, end: Bool) -> String {
        let year = half / 24, month = (half / 2) % 12 + 1, second = half % 2 == 1
        let day = end ? (second ? CalendarDate.daysIn(month: month, year: year) : 15) : (second ? 16 : 1)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
