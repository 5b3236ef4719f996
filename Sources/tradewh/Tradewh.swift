import ArgumentParser
import TradeWarehouse

/// The `tradewh` command: parses arguments, calls the TradeWarehouse library, prints.
struct Tradewh: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tradewh",
        abstract: "A data warehouse for national trade statistics, in one SQLite file.",
        discussion: """
            Import monthly trade releases (CSV, TSV, JSON, NDJSON), then ask for year-on-year changes \
            and trade balances, or run your own SQL. The warehouse is one SQLite file: --db PATH, else \
            $TRADEWH_DB, else ./trade.sqlite, created on first use.

            Every command explains itself: tradewh COMMAND --help. Shell completions: tradewh \
            --generate-completion-script bash|zsh|fish (see README, "Install").

            Examples:
              tradewh ingest Samples
              tradewh query yoy --period 2024-01
              tradewh sql 'SELECT * FROM facts WHERE partner = :p' --param p=US
            """,
        version: "0.1.0",
        subcommands: [
            IngestCommand.self, ExtractCommand.self, QueryCommand.self, ExportCommand.self, SQLCommand.self, ReleasesCommand.self,
            PartnersCommand.self, CommoditiesCommand.self, GroupsCommand.self, MigrateCommand.self, RebuildCommand.self,
            ManualCommand.self, ServeCommand.self,
        ]
    )
}
