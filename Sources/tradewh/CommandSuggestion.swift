import ArgumentParser
import TradeWarehouse

/// Names the closest commands to a mistyped one (`tradewh qeury`), which ArgumentParser only
/// reports as an unexpected argument; it already suggests for options.
enum CommandSuggestion {
    /// The error line for the first word of `arguments` that should name a subcommand and does not,
    /// or nil when every command word is known.
    static func message(for arguments: [String]) -> String? {
        var command: ParsableCommand.Type = Tradewh.self
        // A word after an option is taken as its value (`groups --db w.sqlite`), not as a command.
        let words = arguments.indices.filter { index in
            !arguments[index].hasPrefix("-") && (index == 0 || !arguments[index - 1].hasPrefix("-"))
        }.map { arguments[$0] }
        for word in words {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty else { return nil }
            if let next = subcommands.first(where: { name(of: $0) == word }) {
                command = next
                continue
            }
            return text(unknown: word, among: subcommands.map(name), hasDefault: command.configuration.defaultSubcommand != nil)
        }
        return nil
    }

    private static func name(of command: ParsableCommand.Type) -> String {
        command.configuration.commandName ?? String(describing: command).lowercased()
    }

    /// Under a command with a default subcommand (`groups`), a word may be that subcommand's
    /// argument, so only a close match counts as a mistyped command.
    private static func text(unknown word: String, among names: [String], hasDefault: Bool) -> String? {
        let close = ClosestNames.to(word, among: names)
        if close.isEmpty {
            return hasDefault ? nil : "Error: Unknown command '\(word)'. The commands are: \(names.joined(separator: ", "))."
        }
        return "Error: Unknown command '\(word)'. Did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
}
