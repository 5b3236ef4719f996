import Foundation
import TradeWarehouse

/// Where output goes: rows to standard output, messages to standard error.
enum Terminal {
    /// Colours for standard output: only its table headers, only on a terminal.
    static let outputStyle = TerminalStyle(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    /// Colours for standard error: errors and warnings, only on a terminal.
    static let errorStyle = TerminalStyle(isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment)

    /// Prints `table` in `format` (or, if nil, `table` on a terminal and CSV otherwise).
    static func printRows(_ table: ResultTable, format: OutputFormat?) {
        let chosen = format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .csv)
        let text = TableRenderer.render(table, as: chosen)
        FileHandle.standardOutput.write(Data((chosen == .table ? outputStyle.table(text) : text).utf8))
    }

    /// Writes `text` to the file `out` and says so on standard error (unless `quiet`), or, without
    /// a file, to standard output as pure data.
    static func deliver(_ text: String, to out: String?, saying note: String, quiet: Bool) throws {
        guard let out else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        try write(text, to: out)
        if !quiet { printMessage("\(out): \(note)") }
    }

    /// Writes `text` to the file at `path`, whole or not at all.
    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(message: "\(path): cannot write: \(error.localizedDescription)")
        }
    }

    /// Writes a message to standard error.
    static func printMessage(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes each line of an error to standard error, as `tradewh: LINE`; on a terminal the
    /// prefix is red, or the word `warning` yellow in a warning.
    static func printError(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let warning = line.range(of: ": warning: ") {
                printMessage("tradewh: " + line[..<warning.lowerBound] + ": " + errorStyle.warning("warning") + ": "
                             + line[warning.upperBound...])
            } else {
                printMessage(errorStyle.error("tradewh:") + " \(line)")
            }
        }
    }
}

/// A command that failed in a way already explained to the user, with the exit status to use.
struct CommandFailure: Error {
    let message: String
    var exitCode: Int32 = 1
}
