import CSQLite
import Foundation

/// One figure ready to store, with dimension ids resolved.
struct FactRow: Sendable {
    var periodID: Int64
    var flowID: Int64
    var partnerID: Int64
    var commodityID: Int64
    /// Whether the commodity is an HS code: its figure is stored in `fact` alone, not in `figure`.
    var isHSCode: Bool
    var sectorID: Int64
    var valueUSD: Int64
    var quantity: Double?
    var unit: String?
    var qualifier: Qualifier
    var estimated: Bool
    var yoyPct: Double?
    var line: Int
    /// For figures read from prose: what the text said and where.
    var provenance: TextProvenance?
}

/// Where a figure read from a bulletin came from, and what else the text said about it.
struct TextProvenance: Sendable {
    var sentence: String
    var spanStart: Int
    var spanEnd: Int
    var commodityName: String?
    var momPct: Double?
    var deltaUSD: Int64?
}

/// Writes one release: its row, the periods and HS codes it introduces, and its figures, through
/// statements prepared once per file. The caller runs it inside one transaction.
///
/// Every figure goes into `fact`. A figure of TOTAL or a commodity group also goes into `figure`
/// as it is written (the latest release's figure for a key is the current one), so that `finish`
/// only has to redo derived figures; HS-code figures stay in `fact` alone.
///
/// The figures `add` queues are written by a thread of their own, while the caller reads the file
/// on (the parsing and SQLite's work take about as long each). The connection is opened without
/// SQLite's own mutex, so whichever thread uses it holds `connection`: the writer thread for each
/// batch, the caller's for the period and HS-code rows it adds as it reads. `createRelease`,
/// `insert`, `setSource` and `finish` are for when no figures are queued (before the first `add`,
/// or after `flush`). The caches of dimension ids are the caller's thread's alone.
final class ReleaseWriter {
    private let db: Database
    /// Inserts one figure; `insertDetail` its quantity, qualifier, estimate flag and stated change
    /// (when it has any); `insertText` the sentence of one read from prose.
    private let insertFact: Statement
    private let insertDetail: Statement
    private let insertText: Statement
    private let upsertFigure: Statement
    private let upsertPeriod: Statement
    private let findHSCode: Statement
    private let insertHSCode: Statement
    /// The multi-row INSERT of `batchSize` figures, prepared when the first full batch is written.
    private var insertBatch: Statement?
    /// Figures of a structured file not yet handed to the writer thread (see `add`).
    private var block: [FactRow] = []
    /// Writes the blocks `add` hands over; started when the first block is full, ended by `flush`.
    private var writerThread: WriterThread<[FactRow]>?
    /// Held by the thread using the connection (see the type's notes).
    private let connection = NSLock()
    /// The error that stopped a use of the connection in this load (guarded by `connection`):
    /// SQLite may have rolled the transaction back on it, so nothing more may be written.
    private var connectionFailure: (any Error)?
    /// Figures whose key an earlier figure of this release already had: how many, and the first
    /// `duplicatesKept` of them (their lines and that earlier figure's).
    private(set) var duplicateCount = 0
    private(set) var duplicates: [(line: Int, firstLine: Int)] = []
    static let duplicatesKept = 100
    private var periodIDs: [Period: Int64] = [:]
    private var calendarYears: Set<Int> = []
    private var commodityIDs: [String: Int64] = [:]
    /// Periods this release has figures in, for `release_period`, and the last one added to it.
    private var periodsWritten: Set<Int64> = []
    private var lastPeriodWritten: Int64?

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
        insertFact = try db.prepare("INSERT INTO fact (\(Self.factColumns)) VALUES " + Self.placeholders(rows: 1))
        insertDetail = try db.prepare("""
            INSERT INTO fact_detail (period_id, flow_id, partner_id, commodity_id, sector_id, release_id,
                                     quantity, unit, qualifier, estimated, yoy_pct)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertText = try db.prepare("""
            INSERT INTO fact_text (period_id, flow_id, partner_id, commodity_id, sector_id, release_id,
                                   source_text, source_start, source_end, commodity_name, mom_pct, delta_usd)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        upsertFigure = try db.prepare("""
            INSERT INTO figure (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd,
                                yoy_pct, source, method, release_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'reported', NULL, ?)
            ON CONFLICT DO UPDATE SET value_usd = excluded.value_usd, rounding_usd = excluded.rounding_usd,
                yoy_pct = excluded.yoy_pct, source = 'reported', method = NULL, release_id = excluded.release_id
            """)
        upsertPeriod = try db.prepare("""
            INSERT INTO period (code, kind, first_half, last_half) VALUES (:code, :kind, :first, :last)
            ON CONFLICT (code) DO UPDATE SET code = excluded.code RETURNING id
            """)
        findHSCode = try db.prepare("SELECT id FROM commodity WHERE code = ?")
        insertHSCode = try db.prepare("""
            INSERT INTO commodity (code, kind, flows, name_en, name_vi) VALUES (?1, 'hs', 'both', 'HS ' || ?1, NULL) RETURNING id
            """)
    }

    /// Figures a multi-row INSERT writes at once: one statement step per batch instead of per
    /// figure (on 200k figures, preparing, stepping and resetting a statement per figure took a
    /// quarter of the load).
    static let batchSize = 64
    /// Figures `add` hands to the writer thread at a time (a multiple of `batchSize`), and how many
    /// such blocks may wait for it: at most `blocksWaiting + 2` blocks exist at once, so memory
    /// stays flat however long the file.
    static let blockSize = 2_048
    static let blocksWaiting = 2
    /// The columns of a figure in `fact`, in the order the INSERTs bind them.
    private static let factColumns = "period_id, flow_id, partner_id, commodity_id, sector_id, release_id, value_usd, source_line"
    private static let factColumnCount: Int32 = 8

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
        try withConnection {
            try db.run("UPDATE release SET sha256 = :sha256 WHERE id = :release",
                       ["sha256": .text(sha256), "release": .integer(release)])
        }
        return sha256
    }

    /// Adds the release row (its row count is set by `finish`, its note by `setSource`); `file`:
    /// the file on disk it is read from (nil for standard input).
    func createRelease(path: String, sha256: String, format: String, file: FileIdentity? = nil) throws -> Int64 {
        try withConnection {
            try db.run("""
                INSERT INTO release (path, sha256, format, row_count, ingested_at, real_path, file_size, file_mtime_ns)
                VALUES (:path, :sha256, :format, 0, :ingested_at, :real_path, :size, :mtime)
                """, ["path": .text(path), "sha256": .text(sha256), "format": .text(format),
                      "ingested_at": .text(Timestamp.nowUTC()), "real_path": .optional(file?.realPath),
                      "size": file.map { .integer($0.size) } ?? .null, "mtime": file.map { .integer($0.modifiedNanoseconds) } ?? .null])
            return db.lastInsertRowID
        }
    }

    /// Records the day the release was published (nil: not known).
    func setPublished(_ date: PublicationDate?, release: Int64) throws {
        guard let date else { return }
        try withConnection {
            try db.run("UPDATE release SET published_on = :date WHERE id = :release",
                       ["date": .text(date.description), "release": .integer(release)])
        }
    }

    /// Records the file's own note on where its figures come from.
    func setSource(_ source: String?, release: Int64) throws {
        try withConnection {
            try db.run("UPDATE release SET source = :source WHERE id = :release",
                       ["source": .optional(source), "release": .integer(release)])
        }
    }

    /// The id of a period's row, adding the row on first use.
    func periodID(_ period: Period) throws -> Int64 {
        if let id = periodIDs[period] { return id }
        let id = try withConnection {
            for year in (period.firstHalf / 24)...(period.lastHalf / 24) where !calendarYears.contains(year) {
                calendarYears.insert(year)
                for day in Period.calendar(of: year) where day != period { _ = try insertPeriod(day) }
            }
            return try insertPeriod(period)
        }
        periodIDs[period] = id
        return id
    }

    /// Adds a period's row if it is missing; returns its id.
    private func insertPeriod(_ period: Period) throws -> Int64 {
        let statement = upsertPeriod
        try statement.bind(["code": .text(period.code), "kind": .text(period.kind.rawValue),
                            "first": .integer(Int64(period.firstHalf)), "last": .integer(Int64(period.lastHalf))])
        guard let id = try statement.scalar()?.integer else { throw StoreError.sqlite(code: 0, message: "no period id", sql: statement.sql) }
        return id
    }

    /// The id of an HS code's commodity row, adding the row on first use. The row is looked up
    /// before it is added: an upsert rewrote the rows of codes the warehouse has (every code of a
    /// month loaded into a national warehouse), 0.55 of its 2.7 billion instructions.
    func hsCommodityID(_ code: String) throws -> Int64 {
        if let id = commodityIDs[code] { return id }
        let id = try withConnection {
            try idOfFirstRow(findHSCode, code: code) ?? idOfFirstRow(insertHSCode, code: code)
        }
        guard let id else { throw StoreError.sqlite(code: 0, message: "no commodity id", sql: insertHSCode.sql) }
        commodityIDs[code] = id
        return id
    }

    private func idOfFirstRow(_ statement: Statement, code: String) throws -> Int64? {
        try statement.bind(text: code, at: 1)
        return try statement.scalar()?.integer
    }

    /// Queues a figure of a structured file. Figures are handed to the writer thread `blockSize` at
    /// a time (a file of fewer is written by `flush`, on the caller's thread), and all are written by
    /// `flush`. One whose key an earlier figure of the release has is not stored, and is listed in
    /// `duplicates`. Throws the error that stopped the writer thread, if it stopped on one.
    func add(_ row: FactRow, release: Int64) throws {
        block.append(row)
        if block.count == Self.blockSize { try handOff(release: release) }
    }

    /// Hands the block to the writer thread, starting it for the first.
    private func handOff(release: Int64) throws {
        let thread = writerThread ?? WriterThread(capacity: Self.blocksWaiting) { [self] rows in
            try write(rows, release: release)
        }
        writerThread = thread
        let rows = Self.inKeyOrder(block)
        block.removeAll(keepingCapacity: true)
        try thread.send(rows)
    }

    /// The block in the order of `fact`'s key (a key's figures in file order), or as it is if an id
    /// is too large for the packed sort key. SQLite then fills the pages it writes, where figures
    /// in file order split pages all over a month's part of the table: on 10M figures the table was
    /// 11 MB smaller and the writer thread 5% faster. (Sorting packed keys rather than the figures
    /// themselves kept the cost on the reading thread, which has time to spare.)
    static func inKeyOrder(_ block: [FactRow]) -> [FactRow] {
        var keys: [(key: UInt64, index: Int)] = []
        keys.reserveCapacity(block.count)
        for (index, row) in block.enumerated() {
            guard let key = packedKey(row) else { return block }
            keys.append((key, index))
        }
        keys.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        return keys.map { block[$0.index] }
    }

    /// Period (17 bits), flow (3), partner (13), commodity (27) and sector (3) ids in one number
    /// that sorts as the key does; nil when one does not fit.
    private static func packedKey(_ row: FactRow) -> UInt64? {
        func fits(_ id: Int64, _ bits: Int64) -> Bool { id >= 0 && id < 1 << bits }
        guard fits(row.periodID, 17), fits(row.flowID, 3), fits(row.partnerID, 13), fits(row.commodityID, 27),
              fits(row.sectorID, 3) else { return nil }
        return UInt64(row.periodID) << 46 | UInt64(row.flowID) << 43 | UInt64(row.partnerID) << 30
            | UInt64(row.commodityID) << 3 | UInt64(row.sectorID)
    }

    /// Writes the queued figures, and waits for the writer thread to write those handed to it and
    /// end; throws the first error of either.
    func flush(release: Int64) throws {
        let rows = block
        block.removeAll(keepingCapacity: true)
        guard let thread = writerThread else { return try write(rows, release: release) }
        writerThread = nil
        if !rows.isEmpty { try thread.send(rows) }  // throws only once the thread has ended
        try thread.finish()
    }

    /// Drops the queued figures and ends the writer thread, if one runs, waiting for it to let go
    /// of the connection: for a load that stops on an error, before its transaction rolls back.
    func discardQueued() {
        block.removeAll()
        writerThread?.cancel()
        writerThread = nil
    }

    /// Writes figures `batchSize` at a time, holding the connection for each batch.
    private func write(_ rows: [FactRow], release: Int64) throws {
        for start in stride(from: 0, to: rows.count, by: Self.batchSize) {
            let batch = rows[start..<min(start + Self.batchSize, rows.count)]
            try withConnection { try writeBatch(batch, release: release) }
        }
    }

    /// Writes a full batch with one INSERT, up to a figure that repeats a key, and the rest (or a
    /// shorter batch) one figure at a time.
    private func writeBatch(_ batch: ArraySlice<FactRow>, release: Int64) throws {
        let written = batch.count == Self.batchSize ? try insertAtOnce(batch, release: release) : 0
        for row in batch.prefix(written) { try wrote(row, release: release) }
        for row in batch.dropFirst(written) {
            guard let firstLine = try insertNow(row, release: release) else { continue }
            duplicateCount += 1
            if duplicates.count < Self.duplicatesKept { duplicates.append((row.line, firstLine)) }
        }
    }

    /// Runs `body` holding the connection. An error it throws ends every later use of the
    /// connection by this writer, which throws that error again.
    private func withConnection<T>(_ body: () throws -> T) throws -> T {
        connection.lock()
        defer { connection.unlock() }
        if let connectionFailure { throw connectionFailure }
        do {
            return try body()
        } catch {
            connectionFailure = error
            throw error
        }
    }

    /// One INSERT of a full batch, which stops at the first figure whose key is taken, keeping
    /// those before it; returns how many it wrote. `OR FAIL` (rather than undoing the statement)
    /// spares SQLite its statement journal: for a plain INSERT of many rows it copies every page
    /// the statement changes to a temporary file first (on 1M figures, 100k writes of 4 KB).
    private func insertAtOnce(_ batch: ArraySlice<FactRow>, release: Int64) throws -> Int {
        if insertBatch == nil {
            insertBatch = try db.prepare("INSERT OR FAIL INTO fact (\(Self.factColumns)) VALUES " + Self.placeholders(rows: Self.batchSize))
        }
        guard let statement = insertBatch else { return 0 }
        for (index, row) in batch.enumerated() {
            try bindFigure(row, release: release, to: statement, from: Int32(index) * Self.factColumnCount)
        }
        do {
            try statement.run()
            return batch.count
        } catch StoreError.sqlite(let code, _, _) where code == sqliteConstraintPrimaryKey {
            return db.changes
        }
    }

    private static func placeholders(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: Int(factColumnCount)).joined(separator: ", ") + ")"
        return Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// Stores one figure now; returns the line of an earlier row of the same release with the same
    /// key, if there is one (then nothing is stored).
    func insert(_ row: FactRow, release: Int64) throws -> Int? {
        try withConnection { try insertNow(row, release: release) }
    }

    /// `insert`, with the connection held.
    private func insertNow(_ row: FactRow, release: Int64) throws -> Int? {
        try bindFigure(row, release: release, to: insertFact, from: 0)
        do {
            try insertFact.run()
        } catch StoreError.sqlite(let code, _, _) where code == sqliteConstraintPrimaryKey {
            return try lineOfKey(row, release: release)
        }
        if let provenance = row.provenance { try write(provenance, of: row, release: release) }
        try wrote(row, release: release)
        return nil
    }

    /// Binds a figure's 8 columns (`factColumns`) to parameters `offset + 1 ... offset + 8`.
    private func bindFigure(_ row: FactRow, release: Int64, to statement: Statement, from offset: Int32) throws {
        try bindKey(row, to: statement, from: offset)
        try statement.bind(integer: release, at: offset + 6)
        try statement.bind(integer: row.valueUSD, at: offset + 7)
        try statement.bind(integer: Int64(row.line), at: offset + 8)
    }

    /// Stores a figure's quantity, qualifier, estimate flag and stated year-on-year change, if it
    /// has any (an exact, reported figure with none of them has no `fact_detail` row).
    private func writeDetail(of row: FactRow, release: Int64) throws {
        guard row.quantity != nil || row.unit != nil || row.qualifier != .exact || row.estimated
                || row.yoyPct != nil else { return }
        try bindKey(row, to: insertDetail)
        try insertDetail.bind(integer: release, at: 6)
        try insertDetail.bind(real: row.quantity, at: 7)
        try insertDetail.bind(text: row.unit, at: 8)
        try bindQualifier(row.qualifier, to: insertDetail, at: 9)
        try insertDetail.bind(integer: row.estimated ? 1 : nil, at: 10)
        try insertDetail.bind(real: row.yoyPct, at: 11)
        try insertDetail.run()
    }

    /// Binds a qualifier as `fact_detail` stores it: NULL for exact, the others from literals.
    private func bindQualifier(_ qualifier: Qualifier, to statement: Statement, at index: Int32) throws {
        switch qualifier {
        case .exact: try statement.bind(literal: nil, at: index)
        case .over: try statement.bind(literal: "over", at: index)
        case .under: try statement.bind(literal: "under", at: index)
        case .approx: try statement.bind(literal: "approx", at: index)
        }
    }

    /// Stores what a bulletin said of a figure: its sentence, the amount's place, the stated changes.
    private func write(_ provenance: TextProvenance, of row: FactRow, release: Int64) throws {
        try bindKey(row, to: insertText)
        try insertText.bind(integer: release, at: 6)
        try insertText.bind(text: provenance.sentence, at: 7)
        try insertText.bind(integer: Int64(provenance.spanStart), at: 8)
        try insertText.bind(integer: Int64(provenance.spanEnd), at: 9)
        try insertText.bind(text: provenance.commodityName, at: 10)
        try insertText.bind(real: provenance.momPct, at: 11)
        try insertText.bind(integer: provenance.deltaUSD, at: 12)
        try insertText.run()
    }

    /// Stores the details of a figure just stored, notes its period and, for TOTAL or a group,
    /// updates `figure`.
    private func wrote(_ row: FactRow, release: Int64) throws {
        try writeDetail(of: row, release: release)
        if row.periodID != lastPeriodWritten {
            periodsWritten.insert(row.periodID)
            lastPeriodWritten = row.periodID
        }
        if !row.isHSCode { try writeFigure(row, release: release) }
    }

    /// Binds parameters `offset + 1 ... offset + 5`: period, flow, partner, commodity, sector.
    private func bindKey(_ row: FactRow, to statement: Statement, from offset: Int32 = 0) throws {
        try statement.bind(integer: row.periodID, at: offset + 1)
        try statement.bind(integer: row.flowID, at: offset + 2)
        try statement.bind(integer: row.partnerID, at: offset + 3)
        try statement.bind(integer: row.commodityID, at: offset + 4)
        try statement.bind(integer: row.sectorID, at: offset + 5)
    }

    /// Makes a figure of TOTAL or a group the current one for its key in `figure`.
    private func writeFigure(_ row: FactRow, release: Int64) throws {
        try bindKey(row, to: upsertFigure)
        try upsertFigure.bind(integer: row.valueUSD, at: 6)
        try upsertFigure.bind(integer: Self.rounding(of: row.valueUSD), at: 7)
        try upsertFigure.bind(real: row.yoyPct, at: 8)
        try upsertFigure.bind(integer: release, at: 9)
        try upsertFigure.run()
    }

    /// Half the last digit a value was stated to: 34500000000 ("34,5 tỉ") is ±50000000.
    static func rounding(of value: Int64) -> Int64 {
        guard value != 0 else { return 0 }
        var unit: Int64 = 1
        while unit < 1_000_000_000, value % (unit * 10) == 0 { unit *= 10 }
        return unit / 2
    }

    /// Sets the row count and what the release did to earlier figures (`RestatementCounts`),
    /// records the release's periods, with `replacing` retires earlier releases of the same file
    /// (`ReleaseRetirement`), and redoes the derived figures of the years concerned. Returns how many figures
    /// restate a key of an earlier standing release, and the releases retired.
    func finish(release: Int64, rowCount: Int, sha256: String, file: FileIdentity?, path: String,
                replacing: Bool) throws -> (superseded: Int, retired: [Int64]) {
        let periods = Array(periodsWritten)
        for period in periods {
            try db.run("INSERT INTO release_period (release_id, period_id) VALUES (:release, :period)",
                       ["release": .integer(release), "period": .integer(period)])
        }
        let counts = try restatements(release: release, rowCount: rowCount)
        try db.run("""
            UPDATE release SET row_count = :count, new_count = :new, confirmed_count = :confirmed, revised_count = :revised
            WHERE id = :release
            """, ["count": .integer(Int64(rowCount)), "new": .integer(Int64(counts.new)),
                  "confirmed": .integer(Int64(counts.confirmed)), "revised": .integer(Int64(counts.revised)),
                  "release": .integer(release)])
        let retired = replacing ? try ReleaseRetirement.retire(by: release, sha256: sha256, file: file, path: path, in: db) : []
        try refreshDerived(after: release, replacing: replacing)
        return (counts.superseded, retired)
    }

    /// How the release's figures relate to those of earlier releases, worked out only in the periods
    /// an earlier release also has figures in (none, for a month loaded for the first time): each
    /// such period's figures are read once, in key order, where each key's figure of this release
    /// comes after its earlier ones. (Looking up the earlier figure of each of the release's figures
    /// took twice as long; SQLite's window functions, four times.)
    private func restatements(release: Int64, rowCount: Int) throws -> RestatementCounts {
        var counts = RestatementCounts(new: rowCount)
        let shared = try db.query("""
            SELECT DISTINCT mine.period_id FROM release_period mine
            JOIN release_period other ON other.period_id = mine.period_id AND other.release_id < mine.release_id
            WHERE mine.release_id = :release
            """, ["release": .integer(release)]).rows.compactMap { $0[0].integer }
        guard !shared.isEmpty else { return counts }
        let standing = Set(try db.query("SELECT id FROM release WHERE replaced_by IS NULL AND id < :release",
                                        ["release": .integer(release)]).rows.compactMap { $0[0].integer })
        let figures = try db.prepare("""
            SELECT flow_id, partner_id, commodity_id, sector_id, release_id, value_usd FROM fact
            WHERE period_id = :period AND release_id <= :release
            """)
        for period in shared {
            try figures.bind(["period": .integer(period), "release": .integer(release)])
            var key: (Int64, Int64, Int64, Int64)?, earlier: (value: Int64, standing: Bool)?
            try figures.forEachRow { row in
                let rowKey = (row.integer(0), row.integer(1), row.integer(2), row.integer(3))
                if key.map({ $0 != rowKey }) ?? true { (key, earlier) = (rowKey, nil) }
                let (releaseID, value) = (row.integer(4), row.integer(5))
                guard releaseID == release else {
                    earlier = (value, (earlier?.standing ?? false) || standing.contains(releaseID))
                    return
                }
                if let earlier { counts.count(value, restating: earlier.value, standing: earlier.standing) }
            }
        }
        return counts
    }

    /// Redoes the derived figures of every year the release, or a release it replaced, has figures
    /// in, and of every period reaching past them (`DerivedFigures.window`), after putting back (when `replacing`) the figures that the replaced releases no longer hold.
    private func refreshDerived(after release: Int64, replacing: Bool) throws {
        let span = try db.query("""
            SELECT min(p.first_half), max(p.last_half) FROM release_period rp JOIN period p ON p.id = rp.period_id
            WHERE rp.release_id = :release OR rp.release_id IN (SELECT id FROM release WHERE replaced_by = :release)
            """, ["release": .integer(release)]).rows.first
        guard let first = span?[0].integer, let last = span?[1].integer else {
            return try DerivedFigures.makeIndexes(figureIndexesSetAside ?? [], in: db)
        }
        let window = try DerivedFigures.window(changedFrom: first, to: last, in: db)
        try DerivedFigures.refresh(db, firstHalf: window.0, lastHalf: window.1,
                                   replacedBy: replacing ? release : nil, indexesSetAside: figureIndexesSetAside)
    }

    private func lineOfKey(_ row: FactRow, release: Int64) throws -> Int? {
        let line = try db.query("""
            SELECT source_line FROM fact
            WHERE period_id = :period AND flow_id = :flow AND partner_id = :partner
              AND commodity_id = :commodity AND sector_id = :sector AND release_id = :release
            """, ["period": .integer(row.periodID), "flow": .integer(row.flowID), "partner": .integer(row.partnerID),
                  "commodity": .integer(row.commodityID), "sector": .integer(row.sectorID), "release": .integer(release)])
            .rows.first?[0].integer
        return line.map(Int.init) ?? 0
    }
}

/// SQLITE_CONSTRAINT_PRIMARYKEY, an extended result code whose C macro Swift does not import.
private let sqliteConstraintPrimaryKey: Int32 = SQLITE_CONSTRAINT | (6 << 8)

/// What a release did to the figures before it, key by key.
struct RestatementCounts {
    /// Figures for keys that no earlier release has.
    var new: Int
    /// Figures equal to the latest earlier release's figure for their key, and figures that differ.
    var confirmed = 0, revised = 0
    /// Figures for keys that an earlier release still standing has (the figures they replace).
    var superseded = 0

    mutating func count(_ value: Int64, restating earlier: Int64, standing: Bool) {
        new -= 1
        if value == earlier { confirmed += 1 } else { revised += 1 }
        if standing { superseded += 1 }
    }
}
