import ArgumentParser
import Foundation
import TradeWarehouse

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the warehouse's figures out for other tools.",
        subcommands: [ExportFacts.self]
    )

    struct ExportFacts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "facts",
            abstract: "The current figures with codes and names: for spreadsheets, and for ingest into another warehouse.",
            discussion: """
                Every filter is optional; without any, every current figure is written. The columns are the ones \
                `ingest` reads (plus partner_name and commodity_name, which it passes over), so an export loads \
                into another warehouse as the same figures.

                Examples:
                  tradewh export facts --format csv --out figures.csv
                  tradewh export facts --period 2024-01 --partner US --format markdown
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("Only this period.", valueName: "period"))
        var period: String?

        @Option(help: "Only this flow: export, import, balance or turnover.")
        var flow: Flow?

        @Option(help: ArgumentHelp("Only this partner (code or name).", valueName: "partner"))
        var partner: String?

        @Option(help: ArgumentHelp("Only this commodity (code or name).", valueName: "commodity"))
        var commodity: String?

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var out: String?

        func validate() throws {
            if let period { do { _ = try Period.parse(period) } catch let error as InvalidValue { throw ValidationError(error.message) } }
        }

        func run() throws {
            let store = try database.openStore()
            let reference = try ReferenceData.load(from: store.db)
            let table = try FactExport.table(
                store.db, period: try period.map { try Period.parse($0) }, flow: flow,
                partner: try partner.map { name in try resolved { try reference.partners.resolve(name).code } },
                commodity: try commodity.map { name in try resolved {
                    switch try reference.resolveCommodity(name) {
                    case .known(let entry): return entry.code
                    case .newHSCode(let code): return code
                    }
                } })
            let format = output.format ?? (out == nil ? nil : .csv)
            if let out {
                try Terminal.write(table, format: format ?? .csv, to: out)
                Terminal.printMessage("\(out): \(table.rows.count) figure(s)")
            } else {
                Terminal.printRows(table, format: format)
            }
        }

        private func resolved(_ body: () throws -> String) throws -> String {
            do { return try body() } catch let error as InvalidValue { throw CommandFailure(message: error.message) }
        }
    }
}
