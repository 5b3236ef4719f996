import Foundation
import TradeWarehouse

/// Where output goes: rows to standard output, messages to standard error.
enum Terminal {
    /// Colours for standard output: only its table headers, only on a terminal.
    static let outputStyle = TerminalStyle(isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    /// Colours for standard error: errors and warnings, only on a terminal.
    static let errorStyle = TerminalStyle(isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment)

    /// Prints `table` in `format` (or, if nil, `table` on a terminal and CSV otherwise); in `xlsx`,
    /// as a workbook whose one sheet is called `sheet`.
    static func printRows(_ table: ResultTable, format: OutputFormat?, sheet: String = "rows") {
        let chosen = chosenFormat(format)
        if chosen == .xlsx {
            return exitingOnFailure { try writeWorkbook(to: nil, database: "") { try $0.addSheet(sheet, table: table) } }
        }
        let text = TableRenderer.render(table, as: chosen)
        writeOut(chosen == .table ? outputStyle.table(text) : text)
    }

    /// Prints the rows `statement` returns in `format` (default as for a table): the machine formats
    /// as they come, without holding them; the reading formats once every row is in, after `forReading`
    /// (e.g. rounding implied values); `xlsx` as a workbook whose one sheet is called `sheet`. Returns how
    /// many rows were printed.
    @discardableResult
    static func printRows(_ statement: Statement, format: OutputFormat?, sheet: String = "rows",
                          forReading: (ResultTable) -> ResultTable = { $0 }) throws -> Int {
        let chosen = chosenFormat(format)
        if chosen == .xlsx {
            var count = 0
            try writeWorkbook(to: nil, database: "") { count = try $0.addSheet(sheet, rowsOf: statement) }
            return count
        }
        guard RowStreamWriter.streams(chosen) else {
            let table = forReading(try statement.fetchAll())
            printRows(table, format: chosen)
            return table.rows.count
        }
        let writer = RowStreamWriter(format: chosen, columns: statement.columnNames) { bytes in
            writeAll(bytes, to: STDOUT_FILENO)
        }
        try writer.writeRows(of: statement)
        writer.finish()
        return writer.rowCount
    }

    /// Writes the rows `statement` returns in `format` (one that streams) as SQLite steps them, to
    /// standard output or to the file `out`: there through a temporary file beside it, renamed into
    /// place once complete, so that `out` is whole or untouched. Returns how many rows were written.
    /// `bom`: start with UTF-8's byte-order mark, by which Excel knows a CSV file is UTF-8.
    static func streamRows(_ statement: Statement, format: OutputFormat, guardingFormulas: Bool, bom: Bool = false,
                           to out: String?, database: String) throws -> Int {
        let mark: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
        guard let out else {
            mark.withUnsafeBytes { writeAll($0, to: STDOUT_FILENO) }
            let writer = RowStreamWriter(format: format, columns: statement.columnNames) { writeAll($0, to: STDOUT_FILENO) }
            writer.guardsFormulas = guardingFormulas
            try writer.writeRows(of: statement)
            writer.finish()
            return writer.rowCount
        }
        try ExportTarget.check(out, database: database)
        let partial = out + ".partial-\(getpid())"
        guard let file = fopen(partial, "wb") else {
            throw CommandFailure(message: "\(out): cannot write: \(String(cString: strerror(errno)))")
        }
        var failed = fwrite(mark, 1, mark.count, file) != mark.count, closed = false
        let writer = RowStreamWriter(format: format, columns: statement.columnNames) { bytes in
            if !failed, fwrite(bytes.baseAddress, 1, bytes.count, file) != bytes.count { failed = true }
        }
        writer.guardsFormulas = guardingFormulas
        do {
            try writer.writeRows(of: statement)
            writer.finish()
            closed = true
            if fclose(file) != 0 || failed { throw CommandFailure(message: "\(out): cannot write: \(String(cString: strerror(errno)))") }
            guard rename(partial, out) == 0 else {
                throw CommandFailure(message: "\(out): cannot write: \(String(cString: strerror(errno)))")
            }
            return writer.rowCount
        } catch {
            if !closed { fclose(file) }
            unlink(partial)
            throw error
        }
    }

    /// Writes an XLSX workbook that `fill` makes to the file `out` (through a temporary file beside
    /// it, renamed into place once complete), or without `out` to standard output, which must then
    /// not be a terminal. `database`: the warehouse read, which `out` must not be.
    static func writeWorkbook(to out: String?, database: String, _ fill: (XLSXWriter) throws -> Void) throws {
        if out == nil && isatty(STDOUT_FILENO) == 1 {
            throw CommandFailure(message: "--format xlsx writes a binary workbook: name a file with --out, or redirect standard output "
                                 + "(> rows.xlsx)", exitCode: 2)
        }
        if let out { try ExportTarget.check(out, database: database) }
        let partial = (out ?? NSTemporaryDirectory() + "/tradewh") + ".partial-\(getpid()).xlsx"
        // libxlsxwriter says why it cannot create a file on standard error, in its own words: try first.
        guard let probe = fopen(partial, "wb") else {
            throw CommandFailure(message: "\(out ?? partial): cannot write: \(String(cString: strerror(errno)))")
        }
        fclose(probe)
        defer { unlink(partial) }
        do {
            let writer = try XLSXWriter(path: partial)
            try fill(writer)
            try writer.close()
        } catch let error as XLSXWriteError {
            throw CommandFailure(message: "\(out ?? "standard output"): cannot write: \(error.reason) (nothing was written)")
        }
        if let out {
            guard rename(partial, out) == 0 else {
                throw CommandFailure(message: "\(out): cannot write: \(String(cString: strerror(errno)))")
            }
        } else {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: partial))
            bytes.withUnsafeBytes { writeAll($0, to: STDOUT_FILENO) }
        }
    }

    /// Runs `body`; an error it throws is reported as `main` reports errors (`ErrorReport`), and
    /// ends the process with its status.
    static func exitingOnFailure(_ body: () throws -> Void) {
        do {
            try body()
        } catch {
            exit(ErrorReport.report(error))
        }
    }

    /// `format`, or if nil, `table` on a terminal and CSV otherwise.
    private static func chosenFormat(_ format: OutputFormat?) -> OutputFormat {
        format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .csv)
    }

    /// Writes `text` to the file `out` and says so on standard error (unless `quiet`), or, without
    /// a file, to standard output as pure data.
    /// `database`: the warehouse read, which `out` must not be.
    static func deliver(_ text: String, to out: String?, saying note: String, quiet: Bool, database: String) throws {
        guard let out else { return writeOut(text) }
        try ExportTarget.check(out, database: database)
        try write(text, to: out)
        if !quiet { printMessage(visible("\(out): \(note)")) }
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
        writeError(text + "\n")
    }

    /// Writes `text` to standard output as it is.
    static func writeOut(_ text: String) { writeAll(text, to: STDOUT_FILENO) }

    /// Writes `text` to standard error as it is.
    static func writeError(_ text: String) { writeAll(text, to: STDERR_FILENO) }

    /// Writes each line of an error to standard error, as `tradewh: LINE`, made safe to show (see
    /// `shownSafely`); on a terminal the prefix is red, or the word `warning` yellow in a warning.
    static func printError(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let safe = shownSafely(line)
            if let warning = safe.range(of: ": warning: ") {
                printMessage("tradewh: " + safe[..<warning.lowerBound] + ": " + errorStyle.warning("warning") + ": "
                             + safe[warning.upperBound...])
            } else {
                printMessage(errorStyle.error("tradewh:") + " \(safe)")
            }
        }
    }

    /// `text` with its control characters written as `\u{1B}`, for a status line naming a file: an
    /// escape sequence in a file's name must not reach the terminal.
    static func visible(_ text: String) -> String {
        var shown = ""
        for scalar in text.unicodeScalars {
            shown += isControl(scalar) ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
        }
        return shown
    }

    /// The most characters of a quoted value an error message shows.
    static let quotedValueLimit = 80

    /// `line` as it can be shown on a terminal: control characters (a NUL, an escape sequence from a
    /// hostile file) written as `\u{1B}`, and a quoted value longer than `quotedValueLimit` cut in the
    /// middle with its length, so that a 10 MB field is one readable line.
    static func shownSafely(_ line: Substring) -> String {
        var shown = "", quoted = "", inQuotes = false
        func endQuote() {
            let characters = Array(quoted)
            if characters.count > quotedValueLimit {
                shown += String(characters.prefix(40)) + "…" + String(characters.suffix(20))
                    + " (\(characters.count) characters)"
            } else {
                shown += quoted
            }
            quoted = ""
        }
        for scalar in line.unicodeScalars {
            let text = isControl(scalar) ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
            if scalar == "\"" {
                if inQuotes { endQuote() }
                shown += text
                inQuotes.toggle()
            } else if inQuotes {
                quoted += text
            } else {
                shown += text
            }
        }
        if inQuotes { endQuote() }
        return shown
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\t" || (0x7F...0x9F).contains(scalar.value)
    }
}

/// A command that failed in a way already explained to the user, with the exit status to use.
struct CommandFailure: UserFacingError {
    let message: String
    var exitCode: Int32 = 1

    var description: String { message }
}

/// Writes all of `text`, as UTF-8, to the file descriptor `fd`.
private func writeAll(_ text: String, to fd: Int32) {
    var text = text
    text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: fd) }
}

/// Writes all of `bytes` to the file descriptor `fd`, as `write(2)` takes them. (Not FileHandle:
/// its first write sets up Foundation's file machinery, 0.05 ms of a point query.) A write that
/// fails (a closed pipe, a full disk) ends the output, as it would for `cat`.
private func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) {
    var offset = 0
    while offset < bytes.count {
        let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
    }
}
