import Foundation
import Testing

/// `tradewh rebuild` recomputes table `figure` from `fact`, and `--check` says where they differ
/// without writing (issue 24: a warehouse whose `figure` went wrong had no command to repair it).
@Suite struct RebuildEndToEndTests {
    static let damage = """
        UPDATE figure SET value_usd = 1
        WHERE period_id = (SELECT id FROM period WHERE code = '2024-01') AND flow_id = 1 AND sector_id = 1
          AND partner_id = (SELECT id FROM partner WHERE code = 'WORLD') AND commodity_id = (SELECT id FROM commodity WHERE code = 'TOTAL');
        DELETE FROM figure
        WHERE period_id = (SELECT id FROM period WHERE code = '2023-01') AND flow_id = 2 AND sector_id = 1
          AND partner_id = (SELECT id FROM partner WHERE code = 'WORLD') AND commodity_id = (SELECT id FROM commodity WHERE code = 'TOTAL');
        """

    @Test func checkListsWhatDiffersAndRebuildRepairsIt() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples, "--db", "w.sqlite"], in: scratch.path)
        let clean = try CLI.run(["rebuild", "--check", "--db", "w.sqlite"], in: scratch.path)
        #expect(clean.status == 0)
        #expect(clean.stdout == "w.sqlite: figure matches a fresh computation from fact: 35 figure(s)\n")
        #expect(try CLI.run(["sql", Self.damage, "--write", "--db", "w.sqlite"], in: scratch.path).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: scratch.file("w.sqlite")))
        let check = try CLI.run(["rebuild", "--check", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(check.status == 1)
        #expect(check.stdout == """
            side,period,flow,partner,commodity,sector,value_usd,source,release_id,prior_value_usd,delta_pct
            recomputed,2023-01,import,WORLD,TOTAL,ALL,21480000000,reported,1,,
            stored,2024-01,export,WORLD,TOTAL,ALL,1,reported,4,23610000000,46.25
            recomputed,2024-01,export,WORLD,TOTAL,ALL,34530000000,reported,4,23610000000,46.25

            """)
        #expect(check.stderr == "tradewh: figure differs from a fresh computation in 3 row(s); `tradewh rebuild` recomputes it\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.file("w.sqlite"))) == bytes)
        let rebuild = try CLI.run(["rebuild", "--db", "w.sqlite"], in: scratch.path)
        #expect(rebuild.stdout == "w.sqlite: figure rebuilt from fact: 35 figure(s)\n")
        #expect(try CLI.run(["rebuild", "--check", "--db", "w.sqlite"], in: scratch.path).status == 0)
        let yoy = try CLI.run(["query", "yoy", "--period", "2024-01", "--flow", "export", "--db", "w.sqlite", "--format", "csv"],
                              in: scratch.path)
        #expect(yoy.stdout.hasSuffix("2024-01,export,WORLD,TOTAL,ALL,34530000000,23610000000,10920000000,46.25,computed,reported\n"))
    }
}
