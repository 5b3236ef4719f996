import Foundation

/// How `ingest` treats the files it is given.
public struct IngestOptions: Sendable {
    /// The input format; `.auto` picks by extension, then by content.
    public var format: IngestFormat = .auto
    /// Validate and report, then roll back: nothing is written.
    public var dryRun = false
    /// Ingest even a file already ingested, and retire earlier releases of the same file.
    public var replace = false
    /// For bulletins: the year of months named without one, when the text states none.
    public var year: Int?
    /// For bulletins: the day the text was published, which dates months written without a year.
    public var published: PublicationDate?
    /// For workbooks: the one sheet to read (default: every sheet).
    public var sheet: String?
    /// For CSV and TSV files: what separates fields (default: found from the header).
    public var delimiter: Delimiter?
    /// Called every few thousand figures with how far the file has got (for a progress bar).
    public var progress: (@Sendable (IngestProgress) -> Void)?

    public init(format: IngestFormat = .auto, dryRun: Bool = false, replace: Bool = false, year: Int? = nil,
                sheet: String? = nil) {
        self.format = format
        self.dryRun = dryRun
        self.replace = replace
        self.year = year
        self.sheet = sheet
    }
}

/// How far the ingest of one file has got.
public struct IngestProgress: Sendable, Equatable {
    /// Figures read so far.
    public let rows: Int
    /// Bytes of the file read so far, and its size (nil when unknown, as for a workbook's sheets).
    public let bytesRead: Int
    public let totalBytes: Int?
}

/// What became of one file.
public struct IngestReport: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// Stored as a new release.
        case ingested(releaseID: Int64)
        /// Validated only (`--dry-run`); nothing was written.
        case checked
        /// Already in the warehouse as this release (same SHA-256); nothing was written.
        case skipped(existingReleaseID: Int64)
        /// Only figures another warehouse derived (a partitioned export's `source` `derived`):
        /// nothing was written, this warehouse derives its own.
        case derivedOnly(count: Int)
    }

    public let path: String
    public let outcome: Outcome
    /// Figures the file holds (stored, or that would be stored).
    public let rowsAdded: Int
    /// Of those, how many replace a current figure of an earlier release.
    public let rowsSuperseded: Int
    /// What was passed over, and why (bulletins: figures that could not be placed; tables: rows
    /// and sheets that hold no partner's or commodity's figures).
    public var warnings: [IngestWarning] = []
    /// For customs tables: how each table was read (period, flow, unit, scale, every column's meaning).
    public var understood: [String] = []
    /// With `--replace`: the earlier releases of the same file that this one retired (nil without it).
    public var retired: [Int64]? = nil
}

/// Loads long-form release files into the warehouse, one transaction per file.
///
///     let ingestor = try Ingestor(store: store)
///     let report = try ingestor.ingest(InputSource(path: "Samples/2024-01-2-customs.json"))
public final class Ingestor {
    private let store: TradeStore
    private let reference: ReferenceData

    public init(store: TradeStore) throws {
        self.store = store
        self.reference = try ReferenceData.load(from: store.db)
    }

    /// Ingests one file. Throws `IngestError` with every bad row (up to a limit) if any row is bad;
    /// the warehouse is then unchanged.
    public func ingest(_ source: InputSource, options: IngestOptions = IngestOptions()) throws -> IngestReport {
        // The file as it is before anything of it is read: if it is not so when reading ends, it
        // changed meanwhile (a file still being written), and what was read is not the file.
        let fileBefore = source.fileIdentity
        let format = try IngestFormat.detect(for: source, requested: options.format, delimiter: options.delimiter)
        do {
            // Every id a figure refers to comes from a dimension row this ingest looked up or added
            // itself, so SQLite's checks of the six foreign keys of each row (a fifth of the time
            // of inserting a figure, measured on 200k rows) add nothing. The SHA-256 check runs
            // inside the write transaction, so two processes given the same file at once load it
            // once: the second waits for the first's commit, then sees it.
            // A large file loaded while no release stands (so no one has anything to read beside
            // it) goes through the rollback journal: see `Database.withRollbackJournal`.
            let firstLargeLoad = try (source.size ?? 0) >= ReleaseWriter.largeFileBytes && !ReleaseWriter.anyReleaseStands(in: store.db)
            return try store.db.withRollbackJournal(if: firstLargeLoad) { try store.db.withoutForeignKeyChecks { try store.db.transaction {
                let sha256 = try hashFirst(source, format: format, options: options)
                if !options.replace, let sha256, let existing = try ReleaseWriter.release(withSHA256: sha256, in: store.db) {
                    return IngestReport(path: source.path, outcome: .skipped(existingReleaseID: existing), rowsAdded: 0, rowsSuperseded: 0)
                }
                let report = try load(source, file: fileBefore, format: format, sha256: sha256, options: options)
                if options.dryRun { throw NothingWritten(report: report) }
                return report
            } } }
        } catch let finished as NothingWritten {
            return finished.report
        }
    }

    /// The file's SHA-256, read in a pass of its own, when it must be known before the file is read:
    /// to skip a file already ingested, or for the formats whose readers do not read the file once
    /// from start to end. Otherwise (a CSV or TSV file with `--replace` or in a warehouse with no
    /// release standing, which no file can repeat) nil: it is hashed as it is read.
    private func hashFirst(_ source: InputSource, format: IngestFormat, options: IngestOptions) throws -> String? {
        guard format == .csv || format == .tsv else { return try source.sha256() }
        if options.replace { return nil }
        return try ReleaseWriter.anyReleaseStands(in: store.db) ? source.sha256() : nil
    }

    /// Reads, checks and writes the file inside the caller's transaction; `sha256` nil: hashes it
    /// as it reads it.
    private func load(_ unmetered: InputSource, file: FileIdentity?, format: IngestFormat, sha256 known: String?,
                      options: IngestOptions) throws -> IngestReport {
        let meter = ByteMeter(), digest = FileDigest()
        let source = unmetered.metered(by: meter).digested(by: known == nil ? digest : nil), totalBytes = format == .xlsx ? nil : source.size
        let writer = try ReleaseWriter(db: store.db, expectedBytes: totalBytes)
        defer { writer.figures.discardQueued() }  // when reading stops on an error: no thread left writing
        let release = try writer.createRelease(path: source.path, sha256: known ?? ReleaseWriter.shaNotYetKnown, format: format.rawValue,
                                               file: file)
        let sink = IngestSink(reference: reference, writer: writer, release: release, progress: options.progress,
                              meter: meter, totalBytes: totalBytes)
        sink.published = options.published
        try reader(for: format, of: source, options: options).read(source, into: sink)
        try writer.figures.flush(release: release)
        try Self.refuseIfChanged(source, since: file)
        if writer.figures.duplicateCount > 0 { sink.failDuplicates(writer.figures.duplicates, count: writer.figures.duplicateCount) }
        let note: String? = sink.notes.isEmpty ? nil : sink.notes.joined(separator: "\n")
        guard sink.errors.isEmpty else {
            let shown = Array(sink.errors.prefix(IngestError.rowErrorLimit))
            throw IngestError.rows(file: source.path, errors: shown, more: sink.errorCount - shown.count)
        }
        if sink.rows == 0, sink.derivedPassedOver > 0 {
            throw NothingWritten(report: IngestReport(path: source.path, outcome: .derivedOnly(count: sink.derivedPassedOver),
                                                      rowsAdded: 0, rowsSuperseded: 0))
        }
        if sink.rows == 0 {
            throw format == .text ? IngestError.noFiguresInText(file: source.path, unplaced: sink.warnings.count)
                : IngestError.empty(file: source.path)
        }
        try writer.setSource(note, release: release)
        try writer.setPublished(sink.published, release: release)
        let sha256 = try known ?? writer.setSHA256(digest.finalizeHex(), release: release)
        let (superseded, retired) = try Self.namingOverflow(in: source.path, release: release, db: self.store.db) {
            try writer.finish(release: release, rowCount: sink.rows, sha256: sha256, file: file,
                              path: source.path, replacing: options.replace)
        }
        return IngestReport(path: source.path, outcome: options.dryRun ? .checked : .ingested(releaseID: release),
                            rowsAdded: sink.rows, rowsSuperseded: superseded, warnings: sink.warnings,
                            understood: sink.understood, retired: options.replace ? retired : nil)
    }

    /// The reader of a format: the one place a format's reader is chosen.
    private func reader(for format: IngestFormat, of source: InputSource, options: IngestOptions) throws -> any FactReader {
        switch format {
        case .csv, .tsv:
            let byFormat = Delimiter.byDefault(for: format)
            let delimiter = try options.delimiter ?? Delimiter.ofLongFormHeader(source.prefix(16_384), preferred: byFormat) ?? byFormat
            return DelimitedReader(delimiter: delimiter.byte)
        case .json, .ndjson: return JSONReader(perLine: format == .ndjson)
        case .table, .xlsx:
            return CustomsTableFile(reference: reference, isWorkbook: format == .xlsx, sheet: options.sheet, delimiter: options.delimiter)
        case .text: return BulletinReader(reference: reference, year: options.year, published: options.published)
        case .auto: throw IngestError.unsupported(file: source.path)
        }
    }

    /// Refuses a file that is not as it was before it was read (size or modification time): one still
    /// being written may have been read up to half a line, whose figure would be stored cut short.
    private static func refuseIfChanged(_ source: InputSource, since before: FileIdentity?) throws {
        guard let before else { return }
        let after = FileIdentity.of(path: source.path)
        guard after != before else { return }
        let change = after.map { $0.size != before.size ? "its size went from \(before.size) to \($0.size) bytes" : "it was modified" }
            ?? "it is gone"
        throw IngestError.malformed(file: source.path, message: "the file changed while it was read (\(change)); nothing was "
            + "ingested: load it again once it is complete")
    }

    /// Runs `body`, turning SQLite's bare "integer overflow" (a derived sum past Int64) into a row
    /// error naming the figure that caused it (`SumOverflow`).
    private static func namingOverflow<T>(in file: String, release: Int64, db: Database, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error where SumOverflow.isOverflow(error) {
            guard let figure = try SumOverflow.figure(of: release, in: db) else { throw error }
            throw IngestError.rows(file: file, errors: [RowError(
                line: figure.line, field: FactColumn.valueUSD.rawValue,
                message: "\(figure.value) takes a sum of figures (a span, quarter, year or group, with this file's other figures "
                    + "or the warehouse's) past \(Int64.max), the largest whole number it can hold")], more: 0)
        }
    }

    /// The files `paths` name: files as given, folders expanded to the supported files in them
    /// (and in the `period=...` partitions of a partitioned export), sorted by name. Also returns the
    /// files in those folders that were passed over. A folder holding no file to read is an error
    /// (`IngestError.malformed`): nothing would be ingested from it.
    public static func expand(_ paths: [String]) throws -> (files: [String], passedOver: [String]) {
        var files: [String] = [], passedOver: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") }.sorted()  // hidden files, Excel's lock files
            let filesBefore = files.count
            // A partitioned export (`period=2024-01/facts.csv`): its partitions' files are read, its
            // `_schema.json` (metadata, as `_` marks it for Hive and Spark) is not.
            let partitions = names.filter { isPartition((path as NSString).appendingPathComponent($0)) }
            for name in names {
                let file = (path as NSString).appendingPathComponent(name)
                if partitions.contains(name) {
                    for inner in try FileManager.default.contentsOfDirectory(atPath: file).sorted() where !inner.hasPrefix(".") {
                        let innerFile = (file as NSString).appendingPathComponent(inner)
                        if IngestFormat.byExtension(inner) != nil { files.append(innerFile) } else { passedOver.append(innerFile) }
                    }
                } else if IngestFormat.byExtension(name) != nil, !(name.hasPrefix("_") && !partitions.isEmpty) {
                    files.append(file)
                } else {
                    passedOver.append(file)
                }
            }
            if files.count == filesBefore {
                throw IngestError.malformed(file: path, message: "a folder with no file ingest reads in it "
                    + "(.csv, .tsv, .json, .ndjson, .xlsx, .txt, .md); nothing was ingested")
            }
        }
        return (files, passedOver)
    }
}

/// A folder of a partitioned export: `period=VALUE`.
private func isPartition(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return (path as NSString).lastPathComponent.hasPrefix(DelimitedReader.partitionPrefix)
        && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
}

/// Unwinds the transaction of a load that writes nothing (a dry run after a successful check; a
/// file of derived figures only), carrying its report out.
private struct NothingWritten: Error {
    let report: IngestReport
}
