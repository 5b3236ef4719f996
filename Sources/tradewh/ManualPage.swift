import ArgumentParser

/// A man page (roff) made from the same definitions as `--help`: one section per command, holding
/// its help as printed, so the manual and `--help` never disagree.
///
/// swift-argument-parser's `generate-manual` plugin also works offline, but it builds the whole
/// package in release mode (about two minutes here), drops non-ASCII letters (Vietnamese names
/// come out as "n v tnh") and runs the examples together into one paragraph.
enum ManualPage {
    /// The page for `root` and every command under it.
    static func roff(for root: ParsableCommand.Type, version: String) -> String {
        let name = root.configuration.commandName ?? "tradewh"
        var page = [
            ".TH \(name.uppercased()) 1 \"\" \"\(name) \(version)\" \"User Commands\"",
            ".SH NAME",
            "\(name) \\- \(escaped(root.configuration.abstract))",
        ]
        for path in commandPaths(under: root) {
            let title = ([name] + path.map(commandName)).joined(separator: " ").uppercased()
            let help = root.helpMessage(for: path.last ?? root, columns: 78)
            page += [".SH \"\(path.isEmpty ? "DESCRIPTION" : title)\"", ".nf"] + help.split(separator: "\n", omittingEmptySubsequences: false)
                .map { escaped(String($0)) } + [".fi"]
        }
        page += [".SH ENVIRONMENT", ".TP", "TRADEWH_DB", "The warehouse file when --db is not given.", ".TP", "NO_COLOR",
                 "When set and not empty, no colour is written, even on a terminal."]
        return page.joined(separator: "\n") + "\n"
    }

    /// Every command under `root`, depth first, as the path of types from `root` (itself: empty).
    private static func commandPaths(under root: ParsableCommand.Type) -> [[ParsableCommand.Type]] {
        [[]] + root.configuration.subcommands.flatMap { sub in commandPaths(under: sub).map { [sub] + $0 } }
    }

    private static func commandName(_ command: ParsableCommand.Type) -> String {
        command.configuration.commandName ?? String(describing: command).lowercased()
    }

    /// Text roff prints as it is: backslashes and hyphens escaped (a plain - may print as a dash
    /// that cannot be pasted as an option), and no line read as a request.
    private static func escaped(_ line: String) -> String {
        let text = line.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        return text.hasPrefix(".") || text.hasPrefix("'") ? "\\&" + text : text
    }
}
