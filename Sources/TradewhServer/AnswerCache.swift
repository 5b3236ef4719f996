import Foundation
import Hummingbird
import TradeWarehouse

/// Answers already given, by address, and values read from the warehouse (names, the overview's
/// figures), by what they are, for as long as the warehouse is unchanged: every page is read-only
/// and its answer depends on the warehouse and the address alone (the user's own SQL is not kept).
/// A connection of its own watches SQLite's `data_version`; any commit, by any process, empties the
/// cache. At 1M figures the overview takes about 40 ms to make, the same answer from here well under one.
final class AnswerCache: @unchecked Sendable {
    /// The most answers kept; past it the cache starts again empty (pages are small, ~30 KB).
    static let capacity = 300

    private let lock = NSLock()
    private let watcher: Database
    private var version: Int64 = -1
    private var answers: [String: Response] = [:]
    private var values: [String: Any] = [:]

    init(databasePath: String) throws {
        watcher = try Database(path: databasePath, mode: .readOnly)
    }

    /// The warehouse's version now, to give back to `store` with an answer made after this call.
    func currentVersion() -> Int64 {
        lock.withLock { refreshed() }
    }

    /// The answer kept for `key`, if the warehouse has not changed since it was made.
    func answer(for key: String) -> Response? {
        lock.withLock {
            _ = refreshed()
            return answers[key]
        }
    }

    /// Keeps `answer` for `key` if the warehouse is still at `version`, the version read before the
    /// answer's own reading began (else the answer may be of an older state, and is not kept).
    func store(_ answer: Response, for key: String, madeAt version: Int64) {
        lock.withLock {
            guard refreshed() == version else { return }
            if answers.count >= Self.capacity { answers.removeAll() }
            answers[key] = answer
        }
    }

    /// The value kept under `key` if the warehouse is still at `version` (read before the caller's
    /// reading began), else `make`'s, kept if the warehouse has not moved meanwhile.
    func value<T>(_ key: String, madeAt version: Int64, _ make: () throws -> T) rethrows -> T {
        if let kept = lock.withLock({ refreshed() == version ? values[key] as? T : nil }) { return kept }
        let made = try make()
        lock.withLock {
            guard refreshed() == version else { return }
            if values.count >= Self.capacity { values.removeAll() }
            values[key] = made
        }
        return made
    }

    /// The version now, emptying the cache when it moved; under `lock`.
    private func refreshed() -> Int64 {
        let now = (try? TradeStore.dataVersion(of: watcher)) ?? -1
        if now != version || now == -1 {
            answers.removeAll()
            values.removeAll()
            version = now
        }
        return now
    }
}
