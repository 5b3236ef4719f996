/// Writes one release: its row and bookkeeping, and, through `ids` and `figures`, the periods and
/// HS codes it introduces and its figures. The caller runs it inside one transaction.
///
/// Two threads share the connection (`SharedConnection`): the writer thread of `figures` for each
/// batch, the caller's for the release row and the period and HS-code rows `ids` adds as it reads.
/// `createRelease`, the `set...` methods and `finish` are for when no figures are queued (before
/// the first `figures.add`, or after `figures.flush`).
///
///     let writer = try ReleaseWriter(db: db)
///     let release = try writer.createRelease(path: path, sha256: sha256, format: "csv")
///     try writer.figures.add(row, release: release)
///     try writer.figures.flush(release: release)
///     let (superseded, retired) = try writer.finish(release: release, rowCount: 1, sha256: sha256,
///                                                   file: nil, path: path, replacing: false)
final class ReleaseWriter {
    private let db: Database
    private let connection = SharedConnection()
    private let inserter: FigureInserter
    /// The ids of the periods and HS codes the release's figures refer to.
    let ids: DimensionIDs
    /// The release's figures, written as they are read.
    let figures: FigureQueue

    /// Definitions of `figure`'s indexes, when they were set aside for a large file (see `init`).
    private let figureIndexesSetAside: [String]?
    /// Files from this size on are loaded with `figure`'s indexes set aside and made again at the
    /// end: a national file writes a few hundred thousand headline figures (and as many derived),
    /// and keeping two wide indexes up to date for each took 1.5 s of the writer thread's time on
    /// 10M rows (making them again: 0.6 s).
    static let largeFileBytes = 64 << 20

    /// A writer for a file of `expectedBytes` (nil when unknown).
    init(db: Database, expectedBytes: Int? = nil) throws {
        self.db = db
        figureIndexesSetAside = try (expectedBytes ?? 0) >= Self.largeFileBytes ? DerivedFigures.setIndexesAside(db) : nil
        inserter = try FigureInserter(db: db)
        ids = try DimensionIDs(db: db, connection: connection)
        figures = FigureQueue(inserter: inserter, connection: connection)
    }

    /// The current release with this SHA-256, if the file was ingested before.
    static func release(withSHA256 sha256: String, in db: Database) throws -> Int64? {
        try db.query("""
            SELECT id FROM release WHERE sha256 = :sha256 AND replaced_by IS NULL ORDER BY id DESC LIMIT 1
            """, ["sha256": .text(sha256)]).rows.first?[0].integer
    }

    /// Whether the warehouse has a release that stands (one not replaced): else no file can be
    /// one already ingested.
    static func anyReleaseStands(in db: Database) throws -> Bool {
        try !db.query("SELECT 1 FROM release WHERE replaced_by IS NULL LIMIT 1").rows.isEmpty
    }

    /// What a release row holds for its SHA-256 until `setSHA256` gives it (a file hashed as it is
    /// read); the row is never committed with it.
    static let shaNotYetKnown = String(repeating: "0", count: 64)

    /// Records the SHA-256 of a file hashed as it was read; returns it.
    func setSHA256(_ sha256: String, release: Int64) throws -> String {
        try connection.use {
            try db.run("UPDATE release SET sha256 = :sha256 WHERE id = :release",
                       ["sha256": .text(sha256), "release": .integer(release)])
        }
        return sha256
    }

    /// Adds the release row, last in the order of releases (its row count is set by `finish`, its
    /// note by `setSource`); `file`: the file on disk it is read from (nil for standard input).
    func createRelease(path: String, sha256: String, format: String, file: FileIdentity? = nil) throws -> Int64 {
        try connection.use {
            try db.run("""
                INSERT INTO release (path, sha256, format, row_count, ingested_at, real_path, file_size, file_mtime_ns, rank)
                VALUES (:path, :sha256, :format, 0, :ingested_at, :real_path, :size, :mtime,
                        (SELECT coalesce(max(rank), 0) + 1 FROM release))
                """, ["path": .text(path), "sha256": .text(sha256), "format": .text(format),
                      "ingested_at": .text(Timestamp.nowUTC()), "real_path": .optional(file?.realPath),
                      "size": file.map { .integer($0.size) } ?? .null, "mtime": file.map { .integer($0.modifiedNanoseconds) } ?? .null])
            return db.lastInsertRowID
        }
    }

    /// Records the day the release was published (nil: not known).
    func setPublished(_ date: PublicationDate?, release: Int64) throws {
        guard let date else { return }
        try connection.use {
            try db.run("UPDATE release SET published_on = :date WHERE id = :release",
                       ["date": .text(date.description), "release": .integer(release)])
        }
    }

    /// Records the file's own note on where its figures come from.
    func setSource(_ source: String?, release: Int64) throws {
        try connection.use {
            try db.run("UPDATE release SET source = :source WHERE id = :release",
                       ["source": .optional(source), "release": .integer(release)])
        }
    }

    /// Records the release's periods, with `replacing` retires earlier releases of the same file
    /// (`ReleaseRetirement`: the release takes their place in the order of releases), sets the row
    /// count and what the release did to the figures of releases before it in that order
    /// (`RestatementCounts`), and redoes the derived figures of the years concerned. Returns how
    /// many figures restate a key of an earlier standing release, and the releases retired.
    func finish(release: Int64, rowCount: Int, sha256: String, file: FileIdentity?, path: String,
                replacing: Bool) throws -> (superseded: Int, retired: [Int64]) {
        for (period, firstLine) in inserter.firstLines {
            try db.run("INSERT INTO release_period (release_id, period_id, first_line) VALUES (:release, :period, :line)",
                       ["release": .integer(release), "period": .integer(period), "line": .integer(Int64(firstLine))])
        }
        let retired = replacing ? try ReleaseRetirement.retire(by: release, sha256: sha256, file: file, path: path, in: db) : []
        let lines = try lineSumUpdate(of: release)
        if case .fromMemory = lines {} else { try inserter.lineSums.merge() }
        let counts = try RestatementCounts.of(release: release, rowCount: rowCount, in: db)
        try db.run("""
            UPDATE release SET row_count = :count, new_count = :new, confirmed_count = :confirmed, revised_count = :revised
            WHERE id = :release
            """, ["count": .integer(Int64(rowCount)), "new": .integer(Int64(counts.new)),
                  "confirmed": .integer(Int64(counts.confirmed)), "revised": .integer(Int64(counts.revised)),
                  "release": .integer(release)])
        let followed = try !retired.isEmpty && ReleaseRetirement.isFollowed(release, in: db)
        try refreshDerived(after: release, replacing: replacing, followed: followed, lines: lines)
        return (counts.superseded, retired)
    }

    /// Redoes the derived figures of every year the release, or a release it replaced, has figures
    /// in, and of every period reaching past them (`DerivedFigures.window`), after putting back (when
    /// `replacing`) the figures that the replaced releases no longer hold, and (when `followed`: a
    /// release after it in the order of releases stands) those of later releases it wrote over.
    private func refreshDerived(after release: Int64, replacing: Bool, followed: Bool, lines: LineSumUpdate) throws {
        let span = try db.query("""
            SELECT min(p.first_half), max(p.last_half) FROM release_period rp JOIN period p ON p.id = rp.period_id
            WHERE rp.release_id = :release OR rp.release_id IN (SELECT id FROM release WHERE replaced_by = :release)
            """, ["release": .integer(release)]).rows.first
        guard let first = span?[0].integer, let last = span?[1].integer else {
            return try DerivedFigures.makeIndexes(figureIndexesSetAside ?? [], in: db)
        }
        let window = try DerivedFigures.window(changedFrom: first, to: last, in: db)
        try DerivedFigures.refresh(db, firstHalf: window.0, lastHalf: window.1,
                                   replacedBy: replacing ? release : nil, followed: followed,
                                   lines: lines, indexesSetAside: figureIndexesSetAside)
    }

    /// How the line sums of the release's periods are brought up to date (`LineSumUpdate`): written
    /// now, where no other release has figures; from memory, where it replaced the only releases
    /// that had, and held all its sums until now; else recomputed where it shares periods.
    private func lineSumUpdate(of release: Int64) throws -> LineSumUpdate {
        guard let shared = try sharedHalves(of: release) else { return .none }
        if !inserter.lineSums.hasMerged, try holdsItsPeriodsAlone(release) { return .fromMemory(inserter.lineSums, release: release) }
        return .recompute(firstHalf: shared.0, lastHalf: shared.1)
    }

    /// Whether no standing release but `release` has figures in its periods, and the releases it
    /// replaced had none outside them (their lines there are gone, and no sum held says so).
    private func holdsItsPeriodsAlone(_ release: Int64) throws -> Bool {
        try db.query("""
            SELECT NOT EXISTS (SELECT 1 FROM release_period mine
                               JOIN release_period other ON other.period_id = mine.period_id AND other.release_id <> mine.release_id
                               JOIN release r ON r.id = other.release_id AND r.replaced_by IS NULL
                               WHERE mine.release_id = :release)
               AND NOT EXISTS (SELECT 1 FROM release_period old JOIN release r ON r.id = old.release_id AND r.replaced_by = :release
                               WHERE old.period_id NOT IN (SELECT period_id FROM release_period WHERE release_id = :release))
            """, ["release": .integer(release)]).rows.first?.first?.integer == 1
    }

    /// The half-months of the periods the release shares with another release (which may have
    /// stated, or revised, the same lines) or took from a release it replaced: there the line sums
    /// it added to are recomputed from the current lines. nil when it shares none (a new month).
    private func sharedHalves(of release: Int64) throws -> (Int64, Int64)? {
        let span = try db.query("""
            SELECT min(p.first_half), max(p.last_half) FROM release_period rp JOIN period p ON p.id = rp.period_id
            WHERE (rp.release_id = :release
                   AND EXISTS (SELECT 1 FROM release_period o WHERE o.period_id = rp.period_id AND o.release_id <> :release))
               OR rp.release_id IN (SELECT id FROM release WHERE replaced_by = :release)
            """, ["release": .integer(release)]).rows.first
        guard let first = span?[0].integer, let last = span?[1].integer else { return nil }
        return (first, last)
    }
}
