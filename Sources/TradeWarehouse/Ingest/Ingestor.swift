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
    }

    public let path: String
    public let outcome: Outcome
    /// Figures the file holds (stored, or that would be stored).
    public let rowsAdded: Int
    /// Of those, how many replace a current figure of an earlier release.
    public let rowsSuperseded: Int
    /// What was passed over, and why (bulletins: figures that could not be placed; tables: rows
    /// and sheets that hold no partner's or commodity's figures).
    public var warnings: [String] = []
    /// For customs tables: how each table was read (period, flow, unit, scale, every column's meaning).
    public var understood: [String] = []
    /// With `--replace`: the earlier releases of the same file that this one retired (nil without it).
    public var retired: [Int64]? = nil
}

/// The tally of one file's rows as they are written.
private struct LoadedRows {
    var rows = 0
    var errors: [RowError] = []
    var errorCount = 0
    var warnings: [String] = []
    var notes: [String] = []
    var understood: [String] = []

    /// Counts every error, keeping the first `IngestError.rowErrorLimit` (rows come in file order),
    /// so that a file of millions of bad rows does not fill memory with messages nobody is shown.
    mutating func fail(_ rowErrors: [RowError]) {
        errorCount += rowErrors.count
        errors += rowErrors.prefix(max(0, IngestError.rowErrorLimit - errors.count))
    }

    /// Takes in the figures the writer found repeating a key (found in batches, so after the other
    /// errors of their lines): the errors shown are the first by line of both.
    mutating func failDuplicates(_ duplicates: [(line: Int, firstLine: Int)], count: Int) {
        rows -= count
        errorCount += count
        let repeated = duplicates.prefix(IngestError.rowErrorLimit).map { duplicate in
            RowError(line: duplicate.line, field: nil,
                     message: "the same period, flow, partner, commodity and sector as line \(duplicate.firstLine)")
        }
        // Sorted by line, keeping the order of a line's own errors.
        errors = (errors + repeated).enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .prefix(IngestError.rowErrorLimit).map(\.element)
    }
}

/// Line numbers of offsets (in Unicode scalars) of a text.
struct LineIndex {
    private let lineStarts: [Int]

    init(_ text: String) {
        var starts = [0]
        for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// The 1-based line holding `offset`.
    func line(at offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }
}

/// Loads long-form release files into the warehouse, one transaction per file.
///
///     let ingestor = try Ingestor(store: store)
///     let report = try ingestor.ingest(InputSource(path: "Samples/2024-01-2-customs.json"))
public final class Ingestor {
    private let store: TradeStore
    private let reference: ReferenceData
    /// Figures between two progress reports.
    static let progressInterval = 16_384

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
                if options.dryRun { throw DryRunFinished(report: report) }
                return report
            } } }
        } catch let finished as DryRunFinished {
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
        var loaded = LoadedRows(), published = options.published
        let normalizer = FactNormalizer(reference: reference, ids: writer.ids)
        let insert = { (row: FactRow, loaded: inout LoadedRows) throws in
            Self.report(loaded, progress: options.progress, bytes: meter.bytes, of: totalBytes)
            try writer.figures.add(row, release: release)
            loaded.rows += 1
        }
        let store = { (record: FieldRecord, loaded: inout LoadedRows) throws in
            switch try normalizer.normalize(record) {
            case .success(let row):
                try insert(row, &loaded)
            case .failure(let rowErrors):
                Self.report(loaded, progress: options.progress, bytes: meter.bytes, of: totalBytes)
                loaded.fail(rowErrors.errors)
            }
        }
        switch format {
        case .text:
            published = try loadBulletin(source, year: options.year, published: options.published, writer: writer, release: release,
                                         into: &loaded)
        case .table, .xlsx:
            try loadTables(source, format: format, options: options, into: &loaded, store: store)
        case .csv, .tsv:
            let fast = { (columns: [FactColumn?]) -> (RawRecord) throws -> Bool in
                let rows = LongFormRows(columns: columns, reference: self.reference, ids: writer.ids)
                return { record in
                    guard let row = try rows.figure(record) else { return false }
                    try insert(row, &loaded)
                    return true
                }
            }
            let byFormat = Delimiter.byDefault(for: format)
            let delimiter = try options.delimiter ?? Delimiter.ofLongFormHeader(source.prefix(16_384), preferred: byFormat) ?? byFormat
            let reader = DelimitedReader(delimiter: delimiter.byte)
            if let note = try reader.read(source, fast: fast, { try store($0, &loaded) }) { loaded.notes.append(note) }
        default:
            if let note = try read(source, format: format, { try store($0, &loaded) }) { loaded.notes.append(note) }
        }
        try writer.figures.flush(release: release)
        try Self.refuseIfChanged(source, since: file)
        if writer.figures.duplicateCount > 0 { loaded.failDuplicates(writer.figures.duplicates, count: writer.figures.duplicateCount) }
        let note: String? = loaded.notes.isEmpty ? nil : loaded.notes.joined(separator: "\n")
        guard loaded.errors.isEmpty else {
            let shown = Array(loaded.errors.prefix(IngestError.rowErrorLimit))
            throw IngestError.rows(file: source.path, errors: shown, more: loaded.errorCount - shown.count)
        }
        if loaded.rows == 0 {
            throw format == .text ? IngestError.noFiguresInText(file: source.path, unplaced: loaded.warnings.count)
                : IngestError.empty(file: source.path)
        }
        try writer.setSource(note, release: release)
        try writer.setPublished(published, release: release)
        let sha256 = try known ?? writer.setSHA256(digest.finalizeHex(), release: release)
        let (superseded, retired) = try Self.namingOverflow(in: source.path, release: release, db: self.store.db) {
            try writer.finish(release: release, rowCount: loaded.rows, sha256: sha256, file: file,
                              path: source.path, replacing: options.replace)
        }
        return IngestReport(path: source.path, outcome: options.dryRun ? .checked : .ingested(releaseID: release),
                            rowsAdded: loaded.rows, rowsSuperseded: superseded, warnings: loaded.warnings,
                            understood: loaded.understood, retired: options.replace ? retired : nil)
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

    /// Reads the customs tables of a CSV/TSV file or a workbook; a sheet without a table is passed
    /// over with a warning, unless it was asked for by name.
    private func loadTables(_ source: InputSource, format: IngestFormat, options: IngestOptions, into loaded: inout LoadedRows,
                            store: (FieldRecord, inout LoadedRows) throws -> Void) throws {
        var notes: [String] = []
        let sheet = options.sheet
        let tables = format == .xlsx
            ? try TableSource.workbook(source, sheet: sheet)
            : try TableSource.delimited(source, format: source.path.lowercased().hasSuffix(".tsv") ? .tsv : .csv,
                                        delimiter: options.delimiter) { notes.append($0) }
        var tablesRead = 0
        for table in tables {
            let reader = CustomsTableReader(file: source.path, place: table.place, reference: reference)
            do {
                let layout = try reader.read(table.rows) { event in
                    switch event {
                    case .record(let record): try store(record, &loaded)
                    case .problems(let errors): loaded.fail(errors)
                    case .warning(let warning): loaded.warnings.append(warning)
                    case .note(let note): notes.append(note)
                    }
                }
                tablesRead += 1
                loaded.notes += layout.title.lines
                loaded.understood += layout.describe()
                if layout.statesNoScale {
                    loaded.warnings.append((table.place.sheet.map { "sheet \"\($0)\": " } ?? "")
                        + "no unit is stated for the values (e.g. \"Đơn vị tính: USD\"); they were read as whole US dollars")
                }
            } catch IngestError.inTable(_, let sheetName?, nil, let message) where sheet == nil && tables.count > 1 {
                loaded.warnings.append("sheet \"\(sheetName)\": passed over: \(message)")
            }
        }
        loaded.notes += notes
        if tablesRead == 0, tables.count > 1 {
            throw IngestError.malformed(file: source.path, message: "no sheet holds a customs table: " + loaded.warnings.joined(separator: "; "))
        }
    }

    /// Extracts a prose bulletin's figures and writes them; what cannot be placed becomes a warning.
    /// Returns its publication date: `published`, else the day its dateline states.
    private func loadBulletin(_ source: InputSource, year: Int?, published: PublicationDate?, writer: ReleaseWriter,
                              release: Int64, into loaded: inout LoadedRows) throws -> PublicationDate? {
        let text = try BulletinText.decode(try source.allBytes(), path: source.path)
        let result = BulletinExtractor(reference: reference).extract(text, year: year, published: published)
        if result.yearSource == nil, !result.facts.isEmpty || result.warnings.contains(where: \.lacksPeriod) {
            throw IngestError.malformed(file: source.path, message: "the text states no year and none was given "
                + "(the year or the publication date), so its months cannot be dated; nothing was guessed")
        }
        let lines = LineIndex(PlainText.normalize(text))
        loaded.warnings += result.warnings.map { "\($0.message): \($0.text)" }
        for fact in result.facts {
            guard let row = try factRow(fact, line: lines.line(at: fact.spanStart), writer: writer) else {
                loaded.warnings.append("line \(lines.line(at: fact.spanStart)): \(fact.partner)/\(fact.commodity) "
                    + "is not in this warehouse's reference data; figure skipped: \(fact.text)")
                continue
            }
            if fact.reasons.confidence != .high {
                loaded.warnings.append("line \(row.line): unsure of \(fact.flow.rawValue) \(fact.period.code) \(fact.partner) "
                    + "\(fact.commodity) \(fact.valueUSD) (\(fact.reasons.warnings.joined(separator: "; "))); "
                    + "`tradewh extract --explain` shows why")
            }
            if let firstLine = try writer.figures.insert(row, release: release) {
                loaded.warnings.append("line \(row.line): a second, different figure for the same key as line \(firstLine); "
                    + "the first was kept: \(fact.text)")
            } else {
                loaded.rows += 1
            }
        }
        return published ?? Dateline.publicationDate(of: text)
    }

    /// The row for an extracted fact; nil if its codes are missing from this warehouse's reference
    /// data (the extractor and the warehouse read the same migrations, so only a hand-edited
    /// warehouse can lack them).
    private func factRow(_ fact: ExtractedFact, line: Int, writer: ReleaseWriter) throws -> FactRow? {
        guard let partner = reference.partners.entry(code: fact.partner),
              let commodity = reference.commodities.entry(code: fact.commodity) else { return nil }
        return FactRow(
            periodID: try writer.ids.periodID(fact.period), flowID: fact.flow.id, partnerID: partner.id,
            commodityID: commodity.id, isHSCode: false, sectorID: fact.sector.id, valueUSD: fact.valueUSD,
            quantity: fact.quantity, unit: fact.unit, qualifier: fact.qualifier, estimated: fact.estimated, yoyPct: fact.yoyPct,
            line: line, provenance: TextProvenance(
                sentence: fact.text, spanStart: fact.spanStart, spanEnd: fact.spanEnd,
                commodityName: fact.commodityName, momPct: fact.momPct, deltaUSD: fact.deltaUSD))
    }

    private func read(_ source: InputSource, format: IngestFormat, _ body: (FieldRecord) throws -> Void) throws -> String? {
        switch format {
        case .json: return try JSONReader().readDocument(source, body)
        case .ndjson: return try JSONReader().readLines(source, body)
        case .auto, .csv, .tsv, .text, .table, .xlsx: throw IngestError.unsupported(file: source.path)
        }
    }

    /// Tells `progress` how far the file has got, every `progressInterval` rows.
    private static func report(_ loaded: LoadedRows, progress: (@Sendable (IngestProgress) -> Void)?, bytes: Int, of total: Int?) {
        guard let progress, (loaded.rows + loaded.errorCount) % progressInterval == 0 else { return }
        progress(IngestProgress(rows: loaded.rows, bytesRead: bytes, totalBytes: total))
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
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") }.sorted()  // hidden files, Excel's lock files
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
