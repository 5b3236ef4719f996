import ArgumentParser
import TradeWarehouse

/// A value the library parses from text, with its own messages: a period, a sector, a language.
protocol ParsedFromText: Sendable {
    static func parse(_ text: String) throws -> Self
}

extension Period: ParsedFromText {}
extension Sector: ParsedFromText {}

extension Language: ParsedFromText {
    static func parse(_ text: String) throws -> Language {
        guard let language = Language(rawValue: text) else { throw InvalidValue("--lang must be vi or en") }
        return language
    }
}

/// A bulletin's language for `extract`: `auto` (nil: told from the text), vi or en.
extension Optional: ParsedFromText where Wrapped == Language {
    static func parse(_ text: String) throws -> Language? {
        if text == "auto" { return nil }
        guard let language = Language(rawValue: text) else { throw InvalidValue("--lang must be auto, vi or en") }
        return language
    }
}

/// An option's value, parsed once, as the command line is read, by the library's own parser.
///
/// ArgumentParser can only say that a value it cannot read is invalid; this keeps the parser's
/// message (`month 13 in "2024-13" is not between 01 and 12`), which `check()` reports from the
/// command's `validate()` as a usage error (exit 2) before any work starts.
struct ParsedOption<Value: ParsedFromText>: ExpressibleByArgument, Sendable {
    /// The text as given (for messages that quote it).
    let text: String
    private let result: Result<Value, InvalidValue>

    init?(argument: String) {
        self.init(argument)
    }

    /// `text` parsed: a default value, or an argument.
    init(_ text: String) {
        self.text = text
        result = Result { try Value.parse(text) }.mapError { $0 as? InvalidValue ?? InvalidValue("\($0)") }
    }

    /// For `validate()`: a value that does not parse is a usage error, in the parser's words.
    func check() throws {
        if case .failure(let error) = result { throw ValidationError(error.message) }
    }

    /// The value (for `run()`, after `validate()` has checked it).
    func value() throws -> Value {
        try result.get()
    }

    var defaultValueDescription: String { text }
}
