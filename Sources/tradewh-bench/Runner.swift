import Foundation

/// The timed runs of one measure.
struct Sample {
    let runs: [ChildRun]

    /// The median wall time in seconds (the mean of the middle two for an even count).
    var seconds: Double {
        let sorted = runs.map(\.seconds).sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The highest peak RSS over the runs, in KiB.
    var peakRSSKiB: Int { runs.map(\.peakRSSKiB).max() ?? 0 }

    /// The highest peak RSS over the runs, in megabytes (10^6 bytes, as the report prints them).
    var peakRSSMegabytes: Double { Double(peakRSSKiB) * 1_024 / 1e6 }

    /// Whether every run's peak RSS is the child's own (see `ChildRun.peakRSSKiB`).
    var peakIsTheChilds: Bool { runs.allSatisfy(\.peakIsTheChilds) }

    var milliseconds: Double { seconds * 1_000 }
}

/// Runs the benchmark's commands, their standard output and error going to files in `logs`.
struct Runner {
    let logs: String

    var stdoutPath: String { logs + "/stdout.txt" }
    var stderrPath: String { logs + "/stderr.txt" }

    /// Runs a command once, its standard output into `stdout` (default: `stdoutPath`); throws, with
    /// its standard error, unless it exits 0.
    @discardableResult
    func run(_ executable: String, _ arguments: [String], stdout: String? = nil) throws -> ChildRun {
        try Subprocess.run(executable, arguments, stdout: stdout ?? stdoutPath, stderr: stderrPath)
    }

    /// Runs a command once and returns what it printed on standard output.
    func output(_ executable: String, _ arguments: [String]) throws -> String {
        try run(executable, arguments)
        return try lastOutput()
    }

    /// Whether a command runs and exits 0 (for probing optional tools).
    func succeeds(_ executable: String, _ arguments: [String]) -> Bool {
        (try? run(executable, arguments)) != nil
    }

    /// The standard output of the last command run.
    func lastOutput() throws -> String {
        try String(contentsOfFile: stdoutPath, encoding: .utf8)
    }

    /// The lines of the last command's standard output, counted 1 MB at a time: reading a listing
    /// of 263,000 rows whole would raise the benchmark's own peak RSS, which Linux reports as part of
    /// every child's started after it (see `ChildRun.peakRSSKiB`).
    func lastOutputLineCount() throws -> Int {
        try lineCount(of: stdoutPath)
    }

    /// The lines of the file at `path`, counted 1 MB at a time.
    func lineCount(of path: String) throws -> Int {
        guard let file = FileHandle(forReadingAtPath: path) else { throw BenchError.io("cannot read \(path)") }
        defer { try? file.close() }
        var lines = 0
        while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
            lines += chunk.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
        return lines
    }

    /// Times `runs` runs of a command, `prepare` before each (untimed); with `warmUp`, one untimed
    /// run first so that the binary and the database are in the page cache.
    func sample(_ label: String, runs: Int, warmUp: Bool = false, prepare: @escaping () throws -> Void = {},
                _ executable: String, _ arguments: [String]) throws -> Sample {
        let command = TimedCommand(label: label, prepare: prepare, executable: executable, arguments: arguments)
        if warmUp {
            try prepare()
            try run(executable, arguments)
        }
        return try samples(interleaving: [command], runs: runs)[0]
    }

    /// Times `runs` rounds of `commands`, one run of each per round in turn, and returns a sample
    /// per command: when the machine's speed drifts during the benchmark (a shared host), it slows
    /// the commands of a round alike, so that the ratio of their medians stays fair.
    func samples(interleaving commands: [TimedCommand], runs: Int) throws -> [Sample] {
        var results = [[ChildRun]](repeating: [], count: commands.count)
        for index in 1...runs {
            for (position, command) in commands.enumerated() {
                try command.prepare()
                let child = try run(command.executable, command.arguments, stdout: command.stdout)
                results[position].append(child)
                Log.note("\(command.label): run \(index)/\(runs): \(Format.duration(child.seconds))")
            }
        }
        return results.map(Sample.init)
    }
}

/// A command to time, and what to do (untimed) before each of its runs.
struct TimedCommand {
    let label: String
    let prepare: () throws -> Void
    let executable: String
    let arguments: [String]
    /// Where its standard output goes, as a shell's `> FILE` would send it (nil: `Runner.stdoutPath`).
    var stdout: String? = nil
}

/// Progress on standard error, so that standard output holds only the report.
enum Log {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data(("tradewh-bench: " + message + "\n").utf8))
    }
}
