import ArgumentParser
import TradeWarehouse

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a named analysis: yoy, balance, ytd, mom, share, top or reconcile.",
        discussion: """
            yoy: change on the same period a year earlier. balance: exports, imports, balance and \
            turnover. ytd: spans from January with the same span a year earlier. mom: change on the \
            previous month, half-month or quarter. share: a partner's share of the world figure (--by \
            partner) or a commodity's share of its partner's total (--by commodity). top: the largest \
            partners or commodities of one period, ranked by --rank. reconcile: consistency checks \
            (reported YoY % vs computed, balance vs exports − imports, spans vs their months, countries \
            vs the world, revisions), each ok, mismatch or revised.

            Without --by, rows are the headline: partner WORLD, commodity TOTAL, all enterprises. \
            Quarters, years and spans are derived from months (and a month from two spans, a second \
            half-month from its month) where no release states them; column `source` says which.

            Examples:
              tradewh query yoy --period 2024-01
              tradewh query top --period 2024-01 --by partner --top 5 --rank delta
              tradewh query reconcile --format markdown
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The analysis to run (each is described above).", valueName: "name"))
    var name: NamedQuery

    @Option(help: ArgumentHelp("Only this period: 2024-01, 2024-05-H1, 2024-01..2024-07, 2024-Q1, 2024.", valueName: "period"))
    var period: ParsedOption<Period>?

    @Option(help: "Only this flow.")
    var flow: Flow?

    @Option(help: ArgumentHelp("Only this partner (code or name; default WORLD unless --by partner).", valueName: "partner"),
            completion: ReferenceCompletion.partner)
    var partner: String?

    @Option(help: ArgumentHelp("Only this commodity (code or name; default TOTAL unless --by commodity).", valueName: "commodity"),
            completion: ReferenceCompletion.commodity)
    var commodity: String?

    @Option(help: ArgumentHelp("Only this sector: ALL, FDI or DOMESTIC.", valueName: "sector"))
    var sector = ParsedOption<Sector>("ALL")

    @Option(help: "A row per partner or per commodity.")
    var by: Breakdown?

    @Option(help: ArgumentHelp("For top: how many rows.", valueName: "n"))
    var top: Int = 10

    @Option(help: "For top: rank by value, delta (largest rise in USD), pct (largest rise in %) or decline.")
    var rank: Ranking = .value

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Answer as the warehouse stood after a release (its id), or on a day (YYYY-MM-DD): the releases published by then, "
            + "and those with no publication date ingested by then.",
        valueName: "release|date"))
    var asOf: String?

    func validate() throws {
        try period?.check()
        try sector.check()
    }

    func run() throws {
        let store = try database.openStore()
        let point = try asOf.map { try Self.asOfPoint(for: $0, in: store.db) }
        let filters = QueryFilters(
            period: try period?.value(), flow: flow,
            partner: partner, commodity: commodity, sector: try sector.value(), breakdown: by,
            limit: top, ranking: rank, asOf: point)
        try QueryRunner(db: store.db).withRows(name, filters) { try Terminal.printRows($0, format: output.format, sheet: name.rawValue) }
    }

    /// A release id, or a day: the releases published by then, and those with no publication date
    /// ingested by then, which it says on standard error.
    static func asOfPoint(for text: String, in db: Database) throws -> AsOfPoint {
        if let id = Int64(text) { return .release(id) }
        guard let day = try? CalendarDate.parse(text) else {
            throw CommandFailure(message: "--as-of \(text): expected a release id (see `tradewh releases`) or a real day YYYY-MM-DD", exitCode: 2)
        }
        let known = try AsOf.releases(knownBy: day, in: db)
        guard !known.isEmpty else {
            throw CommandFailure(message: "--as-of \(text): no release was published, or ingested, on or before that day")
        }
        Terminal.printMessage(known.description)
        return .day(day)
    }
}
