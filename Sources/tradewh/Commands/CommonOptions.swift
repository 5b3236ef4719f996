import ArgumentParser
import TradeWarehouse

/// `--db`, shared by every command.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The warehouse file (default: $TRADEWH_DB, else ./trade.sqlite). Created and migrated on first use.",
        valueName: "path"), completion: .file(extensions: ["sqlite", "db"]))
    var db: String?

    /// The path to use, after the environment and the default.
    var path: String { TradeStore.defaultPath(explicit: db) }

    /// Opens (creating and migrating) the warehouse; `toWrite`: waiting for other writers however
    /// long they take, as a command that writes must.
    func openStore(toWrite: Bool = false) throws -> TradeStore { try TradeStore.open(path: path, waitingForWriters: toWrite) }
}

/// `--format`, for every command that prints rows.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "How to print rows (default: table on a terminal, csv otherwise).",
        valueName: "format"))
    var format: OutputFormat?
}

/// `--quiet`, for commands that say on standard error what they wrote.
struct QuietOption: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print nothing but errors on standard error (no line saying what was written).")
    var quiet = false
}

/// An option whose values are an enum's raw strings. ArgumentParser's own `allValueStrings` (for
/// help and completion, worked out at every parse) builds a key path for each such type: 0.1 ms of
/// every start. This one maps the cases with a closure.
protocol EnumArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension EnumArgument {
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
}

extension OutputFormat: EnumArgument {}
extension Flow: EnumArgument {}
extension Breakdown: EnumArgument {}
extension CommodityLevel: EnumArgument {}
extension NamedQuery: EnumArgument {}
extension IngestFormat: EnumArgument {}
extension Ranking: EnumArgument {}
extension Delimiter: EnumArgument {}

/// `--published`, for `extract` and `ingest`.
struct PublishedOption: ParsableArguments {
    @Option(help: ArgumentHelp("The day the release was published (YYYY-MM-DD). ingest stores it (see `tradewh releases`; "
                               + "--as-of DATE goes by it); for bulletins it dates months written without a year, and a month "
                               + "after that day is of the year before. A bulletin's dateline (\"Hà Nội, 15/2/2024\") gives it too.",
                               valueName: "date"))
    var published: String?

    func validate() throws { _ = try date() }

    /// The date given, if any; a usage error naming the option when it is not a date.
    func date() throws -> PublicationDate? {
        do {
            return try published.map(PublicationDate.init(parsing:))
        } catch let error as InvalidValue {
            throw ValidationError("--published: \(error.message)")
        }
    }
}

/// `--lang`, declared once: `Choice` says what it chooses, its default and its help (the words of
/// `export summary`, `chart` and `report`; the names of `export facts`; a bulletin's for `extract`).
struct LanguageOption<Choice: LanguageChoice>: ParsableArguments {
    @Option(help: ArgumentHelp(Choice.help))
    var lang = ParsedOption<Choice.Value>(Choice.defaultText)

    func validate() throws { try lang.check() }

    /// The language given (checked by `validate()`).
    func language() throws -> Choice.Value { try lang.value() }
}

/// What a command's `--lang` chooses: the value it parses to, its default and its help.
protocol LanguageChoice {
    associatedtype Value: ParsedFromText
    /// The default, as given on the command line.
    static var defaultText: String { get }
    static var help: String { get }
}

/// The language a command writes its words in (`export summary`, `chart`, `report`).
enum WordsLanguage: LanguageChoice {
    typealias Value = Language
    static let defaultText = "vi"
    static let help = "The language: vi or en."
}

/// The language of the names `export facts` writes beside the codes.
enum NamesLanguage: LanguageChoice {
    typealias Value = Language
    static let defaultText = "en"
    static let help = "The language of partner_name and commodity_name: en or vi."
}

/// The language a bulletin is written in, for `extract`: nil (`auto`) to tell from the text.
enum BulletinLanguage: LanguageChoice {
    typealias Value = Language?
    static let defaultText = "auto"
    static let help = "The bulletin's language: auto, vi or en. Decides 34,5 vs 34.5."
}
