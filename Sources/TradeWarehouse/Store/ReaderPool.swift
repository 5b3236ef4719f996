import Foundation

/// Reading connections (`TradeStore.openReader`'s) kept open between requests, for a server: each
/// request borrows one, reads in a transaction of its own (one snapshot, as with a new connection),
/// and gives it back idle; a connection whose transaction cannot end cleanly is closed, not kept.
/// Readers run in parallel (the warehouse is in WAL mode): as many at once as borrow, `capacity`
/// of them kept idle. A kept connection saves opening the file, mapping it and reading the schema
/// of every view again on each request (see BENCHMARKS.md, "tradewh serve under load").
///
///     let pool = ReaderPool(path: "trade.sqlite", capacity: 8)
///     let count = try pool.withReader { try $0.query("SELECT count(*) FROM facts") }
public final class ReaderPool: @unchecked Sendable {
    public let path: String
    /// The most idle connections kept.
    public let capacity: Int

    private let lock = NSLock()
    private var idle: [Database] = []

    public init(path: String, capacity: Int) {
        self.path = path
        self.capacity = capacity
    }

    /// Runs `body` with a reading connection in a new read transaction, under the read-only
    /// authorizer; the connection goes back to the pool afterwards, whatever `body` did.
    public func withReader<T>(_ body: (Database) throws -> T) throws -> T {
        let db = try lock.withLock { idle.popLast() } ?? TradeStore.openIdleReader(path: path)
        try TradeStore.startReading(db)
        defer { giveBack(db) }
        return try body(db)
    }

    /// How many connections wait idle now.
    public var idleCount: Int { lock.withLock { idle.count } }

    private func giveBack(_ db: Database) {
        guard (try? TradeStore.stopReading(db)) != nil else { return }
        lock.withLock { if idle.count < capacity { idle.append(db) } }
    }
}
