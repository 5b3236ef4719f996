import ArgumentParser
import Foundation
import TradeWarehouse

// Exit status: 0 success, 1 bad input or a failed check, 2 usage error (the contract's codes,
// where ArgumentParser alone would use 64 for usage errors).
do {
    // `tradewh help qeury` would print the top-level help; say which command was meant instead.
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "help", let suggestion = CommandSuggestion.message(for: Array(arguments.dropFirst())) {
        throw CommandFailure(message: suggestion.replacingOccurrences(of: "Error: ", with: ""), exitCode: 2)
    }
    var command = try Tradewh.parseAsRoot()
    try command.run()
} catch let error as ExitCode {
    exit(error.rawValue)
} catch let error as UserFacingError {
    // Every error a user can act on, the library's and the commands' own: one message, exit 1
    // (or the command's own code), values named by their options.
    Terminal.printError(UserInput.message(error))
    exit((error as? CommandFailure)?.exitCode ?? 1)
} catch {
    let code = Tradewh.exitCode(for: error)
    if code == .success {
        print(Tradewh.fullMessage(for: error))
        exit(0)
    }
    var lines = Tradewh.fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let suggestion = CommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst())) { lines[0] = suggestion }
    if lines[0].hasPrefix("Error:") { lines[0] = Terminal.errorStyle.error("Error:") + lines[0].dropFirst("Error:".count) }
    Terminal.writeError(lines.joined(separator: "\n") + "\n")
    exit(2)
}
