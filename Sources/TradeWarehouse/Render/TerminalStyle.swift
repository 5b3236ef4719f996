/// Colour for people at a terminal, and only for them: never in a pipe or a file, never when
/// `NO_COLOR` is set (https://no-color.org), never on a `dumb` terminal.
///
///     let style = TerminalStyle(isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
///     style.error("tradewh:")   // red on a terminal, plain otherwise
public struct TerminalStyle: Sendable {
    /// Whether escape codes are written at all.
    public let colours: Bool

    public init(isTerminal: Bool, environment: [String: String]) {
        colours = isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// Bold red, for the start of an error.
    public func error(_ text: String) -> String { paint(text, "1;31") }

    /// Yellow, for the start of a warning.
    public func warning(_ text: String) -> String { paint(text, "33") }

    /// A rendered table with its header line in bold.
    public func table(_ rendered: String) -> String {
        guard colours, let end = rendered.firstIndex(of: "\n") else { return rendered }
        return paint(String(rendered[..<end]), "1") + rendered[end...]
    }

    private func paint(_ text: String, _ code: String) -> String {
        colours ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
