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
            --partner and --commodity take several values (US,CN,JP, or the option again); --from and \
            --to give a range of periods instead of one --period; ytd --period 2024-02 is January–February. \
            top --rank decline lists declines only. In table and markdown output, a prior-year value \
            implied by a reported percentage is rounded to what that percentage supports (CSV and JSON \
            keep the exact quotient). An empty answer says why on standard error. reconcile exits 1 \
            when a check fails (a mismatch; revisions are no failure).
            Quarters, years and spans are derived from months (and a month from two spans, a second \
            half-month from its month) where no release states them; column `source` says which. \
            From HS lines (8-digit codes), each country's and the world's total and HS chapters, and the \
            world's headings and subheadings, are summed where no release states them: --commodity 85 \
            is chapter 85, --commodity 8517 heading 8517.

            Examples:
              tradewh query yoy --period 2024-01
              tradewh query top --period 2024-01 --by partner --top 5 --rank delta
              tradewh query yoy --partner US,CN,JP --from 2023-01 --to 2024-12
            """
    ).parsedFirst()

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The analysis to run (each is described above).", valueName: "name"))
    var name: NamedQuery

    @Option(help: ArgumentHelp("Only this period: 2024-01, 2024-05-H1, 2024-01..2024-07, 2024-Q1, 2024 "
                               + "(for ytd: the span from January to its end).", valueName: "period"))
    var period: ParsedOption<Period>?

    @Option(help: ArgumentHelp("Only periods starting in or after this one (with or without --to).", valueName: "period"))
    var from: ParsedOption<Period>?

    @Option(help: ArgumentHelp("Only periods ending in or before this one (with or without --from).", valueName: "period"))
    var to: ParsedOption<Period>?

    @Option(help: "Only this flow.")
    var flow: Flow?

    @Option(help: ArgumentHelp("Only these partners (code or name; several: US,CN,JP or the option again; "
                               + "default WORLD unless --by partner).", valueName: "partner"),
            completion: ReferenceCompletion.partner)
    var partner: [String] = []

    @Option(help: ArgumentHelp("Only these commodities (code or name; several: PHONES,TEXTILES or the option again; "
                               + "default TOTAL unless --by commodity).", valueName: "commodity"),
            completion: ReferenceCompletion.commodity)
    var commodity: [String] = []

    @Option(help: ArgumentHelp("Only this sector: ALL, FDI or DOMESTIC.", valueName: "sector"))
    var sector = ParsedOption<Sector>("ALL")

    @Option(help: "A row per partner or per commodity.")
    var by: Breakdown?

    @Option(help: ArgumentHelp("With --by commodity: only HS chapters (hs2), headings (hs4), subheadings (hs6) "
                               + "or the customs commodity groups (group).", valueName: "level"))
    var level: CommodityLevel?

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
        try from?.check()
        try to?.check()
        try sector.check()
        // The library's rules for a period and a range, before any work starts (a usage error).
        do {
            _ = try QueryRunner.checked(name, QueryFilters(period: try period?.value(), from: try from?.value(), to: try to?.value()))
        } catch let error as QueryError {
            throw ValidationError(UserInput.message(error))
        }
    }

    func run() throws {
        let store = try database.openStore()
        let point = try asOf.map { try Self.asOfPoint(for: $0, in: store.db) }
        let filters = QueryFilters(
            period: try period?.value(), from: try from?.value(), to: try to?.value(), flow: flow,
            partners: partner, commodities: commodity, sector: try sector.value(), breakdown: by, level: level,
            limit: top, ranking: rank, asOf: point)
        let runner = try QueryRunner(db: store.db)
        if name == .reconcile { return try reconcile(runner, filters) }
        let printed = try runner.withRows(name, filters) {
            try Terminal.printRows($0, format: output.format, sheet: name.rawValue, forReading: ImpliedPrecision.rounded)
        }
        if printed == 0, let reason = try runner.whyEmpty(name, filters) { Terminal.printMessage("no rows: " + reason) }
    }

    /// Prints the checks; a failed one (a mismatch) makes the exit status 1, as for any failed check.
    private func reconcile(_ runner: QueryRunner, _ filters: QueryFilters) throws {
        let table = try runner.run(.reconcile, filters)
        Terminal.printRows(table, format: output.format, sheet: name.rawValue)
        if table.rows.isEmpty, let reason = try runner.whyEmpty(.reconcile, filters) { Terminal.printMessage("no rows: " + reason) }
        let status = table.columns.firstIndex(of: "status")
        let failed = table.rows.filter { row in status.map { row[$0] == .text("mismatch") } ?? false }.count
        if failed > 0 { throw CommandFailure(message: "\(failed) check(s) failed (status mismatch)") }
    }

    /// `--as-of`'s moment (`AsOf.point`); for a day, which releases it counts, on standard error.
    static func asOfPoint(for text: String, in db: Database) throws -> AsOfPoint {
        let (point, known) = try AsOf.point(text, in: db)
        if let known { Terminal.printMessage(known.description) }
        return point
    }
}
