import Foundation
import Testing
import TradeWarehouse

/// The binary carries its migrations: copied alone to an empty folder, it still builds a database.
@Suite struct LoneBinaryEndToEndTests {
    @Test func aCopiedBinaryMigratesANewDatabase() throws {
        let scratch = try Scratch()
        let lone = URL(fileURLWithPath: scratch.file("tradewh"))
        try FileManager.default.copyItem(at: CLI.binary, to: lone)
        let environment = ["TRADEWH_DB": scratch.file("fresh.sqlite")]
        let pending = try CLI.run(["migrate", "--status", "--format", "csv"], in: scratch.path, binary: lone, environment: environment)
        #expect(pending.stdout.contains("0004_views.sql,pending,,"))
        #expect(try CLI.run(["migrate"], in: scratch.path, binary: lone, environment: environment).status == 0)
        let migrate = try CLI.run(["migrate", "--status", "--format", "csv"], in: scratch.path, binary: lone, environment: environment)
        #expect(migrate.status == 0)
        let lines = migrate.stdout.split(separator: "\n").map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
        #expect(lines == ["migration,state"] + Migration.embedded().map { "\($0.name),applied" })
        let partner = try CLI.run(["partners", "han quoc", "--format", "csv"], in: scratch.path, binary: lone, environment: environment)
        #expect(partner.stdout.hasPrefix("code,kind,name_vi,name_en,aliases\nKR,country,Hàn Quốc,South Korea,"))
    }

    @Test func theDatabaseDefaultsToTradeSqliteInTheCurrentFolder() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["migrate"], in: scratch.path)
        #expect(result.status == 0)
        let names = Migration.embedded().map(\.name)
        #expect(result.stdout == names.map { "applied \($0)\n" }.joined() + "trade.sqlite: schema up to date (\(names.count) migrations)\n")
        let again = try CLI.run(["migrate"], in: scratch.path)
        #expect(again.stdout == "trade.sqlite: schema up to date (\(names.count) migrations)\n")
        #expect(FileManager.default.fileExists(atPath: scratch.file("trade.sqlite")))
    }
}
