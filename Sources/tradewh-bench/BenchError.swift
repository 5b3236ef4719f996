/// Why a benchmark run stopped.
enum BenchError: Error, CustomStringConvertible {
    /// A command exited non-zero or died of a signal; `stderr` is what it printed there.
    case commandFailed(command: String, status: String, stderr: String)
    case spawnFailed(command: String, reason: String)
    case toolMissing(String)
    case io(String)
    case unexpected(String)

    var description: String {
        switch self {
        case let .commandFailed(command, status, stderr):
            let shown = stderr.count > 4_000 ? String(stderr.prefix(4_000)) + "\n[...]" : stderr
            return "`\(command)` failed (\(status)); its standard error:\n\(shown)"
        case let .spawnFailed(command, reason): return "cannot start `\(command)`: \(reason)"
        case let .toolMissing(message), let .io(message), let .unexpected(message): return message
        }
    }
}
