import ArgumentParser
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
            figures that cannot be placed are listed as warnings. A folder loads every .csv, .tsv, .json, \
            .ndjson, .txt and .md file in it, in name order. A file already loaded (same SHA-256) is skipped.

            Examples:
              tradewh ingest Samples
              tradewh ingest Samples/bulletins --dry-run
              cat figures.csv | tradewh ingest - --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Files or folders to load; - reads standard input.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: "Input format: auto (by extension, then content), csv, tsv, json, ndjson or text (a prose bulletin).")
    var format: IngestFormat = .auto

    @Option(help: "For bulletins: the year of months named without one, when the text states no year.")
    var year: Int?

    @Flag(name: .long, help: "Check the files and report what would be loaded, without writing anything.")
    var dryRun = false

    @Flag(name: .long, help: "Load a file again even if it was loaded before, retiring the earlier release of it (same path or SHA-256).")
    var replace = false

    func run() throws {
        let store = try database.openStore()
        let ingestor = try Ingestor(store: store)
        let (files, passedOver) = try Ingestor.expand(paths)
        for file in passedOver { Terminal.printMessage("\(file): passed over (not a file ingest reads; name it to load it)") }
        let options = IngestOptions(format: format, dryRun: dryRun, replace: replace, year: year)
        var failures = 0
        for file in files {
            do {
                let source = file == "-" ? InputSource.standardInput() : InputSource(path: file)
                let report = try ingestor.ingest(source, options: options)
                print(Self.describe(report))
                for warning in report.warnings { Terminal.printError("\(file): warning: \(warning)") }
            } catch let error as IngestError {
                Terminal.printError(error.description)
                failures += 1
            }
        }
        if failures > 0 {
            throw CommandFailure(message: "\(failures) of \(files.count) file(s) not ingested")
        }
    }

    static func describe(_ report: IngestReport) -> String {
        switch report.outcome {
        case .ingested(let releaseID):
            return "\(report.path): release \(releaseID), \(report.rowsAdded) rows added, \(report.rowsSuperseded) superseded"
                + (report.warnings.isEmpty ? "" : ", \(report.warnings.count) warning(s)")
        case .checked:
            return "\(report.path): ok (dry run), \(report.rowsAdded) rows would be added, \(report.rowsSuperseded) superseded; nothing written"
        case .skipped(let existing):
            return "\(report.path): already ingested as release \(existing) (same SHA-256); skipped (use --replace to load it again)"
        }
    }
}
