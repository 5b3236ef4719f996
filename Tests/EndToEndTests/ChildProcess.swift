import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `tradewh` started without waiting for it, so a test can run others beside it or kill it.
///
/// Its output goes to files (never a pipe that could fill up and stall it). A child still running when
/// the value goes away — a test that failed or threw half-way — is killed and reaped, so no test
/// leaves a stray process behind.
///
///     let ingest = try ChildProcess(["ingest", "big.csv", "--db", "w.sqlite"], in: scratch.path)
///     pause(milliseconds: 50)
///     ingest.kill()
///     let result = ingest.wait()
final class ChildProcess {
    private let process = Process()
    private let stdoutPath: String
    private let stderrPath: String

    /// Starts `binary` with `arguments` in `directory`, with `TRADEWH_DB` unset and stdin empty.
    init(_ arguments: [String], in directory: String, binary: URL = CLI.binary) throws {
        let name = ".child-\(UUID().uuidString)"
        stdoutPath = (directory as NSString).appendingPathComponent(name + ".out")
        stderrPath = (directory as NSString).appendingPathComponent(name + ".err")
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["TRADEWH_DB"] = nil
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try Self.createFile(stdoutPath)
        process.standardError = try Self.createFile(stderrPath)
        try process.run()
    }

    deinit {
        kill()
        process.waitUntilExit()
        removeOutputFiles()
    }

    /// Whether the child has not exited yet.
    var isRunning: Bool { process.isRunning }

    /// The child's process id.
    var processIdentifier: Int32 { process.processIdentifier }

    /// Sends SIGKILL, unless the child has already exited: it dies wherever it is, like a power cut
    /// of the process alone (no handler, no cleanup).
    func kill() {
        guard process.isRunning else { return }
        sendKill(to: process.processIdentifier)
    }

    /// Waits for the child to exit and returns its status and output (a killed child's status is the signal).
    @discardableResult
    func wait() -> CLI.Result {
        process.waitUntilExit()
        let stdout = (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        return CLI.Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// What the child has printed so far on standard output, and on standard error.
    func output() -> String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
    func errors() -> String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Whether the child ended by a signal (only meaningful after `wait()`).
    var wasKilled: Bool { process.terminationReason == .uncaughtSignal }

    private static func createFile(_ path: String) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        return handle
    }

    private func removeOutputFiles() {
        try? FileManager.default.removeItem(atPath: stdoutPath)
        try? FileManager.default.removeItem(atPath: stderrPath)
    }
}

/// SIGKILL to `pid` (a free function, so that `kill` names the C call rather than the method).
private func sendKill(to pid: Int32) {
    _ = kill(pid, SIGKILL)
}

/// Blocks the calling thread for `milliseconds`.
func pause(milliseconds: Int) {
    usleep(useconds_t(max(0, milliseconds)) * 1000)
}

/// Runs `body` and returns how long it took, in milliseconds (used to spread kill delays, never asserted on).
func milliseconds(_ body: () throws -> Void) rethrows -> Int {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
}
