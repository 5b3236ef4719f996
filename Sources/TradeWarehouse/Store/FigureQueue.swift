/// Writes a release's figures on a thread of its own, while the caller reads the file on (the
/// parsing and SQLite's work take about as long each): figures are queued by `add`, handed to the
/// writer thread a block at a time, and written `FigureInserter.batchSize` at a time, holding the
/// connection (`SharedConnection`) for each batch.
///
/// A figure whose key an earlier figure of the release has is not stored, and is listed in
/// `duplicates`. `insert` writes one figure at once, for when no figures are queued (before the
/// first `add`, or after `flush`).
final class FigureQueue {
    private let inserter: FigureInserter
    private let connection: SharedConnection
    /// Figures of a structured file not yet handed to the writer thread (see `add`).
    private var block: [FactRow] = []
    /// Writes the blocks `add` hands over; started when the first block is full, ended by `flush`.
    private var writerThread: WriterThread<[FactRow]>?
    /// Figures whose key an earlier figure of this release already had: how many, and the first
    /// `duplicatesKept` of them (their lines and that earlier figure's).
    private(set) var duplicateCount = 0
    private(set) var duplicates: [(line: Int, firstLine: Int)] = []
    static let duplicatesKept = 100

    /// Figures `add` hands to the writer thread at a time (a multiple of `FigureInserter.batchSize`),
    /// and how many such blocks may wait for it: at most `blocksWaiting + 2` blocks exist at once, so
    /// memory stays flat however long the file.
    static let blockSize = 2_048
    static let blocksWaiting = 2

    init(inserter: FigureInserter, connection: SharedConnection) {
        self.inserter = inserter
        self.connection = connection
    }

    /// Queues a figure of a structured file. Figures are handed to the writer thread `blockSize` at
    /// a time (a file of fewer is written by `flush`, on the caller's thread), and all are written by
    /// `flush`. One whose key an earlier figure of the release has is not stored, and is listed in
    /// `duplicates`. Throws the error that stopped the writer thread, if it stopped on one.
    func add(_ row: FactRow, release: Int64) throws {
        try sum(row)
        block.append(row)
        if block.count == Self.blockSize { try handOff(release: release) }
    }

    /// Adds an HS line to the release's line sums (`LineSums`), or notes a stated total, here on the
    /// caller's thread, which has less to do than the writer thread (on 300,000 HS lines, summing
    /// them was 0.46 of the writer thread's 3.27 billion instructions); a merge into `figure` holds
    /// the connection. (A figure not stored for repeating a key is summed too: the load then fails.)
    private func sum(_ row: FactRow) throws {
        let sums = inserter.lineSums
        if !row.isHSCode { sums.noteStated(row) }
        guard row.hsParents != nil else { return }
        try sums.add(row)
        if sums.isFull { try connection.use { try sums.merge() } }
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

    /// Writes figures `FigureInserter.batchSize` at a time, holding the connection for each batch.
    private func write(_ rows: [FactRow], release: Int64) throws {
        for start in stride(from: 0, to: rows.count, by: FigureInserter.batchSize) {
            let batch = rows[start..<min(start + FigureInserter.batchSize, rows.count)]
            try connection.use { try writeBatch(batch, release: release) }
        }
    }

    /// Writes a full batch with one INSERT, up to a figure that repeats a key, and the rest (or a
    /// shorter batch) one figure at a time.
    private func writeBatch(_ batch: ArraySlice<FactRow>, release: Int64) throws {
        let written = batch.count == FigureInserter.batchSize ? try inserter.insertAtOnce(batch, release: release) : 0
        for row in batch.dropFirst(written) {
            guard let firstLine = try inserter.insert(row, release: release, summed: true) else { continue }
            duplicateCount += 1
            if duplicates.count < Self.duplicatesKept { duplicates.append((row.line, firstLine)) }
        }
    }

    /// Stores one figure now; returns the line of an earlier row of the same release with the same
    /// key, if there is one (then nothing is stored).
    func insert(_ row: FactRow, release: Int64) throws -> Int? {
        try connection.use { try inserter.insert(row, release: release) }
    }
}
