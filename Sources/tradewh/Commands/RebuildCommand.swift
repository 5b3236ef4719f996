import ArgumentParser
import TradeWarehouse

struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Recompute the headline and derived figures (table figure) from every stored figure; --check compares.",
        discussion: """
            Ingest keeps table `figure` (the current figures of TOTAL and the commodity groups, and those \
            derived from them) up to date as it writes. --check recomputes it beside the warehouse, \
            without writing, and lists every figure where the two differ (exit 1 if any); without \
            --check the table is recomputed in place, in one transaction.

            Examples:
              tradewh rebuild --check
              tradewh rebuild
            """
    ).parsedFirst()

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Only compare table figure with a fresh computation, and list the differences; write nothing.")
    var check = false

    func run() throws {
        let store = try database.openStore(toWrite: !check)
        guard check else {
            let count = try FigureRebuild.rebuild(store.db)
            return print("\(Terminal.visible(database.path)): figure rebuilt from fact: \(count) figure(s)")
        }
        let differences = try FigureRebuild.differences(databasePath: database.path)
        guard differences.rows.isEmpty else {
            Terminal.printRows(differences, format: output.format)
            throw CommandFailure(message: "figure differs from a fresh computation in \(differences.rows.count) row(s); "
                + "`tradewh rebuild` recomputes it")
        }
        print("\(Terminal.visible(database.path)): figure matches a fresh computation from fact: "
            + "\(try FigureRebuild.count(store.db)) figure(s)")
    }
}
