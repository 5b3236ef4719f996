import Foundation

/// Runs work on a thread of its own and waits for it at most a given time: a test of a reader that
/// might never return fails instead of hanging the run.
enum Deadline {
    /// `body`'s result, or nil if it is still running after `seconds` (its thread is then left running).
    static func run<T>(seconds: Double, _ body: @escaping () -> T) -> T? {
        let work = Work(body)
        let thread = Thread { work.run() }
        thread.stackSize = 8 << 20
        thread.start()
        return work.done.wait(timeout: .now() + seconds) == .success ? work.value : nil
    }

    /// The work, and its result handed from the worker thread to the waiting one (the semaphore
    /// orders the two).
    private final class Work<T>: @unchecked Sendable {
        let body: () -> T
        let done = DispatchSemaphore(value: 0)
        var value: T?

        init(_ body: @escaping () -> T) {
            self.body = body
        }

        func run() {
            value = body()
            done.signal()
        }
    }
}
