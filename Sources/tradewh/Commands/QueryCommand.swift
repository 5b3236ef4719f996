import ArgumentParser
import TradeWarehouse

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a named analysis: yoy (year-on-year change) or balance (exports − imports).",
        discussion: """
            Without --by, rows are the headline: partner WORLD, commodity TOTAL, all enterprises. \
            --by partner gives a row per partner, --by commodity a row per commodity. Partners and \
            commodities may be given by code or by name (Hoa Kỳ, "phones").

            Examples:
              tradewh query yoy --period 2024-01
              tradewh query yoy --period 2024-01 --by commodity --partner US
              tradewh query balance --by partner --format markdown
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The analysis: yoy or balance.", valueName: "name"))
    var name: NamedQuery

    @Option(help: ArgumentHelp("Only this period: 2024-01, 2024-05-H1, 2024-01..2024-07, 2024-Q1, 2024.", valueName: "period"))
    var period: String?

    @Option(help: "Only this flow: export, import, balance or turnover.")
    var flow: Flow?

    @Option(help: ArgumentHelp("Only this partner (code or name; default WORLD unless --by partner).", valueName: "partner"))
    var partner: String?

    @Option(help: ArgumentHelp("Only this commodity (code or name; default TOTAL unless --by commodity).", valueName: "commodity"))
    var commodity: String?

    @Option(help: ArgumentHelp("Only this sector: ALL (default), FDI or DOMESTIC.", valueName: "sector"))
    var sector: String = "ALL"

    @Option(help: "A row per partner or per commodity.")
    var by: Breakdown?

    func validate() throws {
        if let period { _ = try parsed { try Period.parse(period) } }
        _ = try parsed { try Sector.parse(sector) }
    }

    func run() throws {
        let store = try database.openStore()
        let filters = QueryFilters(
            period: try period.map { text in try parsed { try Period.parse(text) } }, flow: flow,
            partner: partner, commodity: commodity, sector: try parsed { try Sector.parse(sector) }, breakdown: by)
        Terminal.printRows(try QueryRunner(db: store.db).run(name, filters), format: output.format)
    }

    private func parsed<T>(_ parse: () throws -> T) throws -> T {
        do { return try parse() } catch let error as InvalidValue { throw ValidationError(error.message) }
    }
}
