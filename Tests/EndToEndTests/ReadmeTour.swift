import Foundation

/// The commands of README.md, read by the convention its "How the examples are checked" section
/// states:
///
/// - In a code block fenced with no language (or `console`), a line starting `$ ` is a command; the
///   lines after it, up to the next `$ ` line or the block's end, are what it prints on a terminal
///   (blank lines at the end dropped). `$ export NAME=VALUE` sets NAME for the commands after it.
/// - A shown line ending in ` ...` stands for any line starting with what comes before; a last line
///   `...` stands for any further lines.
/// - A shown line starting `tradewh: ` that is not a warning (`: warning: `) is an error: the
///   command must then fail; otherwise it must succeed.
/// - A block fenced ```` ```csv FILE ```` (any language, then a file name) is written to FILE
///   before the commands after it run.
/// - Blocks fenced `sh`, `sql`, `json`, `python` and others are not run: building, installing
///   and benchmarking are shown there, without a prompt.
struct ReadmeTour {
    /// One step of the tour, in README order.
    enum Step {
        case command(Command)
        case file(name: String, contents: String)
        case environment(name: String, value: String)
    }

    /// A command and the output the README shows after it, with where that output stands.
    struct Command {
        let text: String
        /// The line (0-based) of the `$ ` line; the shown output is the lines after it, `shown.count` of them.
        let line: Int
        let shown: [String]

        /// Whether the README shows the command failing.
        var showsError: Bool {
            shown.contains { $0.hasPrefix("tradewh: ") && !$0.contains(": warning: ") }
        }

        /// Whether `actual` (lines, trailing spaces dropped) is what the README shows.
        func matches(_ actual: [String]) -> Bool {
            var shown = self.shown
            var actual = actual
            if shown.last == "..." {
                shown.removeLast()
                guard actual.count >= shown.count else { return false }
                actual = Array(actual.prefix(shown.count))
            }
            guard shown.count == actual.count else { return false }
            return zip(shown, actual).allSatisfy { expected, line in
                expected.hasSuffix(" ...") ? line.hasPrefix(String(expected.dropLast(4))) : expected == line
            }
        }

        /// `actual` as the README should show it, keeping the elisions (` ...`, `...`) the README
        /// makes: the same number of lines before a last `...`, each elided line cut at the same
        /// width (in characters), and lines gained after the last one cut as it was.
        func shown(as actual: [String]) -> [String] {
            var lines = actual
            if shown.last == "...", actual.count > shown.count - 1 {
                lines = Array(actual.prefix(shown.count - 1)) + ["..."]
            }
            // Lines the output gained after the last shown one are cut as that one was.
            let cuts = shown.filter { $0 != "..." }.map { $0.hasSuffix(" ...") ? $0.count - 4 : nil }
            for index in lines.indices where lines[index] != "..." {
                guard let kept = index < cuts.count ? cuts[index] : cuts.last ?? nil, lines[index].count > kept else { continue }
                lines[index] = String(lines[index].prefix(kept)).trimmingTrailingSpaces + " ..."
            }
            return lines
        }
    }

    let lines: [String]
    let steps: [Step]

    init(readme text: String) {
        lines = text.components(separatedBy: "\n")
        var steps: [Step] = []
        var index = 0
        while index < lines.count {
            guard lines[index].hasPrefix("```") else { index += 1; continue }
            let info = lines[index].dropFirst(3).split(separator: " ").map(String.init)
            var end = index + 1
            while end < lines.count, !lines[end].hasPrefix("```") { end += 1 }
            let body = Array(lines[(index + 1)..<min(end, lines.count)])
            if info.count == 2 {
                steps.append(.file(name: info[1], contents: body.joined(separator: "\n") + "\n"))
            } else if info.isEmpty || info == ["console"] {
                steps += Self.steps(in: body, from: index + 1)
            }
            index = end + 1
        }
        self.steps = steps
    }

    /// The commands (and `export` lines) of a console block whose first line is `first`.
    private static func steps(in body: [String], from first: Int) -> [Step] {
        var steps: [Step] = []
        var index = 0
        while index < body.count {
            let line = body[index]
            guard line.hasPrefix("$ ") else { index += 1; continue }
            let text = String(line.dropFirst(2))
            var end = index + 1
            while end < body.count, !body[end].hasPrefix("$ ") { end += 1 }
            var shown = Array(body[(index + 1)..<end])
            while shown.last?.trimmingTrailingSpaces.isEmpty == true { shown.removeLast() }
            if text.hasPrefix("export "), let equals = text.firstIndex(of: "=") {
                let name = String(text[text.index(text.startIndex, offsetBy: 7)..<equals])
                let value = text[text.index(after: equals)...].prefix { $0 != " " && $0 != "#" }
                steps.append(.environment(name: name, value: String(value)))
            } else {
                steps.append(.command(Command(text: text, line: first + index, shown: shown.map(\.trimmingTrailingSpaces))))
            }
            index = end
        }
        return steps
    }

    /// The README with each command's shown output replaced by `outputs[line of the command]`.
    func rewritten(with outputs: [Int: [String]]) -> String {
        var result = lines
        let commands = steps.compactMap { step -> Command? in if case .command(let command) = step { return command } else { return nil } }
        for command in commands.sorted(by: { $0.line > $1.line }) {
            guard let output = outputs[command.line] else { continue }
            result.replaceSubrange((command.line + 1)..<(command.line + 1 + command.shown.count), with: command.shown(as: output))
        }
        return result.joined(separator: "\n")
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
    }
}
