import Foundation

/// The turns of the two threads of a load at one connection, opened without SQLite's own mutex:
/// the thread reading the file (for its release, period and HS-code rows) and the writer thread
/// (for each batch of figures). Whichever uses the connection holds it.
///
/// The first error a use throws ends every later use, which throws that error again: SQLite may
/// have rolled the transaction back on it, so nothing more may be written.
///
///     let id = try connection.use { try statement.scalar() }
final class SharedConnection {
    private let lock = NSLock()
    /// The error that stopped a use of the connection in this load (guarded by `lock`).
    private var failure: (any Error)?

    /// Runs `body` holding the connection.
    func use<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        do {
            return try body()
        } catch {
            failure = error
            throw error
        }
    }
}
