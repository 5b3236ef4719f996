import Foundation
import ArgumentParser
import TradeWarehouse

struct ReleasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "releases",
        abstract: "List the ingested releases: id, file, format, rows, when published and ingested, and what replaced them.",
        discussion: """
            A table (and markdown) shows the first line of each release's source note, ending … when it goes on; \
            --verbose and the machine formats (csv, tsv, json, ndjson, xlsx) give the whole note.

            Examples:
              tradewh releases
              tradewh releases --format json
            """
    ).parsedFirst()

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Flag(name: .shortAndLong, help: "In a table, the whole source note of each release, not only its first line.")
    var verbose = false

    func run() throws {
        var releases = try Listings.releases(try database.openStore().db)
        let format = output.format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .csv)
        if !verbose && (format == .table || format == .markdown) { releases = releases.firstLines(ofColumn: "source") }
        Terminal.printRows(releases, format: format, sheet: "releases")
    }
}

struct PartnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: "List trading partners (codes, Vietnamese and English names, aliases), optionally matching a term.",
        discussion: "Examples:\n  tradewh partners han quoc\n  tradewh partners --format csv"
    ).parsedFirst()

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "Show only partners whose code, names or aliases contain this (case and diacritics ignored).")
    var term: [String] = []

    func run() throws {
        let term = self.term.isEmpty ? nil : self.term.joined(separator: " ")
        Terminal.printRows(try Listings.partners(try database.openStore().db, matching: term), format: output.format)
    }
}

struct CommoditiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commodities",
        abstract: "List commodity groups (codes, names, aliases, which flows they appear in), optionally matching a term.",
        discussion: "Examples:\n  tradewh commodities dien thoai\n  tradewh commodities --format json"
    ).parsedFirst()

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "Show only commodities whose code, names or aliases contain this (case and diacritics ignored).")
    var term: [String] = []

    func run() throws {
        let term = self.term.isEmpty ? nil : self.term.joined(separator: " ")
        Terminal.printRows(try Listings.commodities(try database.openStore().db, matching: term), format: output.format)
    }
}

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or bring the warehouse's schema up to date; --status lists the migrations.",
        discussion: "Examples:\n  tradewh migrate\n  tradewh migrate --status"
    ).parsedFirst()

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "List every migration this binary carries and whether it is applied.")
    var status = false

    func run() throws {
        if status {
            let db = try Database(path: database.path)
            Terminal.printRows(try Listings.migrations(db), format: output.format)
            return
        }
        let store = try database.openStore()
        for name in store.migrationsApplied { print("applied \(name)") }
        print("\(database.path): schema up to date (\(Migration.embedded().count) migrations)")
    }
}
