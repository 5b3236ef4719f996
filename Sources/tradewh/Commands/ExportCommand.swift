import ArgumentParser
import Foundation
import TradeWarehouse

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the warehouse's figures out for other tools: facts, summaries, charts and reports.",
        discussion: """
            Each writes to standard output, or to a file with --out.

            Examples:
              tradewh export facts --period 2024-01 --format csv
              tradewh export summary --period 2024-01 --lang en
              tradewh export chart partners --period 2024-01 --out partners.svg
            """,
        subcommands: [ExportFacts.self, ExportSummary.self, ExportChart.self, ExportReport.self]
    ).parsedFirst()

    struct ExportReport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "One self-contained HTML page for a period: the summary, charts and main tables.",
            discussion: """
                The page embeds its charts, so it can be mailed or opened offline.

                Examples:
                  tradewh export report --period 2024-01 --out report.html
                  tradewh export report --period 2024-01 --lang en > report-en.html
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var messages: QuietOption

        @Option(help: ArgumentHelp("The period.", valueName: "period"))
        var period: ParsedOption<Period>

        @OptionGroup var lang: LanguageOption<WordsLanguage>

        @Option(help: ArgumentHelp("The HTML file to write (default: standard output).", valueName: "file"))
        var out: String?

        func validate() throws {
            try period.check()
        }

        func run() throws {
            let store = try database.openStore()
            let parsed = try period.value()
            let language = try lang.language()
            let page = try ReportBuilder.page(store.db, period: parsed, language: language)
            try Terminal.deliver(page, to: out, saying: "report for \(parsed.code)", quiet: messages.quiet, database: database.path)
        }
    }

    struct ExportChart: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "chart",
            abstract: "A self-contained SVG chart: trend (monthly exports, imports, balance), partners or commodities (ranked bars).",
            discussion: """
                trend draws a partner's (default WORLD) and commodity's (default TOTAL) months; partners and \
                commodities rank a period's largest by value, each with its change on a year earlier.

                Examples:
                  tradewh export chart trend --out trend.svg
                  tradewh export chart partners --period 2024-01 --lang en --out partners.svg
                """
        )

        enum Kind: String, EnumArgument { case trend, partners, commodities }

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var messages: QuietOption

        @Argument(help: "What to draw (each is described above).")
        var kind: Kind

        @Option(help: ArgumentHelp("The period to rank (partners, commodities).", valueName: "period"))
        var period: ParsedOption<Period>?

        @Option(help: "The flow to rank.")
        var flow: Flow = .export

        @Option(help: ArgumentHelp("For trend: the partner, by code or name.", valueName: "partner"),
                completion: ReferenceCompletion.partner)
        var partner: String = PartnerCode.world.rawValue

        @Option(help: ArgumentHelp("For trend: the commodity, by code or name.", valueName: "commodity"),
                completion: ReferenceCompletion.commodity)
        var commodity: String = CommodityCode.total.rawValue

        @Option(help: ArgumentHelp("How many bars.", valueName: "n"))
        var top: Int = 10

        @OptionGroup var lang: LanguageOption<WordsLanguage>

        @Option(help: ArgumentHelp("The SVG file to write (default: standard output).", valueName: "file"))
        var out: String?

        func validate() throws {
            if kind != .trend && period == nil { throw ValidationError("\(kind.rawValue) ranks one period; give it with --period") }
            try period?.check()
        }

        func run() throws {
            let store = try database.openStore()
            let reference = try ReferenceData.load(from: store.db)
            let language = try lang.language()
            let chart = ChartSVG(language: language)
            let svg: String
            switch kind {
            case .trend:
                let partnerEntry = try UserInput.resolved(option: "--partner") { try reference.partners.resolve(partner) }
                let commodityCode = try UserInput.resolved(option: "--commodity") { try reference.resolveCommodity(commodity).code }
                let months = try ChartQueries.trend(store.db, partner: partnerEntry.code, commodity: commodityCode)
                guard !months.isEmpty else { throw CommandFailure(message: "no monthly figures for \(partnerEntry.label)") }
                svg = chart.trend(months, title: ChartTitle.trend(partner: partnerEntry, language: language))
            case .partners, .commodities:
                let parsed = try (period ?? ParsedOption("")).value()
                let bars = try ChartQueries.ranking(store.db, period: parsed, flow: flow, byCommodity: kind == .commodities, limit: top)
                guard !bars.isEmpty else { throw CommandFailure(message: "no \(kind.rawValue) figures for \(parsed.code)") }
                svg = chart.ranking(bars, title: ChartTitle.ranking(byCommodity: kind == .commodities, flow: flow, period: parsed,
                                                                    language: language))
            }
            try Terminal.deliver(svg, to: out, saying: "\(kind.rawValue) chart", quiet: messages.quiet, database: database.path)
        }
    }

    struct ExportSummary: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "summary",
            abstract: "A written summary of a period, in Vietnamese or English, from the warehouse's figures.",
            discussion: """
                Totals with their change on a year earlier, the balance (xuất siêu / nhập siêu, surplus / deficit), \
                the year to date, the main markets and products with their changes and shares, and the \
                consistency checks that failed. Figures are rounded as bulletins round them; a section whose \
                figures are missing is left out. Formats: markdown (default), html (a page), text, json.

                Examples:
                  tradewh export summary --period 2024-01
                  tradewh export summary --period 2024-01 --lang en --out january.md
                """
        )

        enum SummaryFormat: String, EnumArgument { case markdown, html, text, json }

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var messages: QuietOption

        @Option(help: ArgumentHelp("The period: 2024-01, 2024-Q1, 2024-01..2024-07, 2024...", valueName: "period"))
        var period: ParsedOption<Period>

        @OptionGroup var lang: LanguageOption<WordsLanguage>

        @Option(help: "The format; html is a whole page.")
        var format: SummaryFormat = .markdown

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var out: String?

        func validate() throws {
            try period.check()
        }

        func run() throws {
            let store = try database.openStore()
            let figures = try SummaryFigures.load(store.db, period: try period.value())
            guard figures.exports != nil || !figures.statedLines.isEmpty else {
                throw CommandFailure(message: "the warehouse has no figures for \(period.text); see `tradewh query yoy`")
            }
            let writer = SummaryWriter(language: try lang.language())
            let text: String
            switch format {
            case .json: text = try writer.json(figures)
            case .markdown, .text: text = try writer.text(figures, markdown: format == .markdown)
            case .html: text = writer.html(figures)
            }
            try Terminal.deliver(text, to: out, saying: "summary of \(period.text)", quiet: messages.quiet, database: database.path)
        }
    }

    struct ExportFacts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "facts",
            abstract: "The current figures with codes and names: for spreadsheets, and for ingest into another warehouse.",
            discussion: """
                Every filter is optional; without any, every current figure is written. The columns are the ones \
                `ingest` reads (plus partner_name and commodity_name, which it passes over), so an export loads \
                into another warehouse as the same figures.

                With --partitioned, --out names a new folder that gets one CSV per month, Hive-style \
                (DIR/period=2024-01/facts.csv; --gzip for facts.csv.gz), with codes, a fixed header ending \
                period_kind, period_start, period_end, and DIR/_schema.json giving every column's type, for \
                DuckDB, Spark or Trino: read_csv('DIR/*/*.csv', hive_partitioning = true). Quarters, years, \
                half-months and running totals overlap the months (summing them all counts twice): \
                --all-periods writes them too, and the figures the warehouse derived (column source: derived). \
                `tradewh ingest DIR` reads the folder back (without --gzip), passing derived rows over.

                Examples:
                  tradewh export facts --format csv --out figures.csv
                  tradewh export facts --period 2024-01 --partner US --format markdown
                  tradewh export facts --partitioned --out facts-by-period
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var messages: QuietOption
        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("Only this period.", valueName: "period"))
        var period: ParsedOption<Period>?

        @Option(help: "Only this flow.")
        var flow: Flow?

        @Option(help: ArgumentHelp("Only this partner (code or name).", valueName: "partner"),
                completion: ReferenceCompletion.partner)
        var partner: String?

        @Option(help: ArgumentHelp("Only this commodity (code or name).", valueName: "commodity"),
                completion: ReferenceCompletion.commodity)
        var commodity: String?

        @Option(help: ArgumentHelp("Write to this file (with --partitioned: this new folder) instead of standard output.",
                                   valueName: "path"))
        var out: String?

        @Flag(help: "Write one CSV per period under --out, Hive-style: DIR/period=2024-01/facts.csv.")
        var partitioned = false

        @Flag(help: "With --partitioned: gzip each file (facts.csv.gz).")
        var gzip = false

        @Flag(help: "With --partitioned: every period, not only months (quarters, years, half-months, running totals).")
        var allPeriods = false

        @OptionGroup var lang: LanguageOption<NamesLanguage>

        @Flag(help: "Start CSV/TSV with UTF-8's byte-order mark, by which Excel knows the file is UTF-8 (Vietnamese names show right).")
        var bom = false

        @Flag(help: "In CSV/TSV, keep text that starts like a spreadsheet formula (=, +, -, @) as it is, instead of prefixing it with ' so that spreadsheets show it as text.")
        var raw = false

        func validate() throws {
            try period?.check()
            if bom, let format = output.format, format != .csv, format != .tsv {
                throw ValidationError("--bom marks CSV or TSV as UTF-8 for Excel; --format \(format.rawValue) takes none")
            }
            if partitioned {
                guard out != nil else { throw ValidationError("--partitioned writes a folder: name it with --out DIR") }
                guard period == nil else { throw ValidationError("--partitioned writes every period; drop --period") }
                guard output.format == nil || output.format == .csv else { throw ValidationError("--partitioned writes CSV only") }
            } else if gzip || allPeriods {
                throw ValidationError("\(gzip ? "--gzip" : "--all-periods") goes with --partitioned")
            }
        }

        func run() throws {
            let store = try database.openStore()
            let reference = try ReferenceData.load(from: store.db)
            let partnerCode = try partner.map { name in
                try UserInput.resolved(option: "--partner") { try reference.partners.resolve(name).code }
            }
            let commodityCode = try commodity.map { name in
                try UserInput.resolved(option: "--commodity") { try reference.resolveCommodity(name).code }
            }
            if partitioned, let out {
                let summary = try PartitionedExport.write(store.db, to: out, filters: .init(flow: flow, partner: partnerCode,
                                                          commodity: commodityCode), gzip: gzip, allPeriods: allPeriods)
                let leftOut = summary.periodsLeftOut == 0 ? ""
                    : "; \(summary.periodsLeftOut) period(s) that are not months left out (--all-periods writes them)"
                if !messages.quiet {
                    Terminal.printMessage(Terminal.visible("\(out): \(summary.rows) figure(s) in \(summary.partitions) period folder(s)\(leftOut)"))
                }
                return
            }
            let format = output.format ?? (out == nil ? nil : .csv)
            let chosen = format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .csv)
            let language = try lang.language()
            if bom, chosen != .csv, chosen != .tsv {
                throw CommandFailure(message: "--bom marks CSV or TSV as UTF-8 for Excel; choose --format csv", exitCode: 2)
            }
            if chosen == .xlsx {
                var count = 0
                try FactExport.withRows(store.db, period: try period?.value(), flow: flow, partner: partnerCode,
                                        commodity: commodityCode, language: language) { statement in
                    try Terminal.writeWorkbook(to: out, database: database.path) { count = try $0.addSheet("facts", rowsOf: statement) }
                }
                if let out, !messages.quiet { Terminal.printMessage(Terminal.visible("\(out): \(count) figure(s)")) }
                return
            }
            if RowStreamWriter.streams(chosen) {
                let count = try FactExport.withRows(store.db, period: try period?.value(), flow: flow,
                                                    partner: partnerCode, commodity: commodityCode, language: language) { statement in
                    try Terminal.streamRows(statement, format: chosen, guardingFormulas: !raw && (chosen == .csv || chosen == .tsv),
                                            bom: bom, to: out, database: database.path)
                }
                if let out, !messages.quiet { Terminal.printMessage(Terminal.visible("\(out): \(count) figure(s)")) }
                return
            }
            var table = try FactExport.table(store.db, period: try period?.value(), flow: flow,
                                             partner: partnerCode, commodity: commodityCode, language: language)
            if !raw, format == .csv || format == .tsv || (format == nil && isatty(STDOUT_FILENO) == 0) {
                table = TableRenderer.guardingFormulas(table)
            }
            if let out {
                try Terminal.deliver(TableRenderer.render(table, as: format ?? .csv), to: out,
                                     saying: "\(table.rows.count) figure(s)", quiet: messages.quiet, database: database.path)
            } else {
                Terminal.printRows(table, format: format)
            }
        }
    }
}
