/// Where a `FactReader` puts what it reads from one file: a figure given as text goes through the
/// normalizer, then (as every figure does) to the release's writer; problems, warnings and notes
/// are tallied for the report.
final class IngestSink {
    private let normalizer: FactNormalizer
    private let reference: ReferenceData
    private let figures: FigureQueue
    private let ids: DimensionIDs
    private let release: Int64
    private let progress: (@Sendable (IngestProgress) -> Void)?
    private let meter: ByteMeter
    private let totalBytes: Int?

    /// Figures taken so far.
    private(set) var rows = 0
    /// Every bad row's problems are counted; the first `IngestError.rowErrorLimit` kept (see `fail`).
    private(set) var errors: [RowError] = []
    private(set) var errorCount = 0
    /// What was passed over, and why.
    private(set) var warnings: [IngestWarning] = []
    /// The file's own notes on where its figures come from.
    private(set) var notes: [String] = []
    /// For customs tables: how each table was read.
    private(set) var understood: [String] = []
    /// Rows another warehouse derived, passed over (a partitioned export's `source` `derived`).
    private(set) var derivedPassedOver = 0
    /// The day the release was published, if known.
    var published: PublicationDate?

    /// Figures between two progress reports.
    static let progressInterval = 16_384

    init(reference: ReferenceData, writer: ReleaseWriter, release: Int64, progress: (@Sendable (IngestProgress) -> Void)?,
         meter: ByteMeter, totalBytes: Int?) {
        self.reference = reference
        normalizer = FactNormalizer(reference: reference, ids: writer.ids)
        figures = writer.figures
        ids = writer.ids
        self.release = release
        self.progress = progress
        self.meter = meter
        self.totalBytes = totalBytes
    }

    /// Takes a figure given as text: checked by the normalizer, then written, or its problems counted.
    func take(_ record: FieldRecord) throws {
        switch try normalizer.normalize(record) {
        case .success(let row):
            try add(row)
        case .failure(let rowErrors):
            reportProgress()
            fail(rowErrors.errors)
        }
    }

    /// Takes a figure already checked (the long-form fast path, `LongFormRows`), for writing.
    func add(_ row: FactRow) throws {
        reportProgress()
        try figures.add(row, release: release)
        rows += 1
    }

    /// For a long-form file whose header maps its fields to `columns`: a reader of its ordinary rows
    /// straight from their bytes, which takes the row and returns true, or returns false for a row
    /// to be given as text (`take`).
    func fastRows(columns: [FactColumn?]) -> (RawRecord) throws -> Bool {
        let rows = LongFormRows(columns: columns, reference: reference, ids: ids)
        return { [self] record in
            guard let row = try rows.figure(record) else { return false }
            try add(row)
            return true
        }
    }

    /// The figure of a fact read from prose, found on `line` (see `FactNormalizer`); nil when its
    /// codes are not in this warehouse's reference data.
    func figure(of fact: ExtractedFact, line: Int) throws -> FactRow? {
        try normalizer.normalize(fact, line: line)
    }

    /// Writes a figure of a bulletin now; returns the line of an earlier figure of the file with the
    /// same key, if there is one (then nothing is written, and the caller says why).
    func insertNow(_ row: FactRow) throws -> Int? {
        guard let firstLine = try figures.insert(row, release: release) else {
            rows += 1
            return nil
        }
        return firstLine
    }

    /// Counts every error, keeping the first `IngestError.rowErrorLimit` (rows come in file order),
    /// so that a file of millions of bad rows does not fill memory with messages nobody is shown.
    func fail(_ rowErrors: [RowError]) {
        errorCount += rowErrors.count
        errors += rowErrors.prefix(max(0, IngestError.rowErrorLimit - errors.count))
    }

    func warn(_ warning: IngestWarning) { warnings.append(warning) }

    /// A warning of words alone.
    func warn(_ words: String) { warnings.append(IngestWarning(words)) }
    /// Counts rows another warehouse derived, read past (`DelimitedReader`).
    func passOverDerived(_ count: Int) { derivedPassedOver += count }
    func note(_ note: String) { notes.append(note) }
    func understand(_ lines: [String]) { understood += lines }

    /// Takes in the figures the writer found repeating a key (found in batches, so after the other
    /// errors of their lines): the errors shown are the first by line of both.
    func failDuplicates(_ duplicates: [(line: Int, firstLine: Int)], count: Int) {
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

    /// Tells `progress` how far the file has got, every `progressInterval` rows.
    private func reportProgress() {
        guard let progress, (rows + errorCount) % Self.progressInterval == 0 else { return }
        progress(IngestProgress(rows: rows, bytesRead: meter.bytes, totalBytes: totalBytes))
    }
}
