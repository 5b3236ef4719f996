import ArgumentParser
import Foundation
import TradeWarehouse

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read a prose trade bulletin (Vietnamese or English) and print the figures it states; writes nothing.",
        discussion: """
            Every amount in US dollars becomes one row: flow, period, partner, commodity, sector, value \
            in whole USD, qualifier (hơn / more than = over...), estimate, year-on-year and \
            month-on-month change, the sentence it came from, and how sure the placing is (confidence, \
            with a warning for each field that a weak rule decided: a period carried from an earlier \
            sentence, a year taken from a comparison). --explain shows the rule and words behind each field. Amounts that cannot be placed (no flow, \
            or no period) are reported on stderr as warnings, never guessed.

            Examples:
              tradewh extract Samples/bulletins/2024-01-customs-vi.txt --format table
              tradewh extract Samples/bulletins/2023-01-customs-en.txt --format json
              cat Samples/bulletins/2023-01-customs-en.txt | tradewh extract - --lang en
            """
    ).parsedFirst()

    @Argument(help: ArgumentHelp("The bulletin: a .txt or .md file, or - for standard input.", valueName: "file"),
              completion: .file(extensions: ["txt", "md"]))
    var file: String

    @Option(help: "The year of months the text names without one, when the text states no year itself.")
    var year: Int?

    @OptionGroup var published: PublishedOption

    @OptionGroup var lang: LanguageOption<BulletinLanguage>

    @Flag(help: "Also show, for each figure, the rule and the words that gave its period, flow, partner, commodity and sector.")
    var explain = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let year, !(1990...2100).contains(year) { throw ValidationError("--year \(year) is not a year between 1990 and 2100") }
        _ = try published.date()
    }

    func run() throws {
        let text = try BulletinText.read(file)
        let extractor = BulletinExtractor(reference: try ReferenceData.builtIn())
        let currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        let result = extractor.extract(text, year: year, published: try published.date(), language: try lang.language(),
                                       assumingYear: currentYear)
        for warning in result.warnings {
            Terminal.printError("\(file): warning: \(warning.message)" + (warning.text.isEmpty ? "" : ": \(warning.text)"))
        }
        Terminal.printRows(ExtractionTable.make(result.facts, explain: explain), format: output.format)
    }
}
