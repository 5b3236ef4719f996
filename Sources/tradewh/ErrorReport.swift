import ArgumentParser
import Foundation
import TradeWarehouse

/// How the command line reports an error that ends a command, in one place: what it prints on
/// standard error and the exit status, 0 success, 1 bad input or a failed check, 2 usage error (the
/// contract's codes, where ArgumentParser alone would use 64 for usage errors).
enum ErrorReport {
    /// Prints `error` and returns the status to exit with. `arguments`: the command line without
    /// the program's name, to suggest the command meant when the parser does not know one.
    static func report(_ error: Error, arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Int32 {
        switch error {
        case let code as ExitCode:
            return code.rawValue
        case let error as UserFacingError:
            // Every error a user can act on, the library's and the commands' own: one message,
            // values named by their options.
            Terminal.printError(UserInput.message(error))
            return exitStatus(of: error)
        default:
            return reportParserError(error, arguments: arguments)
        }
    }

    /// The status for an error a user can act on: 1, or 2 for a value the command line could
    /// have refused before any work started.
    static func exitStatus(of error: UserFacingError) -> Int32 {
        switch error {
        case let failure as CommandFailure: return failure.exitCode
        case AsOfError.unreadable: return 2
        default: return 1
        }
    }

    /// Help, the version and usage errors, as ArgumentParser words them (with the command meant
    /// when one is misspelled): 0 for help and the version, else 2.
    private static func reportParserError(_ error: Error, arguments: [String]) -> Int32 {
        let text = Tradewh.fullMessage(for: error)
        if Tradewh.exitCode(for: error) == .success {
            print(text)
            return 0
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let suggestion = CommandSuggestion.message(for: arguments) { lines[0] = suggestion }
        if lines[0].hasPrefix("Error:") { lines[0] = Terminal.errorStyle.error("Error:") + lines[0].dropFirst("Error:".count) }
        Terminal.writeError(lines.joined(separator: "\n") + "\n")
        return 2
    }
}
