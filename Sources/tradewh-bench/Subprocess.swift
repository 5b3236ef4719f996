#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One finished child process.
struct ChildRun {
    /// Wall-clock seconds from spawn to reaped, on a monotonic clock.
    let seconds: Double
    /// The child's peak resident set size in KiB, from `wait4`'s `ru_maxrss`. Linux counts in it the
    /// memory of the process that started the child (`posix_spawn` shares it until the exec), so it
    /// is the child's own only when above `spawnerPeakRSSKiB`.
    let peakRSSKiB: Int
    /// The benchmark's own peak resident set size in KiB when it started the child.
    var spawnerPeakRSSKiB = 0

    /// Whether `peakRSSKiB` is the child's own, not the benchmark's showing through.
    var peakIsTheChilds: Bool { peakRSSKiB > spawnerPeakRSSKiB }
}

/// Starts a program without a shell, with standard input from /dev/null and standard output and
/// error into files, waits for it with `wait4` (so the resource usage is that child's alone), and
/// fails when it does not exit 0.
enum Subprocess {
    static func run(_ executable: String, _ arguments: [String], stdout: String, stderr: String) throws -> ChildRun {
        let command = commandLine(executable, arguments)
        let spawnerPeak = ownPeakRSSKiB()
        let start = ContinuousClock.now
        let pid = try spawn(executable, arguments, stdout: stdout, stderr: stderr)
        let (status, usage) = try reap(pid, command: command)
        let elapsed = start.duration(to: .now)
        try check(status: status, command: command, stderr: stderr)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        #if os(macOS)
        let peakKiB = Int(usage.ru_maxrss) / 1024  // bytes on macOS, KiB on Linux
        #else
        let peakKiB = Int(usage.ru_maxrss)
        #endif
        return ChildRun(seconds: seconds, peakRSSKiB: peakKiB, spawnerPeakRSSKiB: spawnerPeak)
    }

    /// This process's own peak resident set size in KiB.
    private static func ownPeakRSSKiB() -> Int {
        var usage = rusage()
        #if os(macOS)
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss) / 1024
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)  // Glibc imports RUSAGE_SELF as an enum case
        return Int(usage.ru_maxrss)
        #endif
    }

    private static func spawn(_ executable: String, _ arguments: [String], stdout: String, stderr: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "TRADEWH_DB" }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw BenchError.spawnFailed(command: commandLine(executable, arguments), reason: String(cString: strerror(spawned)))
        }
        return pid
    }

    /// The command as a user would type it (arguments quoted when they need it), for messages.
    static func commandLine(_ executable: String, _ arguments: [String]) -> String {
        ([executable] + arguments).map(shellQuoted).joined(separator: " ")
    }

    static func shellQuoted(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func reap(_ pid: pid_t, command: String) throws -> (Int32, rusage) {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { throw BenchError.spawnFailed(command: command, reason: "wait4: " + String(cString: strerror(errno))) }
        }
        return (status, usage)
    }

    /// Decodes a wait status (the WIFEXITED / WEXITSTATUS / WTERMSIG macros are not imported).
    private static func check(status: Int32, command: String, stderr: String) throws {
        let signal = status & 0x7F
        let code = (status >> 8) & 0xFF
        guard signal != 0 || code != 0 else { return }
        let text = (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
        let described = signal == 0 ? "exit status \(code)" : "killed by signal \(signal)"
        throw BenchError.commandFailed(command: command, status: described, stderr: text)
    }
}
