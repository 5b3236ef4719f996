import ArgumentParser

/// Reads the command line by its subcommand first, where that gives the same command.
///
/// Parsing from the root makes ArgumentParser reflect over the named subcommand's options several
/// times over (to look for pass-through arguments as it matches the name) after trying the whole
/// line as a request for a completion script: in a point lookup, 19.7 of 38.2 million instructions,
/// most of them the Swift runtime's protocol-conformance lookups. When the first argument names a
/// subcommand and no argument asks for help, the version or completions, that subcommand parses the
/// rest as its own root; whatever it refuses is parsed again from the root, so that help, usage
/// errors and completions are ArgumentParser's own, word for word.
enum SubcommandFirst {
    /// The command `arguments` (without the program's name) ask for.
    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        if let subcommand = subcommand(for: arguments), let command = try? subcommand.parseAsRoot(Array(arguments.dropFirst())) {
            return command
        }
        return try Tradewh.parseAsRoot(arguments)
    }

    /// The subcommand that may parse `arguments` after its name on its own, or nil when only the
    /// root can answer them as a user expects (help, the version, completions, no subcommand).
    static func subcommand(for arguments: [String]) -> ParsableCommand.Type? {
        guard let name = arguments.first, !arguments.contains(where: asksTheRoot) else { return nil }
        return Tradewh.configuration.subcommands.first { $0._commandName == name }
    }

    /// Whether `argument` asks for something the root answers: help (`-h`, `--help`, `-help`, `help`),
    /// the version, a completion script or completions (`---completion`), or an experimental dump.
    private static func asksTheRoot(_ argument: String) -> Bool {
        ["-h", "--help", "-help", "help", "--version"].contains(argument)
            || argument.hasPrefix("--generate-completion-script") || argument.hasPrefix("---")
            || argument.hasPrefix("--experimental")
    }
}

extension CommandConfiguration {
    /// This configuration, for a subcommand that `SubcommandFirst` parses as its own root: it names
    /// `tradewh` as its super-command, as ArgumentParser's pseudo-commands do, so that the parse
    /// does not first try the line as a request for a completion script of the subcommand's own
    /// (asked of `tradewh` itself, which `SubcommandFirst` leaves to the root).
    func parsedFirst() -> CommandConfiguration {
        var configuration = self
        configuration._superCommandName = "tradewh"
        return configuration
    }
}
