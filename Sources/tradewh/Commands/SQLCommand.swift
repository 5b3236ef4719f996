import ArgumentParser
import Foundation
import TradeWarehouse

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run your own SQL on the warehouse; read-only unless --write.",
        discussion: """
            Query the public views and the tables behind them (--schema lists every one with its columns \
            and what it holds; see README, "Schema"). Without a query, the SQL is read from standard input. Without --write the database is opened read-only and SQLite itself refuses any change, ATTACH \
            and PRAGMA settings. Put values in with :name placeholders and --param name=value; never paste \
            them into the SQL.

            Examples:
              tradewh sql --schema
              tradewh sql 'SELECT * FROM yoy WHERE partner = :p' --param p=CN
              echo 'SELECT * FROM balance' | tradewh sql --format csv
            """
    ).parsedFirst()

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The SQL to run (one or more statements); without it, read from standard input.",
                                 valueName: "query"))
    var query: String?

    @Option(name: .customLong("param"), help: ArgumentHelp("A value for :NAME in the query (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    @Flag(help: "Allow the SQL to change the database.")
    var write = false

    @Flag(help: "Print every table and view with its columns and what each holds, instead of running SQL.")
    var schema = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Answer as the warehouse stood after a release (its id), or on a day (YYYY-MM-DD): the releases published by then, "
            + "and those with no publication date ingested by then.", valueName: "release|date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Stop the SQL if it runs longer than this (default: no limit).", valueName: "seconds"))
    var timeout: Double?

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout.isFinite) { throw ValidationError("--timeout \(timeout): give a number of seconds above 0") }
        if schema && query != nil { throw ValidationError("--schema prints the tables and views; give it no query") }
        for parameter in parameters {
            do { _ = try AdHocSQL.parseParameter(parameter) } catch let error as QueryError { throw ValidationError(UserInput.message(error)) }
        }
    }

    func run() throws {
        // (First: SQLite enforces the bound only if it is set before the first connection opens.)
        QueryLimits.limitHeap()
        if schema { return Terminal.printRows(try PublicSchema.table(try database.openStore().db), format: output.format) }
        var values: [String: String] = [:]
        for parameter in parameters {
            let (name, value) = try AdHocSQL.parseParameter(parameter)
            values[name] = value
        }
        let point = try asOf.map { try QueryCommand.asOfPoint(for: $0, in: try database.openStore().db) }
        try AdHocSQL.withRows(try query ?? Self.standardInput(), parameters: values, databasePath: database.path, write: write,
                              asOf: point, timeout: timeout) { rows in
            switch rows {
            case .rows(let statement): try Terminal.printRows(statement, format: output.format)
            case .table(let table): Terminal.printRows(table, format: output.format)
            }
        }
    }

    /// The SQL piped in, with a hint first when it is typed at a terminal.
    private static func standardInput() throws -> String {
        if isatty(STDIN_FILENO) == 1 { Terminal.printMessage("reading SQL from standard input; end it with Ctrl-D") }
        let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        guard !text.allSatisfy(\.isWhitespace) else {
            throw CommandFailure(message: "no SQL given: pass a query, or pipe one in (see `tradewh sql --help`)", exitCode: 2)
        }
        return text
    }
}
