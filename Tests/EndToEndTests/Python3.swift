import Foundation

/// Python 3 run as a child process, for the tests that read tradewh's output back with a reader that
/// is not ours (DuckDB, openpyxl, pyspark).
enum Python3 {
    /// Runs `python3 ARGUMENTS` in `directory`; its standard error joins standard output when
    /// `keepingErrors`, else is dropped.
    static func run(_ arguments: [String], in directory: String, keepingErrors: Bool = false) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = keepingErrors ? out : FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
