import ArgumentParser
import Foundation
import TradeWarehouse

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Load release files into the warehouse, one transaction per file.",
        discussion: """
            Structured files are long-form: columns period, flow, partner, commodity, value_usd, and \
            optionally sector, quantity, unit, qualifier, estimated, yoy_pct. Partners and commodities may \
            be codes or names in Vietnamese or English. A file with any bad row loads nothing; every bad \
            row is listed as FILE:LINE. Prose bulletins (.txt, .md) are read like `tradewh extract`; \
            figures that cannot be placed are listed as warnings. Customs tables (.csv/.tsv whose first \
            line is not a long-form header, or .xlsx workbooks) are read by their title (period, flow, \
            unit such as "Đơn vị tính: nghìn USD") and header words (Mặt hàng / Tên nước, Lượng, Trị giá, \
            So với cùng kỳ (%)); --dry-run shows how each column was understood. A folder loads every \
            .csv, .tsv, .json, .ndjson, .xlsx, .txt and .md file in it, in name order. A file already \
            loaded (same SHA-256) is skipped.

            Examples:
              tradewh ingest Samples
              tradewh ingest Samples/tables/2024-01-exports-by-commodity.csv --dry-run
              cat Samples/2024-01-1-estimate.csv | tradewh ingest - --format csv --dry-run
            """
    ).parsedFirst()

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Files or folders to load; - reads standard input.", valueName: "path"), completion: .file())
    var paths: [String]

    @Option(name: .long, help: "Input format: auto (by extension, then content), csv, tsv, json, ndjson, table (a customs table saved as CSV/TSV), xlsx or text (a prose bulletin).")
    var format: IngestFormat = .auto

    @Option(help: ArgumentHelp("For CSV and TSV files: what separates the fields: comma, semicolon or tab (default: whichever "
                               + "splits the header into column names; a spreadsheet set to a decimal comma saves CSV with semicolons).",
                               valueName: "delimiter"))
    var delimiter: Delimiter?

    @Option(help: "For workbooks: read only this sheet (default: every sheet that holds a table).")
    var sheet: String?

    @Option(help: "For bulletins: the year of months named without one, when the text states no year.")
    var year: Int?

    @OptionGroup var published: PublishedOption

    @Flag(name: .long, help: "Check the files and report what would be loaded, without writing anything.")
    var dryRun = false

    @Flag(name: .shortAndLong, help: "Print only warnings and errors: no line per file, no progress bar.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also show, for each file loaded, how it was understood (as --dry-run does): which column of a customs table became which field.")
    var verbose = false

    @Flag(name: .long, help: "Load a file again even if it was loaded before, retiring the earlier releases of it (the same file, links and `..` resolved, or the same SHA-256; never for standard input), and say which it retired.")
    var replace = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose contradict each other; choose one") }
        _ = try published.date()
    }

    func run() throws {
        let store = try database.openStore(toWrite: true)
        let ingestor = try Ingestor(store: store)
        let (files, passedOver) = try Ingestor.expand(paths)
        if !quiet {
            for file in passedOver { Terminal.printMessage(Terminal.visible("\(file): passed over (not a file ingest reads; name it to load it)")) }
        }
        var failures = 0
        for (index, file) in files.enumerated() {
            do {
                let source = file == "-" ? InputSource.standardInput() : InputSource(path: file)
                let report = try ingest(source, with: ingestor)
                if !quiet { print(Terminal.visible(Self.describe(report))) }
                if dryRun || verbose { for line in report.understood { print(Terminal.visible("  " + line)) } }
                for warning in report.warnings { Terminal.printError("\(file): warning: \(warning.message(naming: UserInput.option))") }
            } catch let error as IngestError {
                Terminal.printError(UserInput.message(error))
                failures += 1
            } catch let error as StoreError where !error.isDiskFull && !error.isReadOnly {
                // The file's transaction was rolled back; the next files are tried all the same.
                Terminal.printError(Self.explain(error, file: file, database: database.path))
                failures += 1
            } catch let error as StoreError {
                // A full disk or a read-only warehouse: the next files would meet the same wall.
                let untried = files.count - index - 1
                guard untried > 0 else { throw CommandFailure(message: Self.explain(error, file: file, database: database.path)) }
                Terminal.printError(Self.explain(error, file: file, database: database.path))
                throw CommandFailure(message: "\(failures + 1 + untried) of \(files.count) file(s) not ingested "
                    + "(the \(untried) after \(file) were not tried)")
            }
        }
        if failures > 0 {
            throw CommandFailure(message: "\(failures) of \(files.count) file(s) not ingested")
        }
    }

    /// Ingests one file, with a progress bar while it loads if it is large and stderr is a terminal.
    private func ingest(_ source: InputSource, with ingestor: Ingestor) throws -> IngestReport {
        var options = IngestOptions(format: format, dryRun: dryRun, replace: replace, year: year, sheet: sheet)
        options.delimiter = delimiter
        options.published = try published.date()
        let bar = ProgressBar.forSource(source, quiet: quiet)
        if let bar { options.progress = { bar.update($0) } }
        defer { bar?.finish() }
        return try ingestor.ingest(source, options: options)
    }

    /// A store error met while writing `file`, in words: a full disk and a read-only warehouse
    /// are the user's to fix, and nothing of the file was written.
    static func explain(_ error: StoreError, file: String, database: String) -> String {
        if error.isDiskFull { return "\(file): the disk is full; nothing of \(file) was written" }
        if error.isReadOnly { return "\(file): the warehouse \(database) is read-only; nothing of \(file) was written" }
        return "\(file): \(error.description); nothing of \(file) was written"
    }

    /// What `--replace` retired, as the end of a file's line.
    static func describe(retired: [Int64]) -> String {
        switch retired.count {
        case 0: return "; retired no release (none was of this file)"
        case 1: return "; retired release \(retired[0])"
        default: return "; retired releases " + retired.map(String.init).joined(separator: ", ")
        }
    }

    static func describe(_ report: IngestReport) -> String {
        switch report.outcome {
        case .ingested(let releaseID):
            return "\(report.path): release \(releaseID), \(report.rowsAdded) rows added, \(report.rowsSuperseded) superseded"
                + (report.warnings.isEmpty ? "" : ", \(report.warnings.count) warning(s)") + (report.retired.map(describe(retired:)) ?? "")
        case .checked:
            return "\(report.path): ok (dry run), \(report.rowsAdded) rows would be added, \(report.rowsSuperseded) superseded; nothing written"
        case .skipped(let existing):
            return "\(report.path): already ingested as release \(existing) (same SHA-256); skipped (use --replace to load it again)"
        case .derivedOnly(let count):
            return "\(report.path): \(count) derived figure(s) only (source \"derived\"); nothing written, this warehouse derives its own"
        }
    }
}
