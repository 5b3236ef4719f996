import ArgumentParser
import TradeWarehouse

struct ReleasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "releases",
        abstract: "List the ingested releases: id, file, format, rows, when published and ingested, and what replaced them.",
        discussion: "Examples:\n  tradewh releases\n  tradewh releases --format markdown"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        Terminal.printRows(try Listings.releases(try database.openStore().db), format: output.format)
    }
}

struct PartnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: "List trading partners (codes, Vietnamese and English names, aliases), optionally matching a term.",
        discussion: "Examples:\n  tradewh partners han quoc\n  tradewh partners --format csv"
    )

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
    )

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
    )

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
