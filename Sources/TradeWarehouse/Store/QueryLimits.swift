import CSQLite
import Foundation

/// Bounds on the user's own SQL (`tradewh sql`): a time limit, through SQLite's progress handler,
/// and a memory limit on SQLite's heap, so that a runaway query (a recursive CTE without an end, a
/// value of hundreds of megabytes) stops with an error instead of running or growing for ever.
public enum QueryLimits {
    /// What `tradewh sql` lets SQLite's heap grow to: far more than any of its statements needs over
    /// a national warehouse (sorts and large groupings spill to temporary files), far less than the
    /// machine. Process-wide: call it only in a process that runs the user's SQL.
    public static let heapBytes: Int64 = 256 << 20

    /// Caps SQLite's heap for the rest of the process (`sqlite3_hard_heap_limit64`): an allocation
    /// past it fails, and the statement with it, with SQLITE_NOMEM. Call it before the process opens
    /// its first connection: SQLite enforces the cap only while it keeps its memory statistics, which
    /// the first `Database` turns off (setting the cap first starts SQLite with them on, and they
    /// stay on). `sql --as-of` opened the warehouse first, and a 300 MB value went through.
    public static func limitHeap(to bytes: Int64 = heapBytes) {
        _ = sqlite3_hard_heap_limit64(bytes)
    }

    /// Runs `body` on `db`, stopping any statement still running `seconds` after it began with
    /// SQLITE_INTERRUPT; nil: no limit.
    public static func withTimeout<T>(_ seconds: Double?, on db: Database, _ body: () throws -> T) throws -> T {
        guard let seconds else { return try body() }
        let deadline = Deadline(at: ContinuousClock.now + .milliseconds(Int64(seconds * 1000)))
        let context = Unmanaged.passRetained(deadline)
        defer {
            sqlite3_progress_handler(db.handle, 0, nil, nil)
            context.release()
        }
        sqlite3_progress_handler(db.handle, instructionsBetweenChecks, { pointer in
            guard let pointer else { return 0 }
            return Unmanaged<Deadline>.fromOpaque(pointer).takeUnretainedValue().isPast ? 1 : 0
        }, context.toOpaque())
        return try body()
    }

    /// SQLite virtual-machine instructions between two looks at the clock (about a millisecond's work).
    static let instructionsBetweenChecks: Int32 = 100_000

    private final class Deadline {
        let at: ContinuousClock.Instant
        init(at: ContinuousClock.Instant) { self.at = at }
        var isPast: Bool { ContinuousClock.now >= at }
    }
}
