import ArgumentParser
import TradeWarehouse

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run your own SQL on the warehouse; read-only unless --write.",
        discussion: """
            Query the views facts, yoy and balance and the tables behind them (see README, "Schema"). \
            Without --write the database is opened read-only and SQLite itself refuses any change, ATTACH \
            and PRAGMA settings. Put values in with :name placeholders and --param name=value; never paste \
            them into the SQL.

            Examples:
              tradewh sql 'SELECT period, flow, value_usd FROM facts WHERE partner = :p' --param p=WORLD
              tradewh sql 'SELECT * FROM yoy WHERE period = :p AND partner = :c' --param p=2024-01 --param c=CN
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The SQL to run (one or more statements).", valueName: "query"))
    var query: String

    @Option(name: .customLong("param"), help: ArgumentHelp("A value for :NAME in the query (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    @Flag(help: "Allow the SQL to change the database.")
    var write = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Answer as the warehouse stood after a release: its id, or a date (YYYY-MM-DD).", valueName: "release|date"))
    var asOf: String?

    func validate() throws {
        for parameter in parameters {
            do { _ = try AdHocSQL.parseParameter(parameter) } catch let error as QueryError { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        var values: [String: String] = [:]
        for parameter in parameters {
            let (name, value) = try AdHocSQL.parseParameter(parameter)
            values[name] = value
        }
        let release = try asOf.map { try QueryCommand.release(for: $0, in: try database.openStore().db) }
        let table = try AdHocSQL.run(query, parameters: values, databasePath: database.path, write: write, asOfRelease: release)
        Terminal.printRows(table, format: output.format)
    }
}
