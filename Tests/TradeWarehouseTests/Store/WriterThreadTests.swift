import Foundation
import Testing
@testable import TradeWarehouse

/// The hand-off between an ingest's reader and the thread that writes its figures.
@Suite struct WriterThreadTests {
    /// What the thread's body saw, kept under a lock (the test reads it from its own thread).
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [Int] = []
        /// Signalled once per entry.
        let appended = DispatchSemaphore(value: 0)
        func append(_ value: Int) {
            lock.withLock { entries.append(value) }
            appended.signal()
        }
        var values: [Int] { lock.withLock { entries } }
    }

    struct Stop: Error, Equatable {
        let block: Int
    }

    /// A block that says when it is dropped without having been written.
    final class Probe: Sendable {
        let value: Int
        private let written = Log()
        private let dropped: Log
        init(_ value: Int, dropped: Log) {
            self.value = value
            self.dropped = dropped
        }
        func markWritten() { written.append(value) }
        deinit { if written.values.isEmpty { dropped.append(value) } }
    }

    @Test func blocksAreWrittenInTheOrderSent() throws {
        let log = Log()
        let thread = WriterThread<[Int]>(capacity: 2) { block in for value in block { log.append(value) } }
        for start in stride(from: 0, to: 3_000, by: 3) { try thread.send([start, start + 1, start + 2]) }
        try thread.finish()
        #expect(log.values == Array(0..<3_000))
    }

    @Test func theFirstErrorStopsTheThreadAndReachesTheSender() throws {
        let log = Log()
        let thread = WriterThread<Int>(capacity: 1) { block in
            if block == 3 { throw Stop(block: block) }
            log.append(block)
        }
        var sent = 0
        let error = try #require(throws: Stop.self) {
            // Once the thread has stopped, the next send throws; until then blocks queue as usual.
            for block in 1...1_000_000 {
                try thread.send(block)
                sent = block
            }
        }
        #expect(error == Stop(block: 3))
        #expect(sent >= 3)
        #expect(throws: Stop(block: 3)) { try thread.finish() }
        #expect(log.values == [1, 2])
    }

    @Test func finishWithNothingSentEndsTheThread() throws {
        let thread = WriterThread<Int>(capacity: 2) { _ in Issue.record("nothing was sent") }
        try thread.finish()
        thread.cancel()
    }

    @Test func cancelFinishesTheBlockInHandDropsTheRestAndWaitsForTheThread() throws {
        let dropped = Log(), started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let written = Log()
        let thread = WriterThread<Probe>(capacity: 2) { probe in
            if probe.value == 1 {
                started.signal()
                release.wait()
            }
            probe.markWritten()
            written.append(probe.value)
        }
        try thread.send(Probe(1, dropped: dropped))
        started.wait()
        try thread.send(Probe(2, dropped: dropped))
        try thread.send(Probe(3, dropped: dropped))
        let cancelled = DispatchSemaphore(value: 0)
        Thread {
            thread.cancel()
            cancelled.signal()
        }.start()
        // cancel drops the two waiting blocks while block 1 is still being written...
        dropped.appended.wait()
        dropped.appended.wait()
        #expect(written.values == [])
        release.signal()
        // ...and returns only once the thread has finished it.
        cancelled.wait()
        #expect(written.values == [1])
        #expect(dropped.values.sorted() == [2, 3])
    }
}
