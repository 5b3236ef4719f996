import Foundation
import TradeWarehouse

do {
    // `tradewh help qeury` would print the top-level help; say which command was meant instead.
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "help", let suggestion = CommandSuggestion.message(for: Array(arguments.dropFirst())) {
        throw CommandFailure(message: suggestion.replacingOccurrences(of: "Error: ", with: ""), exitCode: 2)
    }
    var command = try SubcommandFirst.parse(arguments)
    try command.run()
} catch {
    exit(ErrorReport.report(error))
}
