import Foundation
import Testing

/// `$TRADEWH_DB` names the warehouse of every command without `--db` (the README's tour relies on
/// it); `--db` wins over it; unset or empty, the warehouse is ./trade.sqlite.
@Suite struct DatabaseEnvironmentEndToEndTests {
    static let count = ["sql", "SELECT count(*) AS n FROM fact", "--format", "csv"]

    @Test func theEnvironmentNamesTheWarehouseAndDbWins() throws {
        let scratch = try Scratch()
        try scratch.write("jan.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,WORLD,TOTAL,34530000000\n")
        let environment = ["TRADEWH_DB": "env.sqlite"]
        let ingest = try CLI.run(["ingest", "jan.csv"], in: scratch.path, environment: environment)
        #expect(ingest.stdout == "jan.csv: release 1, 1 rows added, 0 superseded\n")
        #expect(FileManager.default.fileExists(atPath: scratch.file("env.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("trade.sqlite")))
        #expect(try CLI.run(Self.count, in: scratch.path, environment: environment).stdout == "n\n1\n")
        #expect(try CLI.run(Self.count + ["--db", "other.sqlite"], in: scratch.path, environment: environment).stdout == "n\n0\n")
        #expect(try CLI.run(Self.count, in: scratch.path, environment: ["TRADEWH_DB": ""]).stdout == "n\n0\n")
        #expect(FileManager.default.fileExists(atPath: scratch.file("trade.sqlite")))
    }
}
