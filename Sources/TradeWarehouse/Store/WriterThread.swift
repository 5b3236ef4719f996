import Foundation

/// A thread of its own that runs `body` on each block handed to it, one at a time, in the order
/// they were sent, with at most `capacity` blocks waiting (so a fast producer waits rather than
/// filling memory).
///
/// The first error `body` throws stops the thread: blocks still waiting are dropped, and `send`
/// and `finish` throw that error to the producer. Whoever starts one must end it with `finish`
/// (all blocks written) or `cancel` (the rest dropped); both return only after the thread has left
/// `body` for good, so that the caller may then use what `body` used (a connection) alone.
///
///     let thread = WriterThread<[Int]>(capacity: 2) { block in try write(block) }
///     try thread.send([1, 2, 3])
///     try thread.finish()
final class WriterThread<Block: Sendable>: @unchecked Sendable {
    // @unchecked: every stored property but `body` and `capacity` (constants) is read and written
    // only while holding `condition`; `body` is called on the thread alone, and the producer waits
    // in `finish`/`cancel` until the thread no longer calls it.
    private let condition = NSCondition()
    private let capacity: Int
    private let body: (Block) throws -> Void
    private var waiting: [Block] = []
    /// No more blocks will be sent; the thread stops once `waiting` is empty.
    private var closed = false
    /// The thread has stopped calling `body`.
    private var done = false
    private var failure: (any Error)?

    /// Starts the thread.
    init(capacity: Int, body: @escaping (Block) throws -> Void) {
        precondition(capacity > 0, "a writer thread needs room for one block")
        self.capacity = capacity
        self.body = body
        Thread { self.run() }.start()
    }

    /// Queues a block, waiting while `capacity` blocks are queued already; throws the error that
    /// stopped the thread, if it has stopped on one (the block is then dropped).
    func send(_ block: Block) throws {
        condition.lock()
        defer { condition.unlock() }
        precondition(!closed, "a block sent to a writer thread after finish or cancel")
        while waiting.count >= capacity && !done { condition.wait() }
        if let failure { throw failure }
        waiting.append(block)
        condition.broadcast()
    }

    /// Waits until every queued block has been written and the thread has ended; throws the error
    /// that stopped it, if any.
    func finish() throws {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while !done { condition.wait() }
        if let failure { throw failure }
    }

    /// Drops the blocks still queued and waits until the thread has ended (a block being written
    /// is finished first). Its error, if any, is dropped too: the caller has its own.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        waiting.removeAll()
        condition.broadcast()
        while !done { condition.wait() }
    }

    private func run() {
        while let block = next() {
            do {
                try body(block)
            } catch {
                stop(failure: error)
                return
            }
        }
        stop(failure: nil)
    }

    /// The next block to write, waiting for one; nil once the producer has closed the queue and
    /// it is empty.
    private func next() -> Block? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !closed { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        condition.broadcast()
        return waiting.removeFirst()
    }

    private func stop(failure: (any Error)?) {
        condition.lock()
        defer { condition.unlock() }
        self.failure = failure
        waiting.removeAll()
        done = true
        condition.broadcast()
    }
}
