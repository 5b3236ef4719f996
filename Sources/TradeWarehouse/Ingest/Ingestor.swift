import Foundation

/// How `ingest` treats the files it is given.
public struct IngestOptions: Sendable {
    /// The input format; `.auto` picks by extension, then by content.
    public var format: IngestFormat = .auto
    /// Validate and report, then roll back: nothing is written.
    public var dryRun = false
    /// Ingest even a file already ingested, and retire earlier releases of the same file.
    public var replace = false

    public init(format: IngestFormat = .auto, dryRun: Bool = false, replace: Bool = false) {
        self.format = format
        self.dryRun = dryRun
        self.replace = replace
    }
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
    }

    public let path: String
    public let outcome: Outcome
    /// Figures the file holds (stored, or that would be stored).
    public let rowsAdded: Int
    /// Of those, how many replace a current figure of an earlier release.
    public let rowsSuperseded: Int
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
        let format = try IngestFormat.detect(for: source, requested: options.format)
        let sha256 = try source.sha256()
        if !options.replace, let existing = try ReleaseWriter.release(withSHA256: sha256, in: store.db) {
            return IngestReport(path: source.path, outcome: .skipped(existingReleaseID: existing), rowsAdded: 0, rowsSuperseded: 0)
        }
        do {
            return try store.db.transaction {
                let report = try load(source, format: format, sha256: sha256, options: options)
                if options.dryRun { throw DryRunFinished(report: report) }
                return report
            }
        } catch let finished as DryRunFinished {
            return finished.report
        }
    }

    /// Reads, checks and writes the file inside the caller's transaction.
    private func load(_ source: InputSource, format: IngestFormat, sha256: String, options: IngestOptions) throws -> IngestReport {
        let writer = try ReleaseWriter(db: store.db)
        let release = try writer.createRelease(path: source.path, sha256: sha256, format: format.rawValue)
        let normalizer = FactNormalizer(reference: reference, writer: writer)
        var errors: [RowError] = [], errorCount = 0, rows = 0
        let note = try read(source, format: format) { record in
            switch try normalizer.normalize(record) {
            case .success(let row):
                if let firstLine = try writer.insert(row, release: release) {
                    errorCount += 1
                    errors.append(RowError(line: row.line, field: nil,
                        message: "the same period, flow, partner, commodity and sector as line \(firstLine)"))
                } else {
                    rows += 1
                }
            case .failure(let rowErrors):
                errorCount += rowErrors.errors.count
                errors += rowErrors.errors
            }
        }
        guard errors.isEmpty else {
            let shown = Array(errors.prefix(IngestError.rowErrorLimit))
            throw IngestError.rows(file: source.path, errors: shown, more: errorCount - shown.count)
        }
        if rows == 0 { throw IngestError.empty(file: source.path) }
        try writer.setSource(note, release: release)
        let superseded = try writer.finish(release: release, rowCount: rows, sha256: sha256,
                                           path: source.path, replacing: options.replace)
        return IngestReport(path: source.path, outcome: options.dryRun ? .checked : .ingested(releaseID: release),
                            rowsAdded: rows, rowsSuperseded: superseded)
    }

    private func read(_ source: InputSource, format: IngestFormat, _ body: (FieldRecord) throws -> Void) throws -> String? {
        switch format {
        case .csv: return try DelimitedReader(delimiter: UInt8(ascii: ",")).read(source, body)
        case .tsv: return try DelimitedReader(delimiter: UInt8(ascii: "\t")).read(source, body)
        case .json: return try JSONReader().readDocument(source, body)
        case .ndjson: return try JSONReader().readLines(source, body)
        case .auto: throw IngestError.unsupported(file: source.path)
        }
    }

    /// The files `paths` name: files as given, folders expanded to the supported files in them,
    /// sorted by name. Also returns the files in those folders that were passed over.
    public static func expand(_ paths: [String]) throws -> (files: [String], passedOver: [String]) {
        var files: [String] = [], passedOver: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
            for name in names {
                let file = (path as NSString).appendingPathComponent(name)
                if IngestFormat.byExtension(name) != nil { files.append(file) } else { passedOver.append(file) }
            }
        }
        return (files, passedOver)
    }
}

/// Unwinds a dry run's transaction after a successful check, carrying its report out.
private struct DryRunFinished: Error {
    let report: IngestReport
}
