import Foundation
import Testing

/// `--replace` keeps the replaced release's place in the order of releases: replacing January's
/// estimate after the customs figures leaves the customs figures current, and `reconcile` says the
/// customs figures revise the replacement, not the other way round (issue 24, case 3).
@Suite struct ReleaseOrderEndToEndTests {
    static let files = ["2023-01-1-estimate.csv", "2023-01-2-customs.csv", "2024-01-1-estimate.csv", "2024-01-2-customs.json",
                        "2024-01-3-customs-partners.tsv"]

    /// The five samples ingested in order (releases 1–5), then January 2024's estimate (release 3)
    /// replaced by the same file with its first comment line changed and its rice figure revised.
    func replacedEstimate() throws -> Scratch {
        let scratch = try Scratch()
        for file in Self.files { try scratch.write(file, try String(contentsOfFile: samples + "/" + file, encoding: .utf8)) }
        _ = try CLI.run(["ingest"] + Self.files + ["--db", "w.sqlite"], in: scratch.path)
        let estimate = try String(contentsOfFile: scratch.file("2024-01-1-estimate.csv"), encoding: .utf8)
        try scratch.write("2024-01-1-estimate.csv", "# (comment changed)\n" + estimate
            .replacingOccurrences(of: "2024-01,export,WORLD,RICE,347000000,", with: "2024-01,export,WORLD,RICE,350000000,"))
        let replaced = try CLI.run(["ingest", "--replace", "2024-01-1-estimate.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(replaced.stdout == "2024-01-1-estimate.csv: release 6, 6 rows added, 6 superseded; retired release 3\n")
        return scratch
    }

    func csv(_ sql: String, _ scratch: Scratch, _ options: [String] = []) throws -> String {
        try CLI.run(["sql", sql, "--db", "w.sqlite", "--format", "csv"] + options, in: scratch.path).stdout
    }

    @Test func theCustomsFiguresStayCurrentAfterTheEstimateIsReplaced() throws {
        let scratch = try replacedEstimate()
        let headline = """
            SELECT flow, partner, commodity, value_usd, release_id FROM facts
            WHERE period = '2024-01' AND ((partner = 'WORLD' AND commodity IN ('TOTAL', 'RICE')) OR (partner = 'US' AND commodity = 'TOTAL'))
            ORDER BY flow, partner, commodity
            """
        #expect(try csv(headline, scratch) == """
            flow,partner,commodity,value_usd,release_id
            balance,WORLD,TOTAL,3630000000,4
            export,US,TOTAL,9600000000,6
            export,WORLD,RICE,350000000,6
            export,WORLD,TOTAL,34530000000,4
            import,WORLD,TOTAL,30900000000,4
            turnover,WORLD,TOTAL,65430000000,4

            """)
        // The replacement took release 3's place, and only restated release 3's figures.
        #expect(try csv("SELECT id, rank, replaced_by, new_count, confirmed_count, revised_count FROM release ORDER BY id", scratch) == """
            id,rank,replaced_by,new_count,confirmed_count,revised_count
            1,1,,6,0,0
            2,2,,5,0,1
            3,3,6,6,0,0
            4,4,,4,0,3
            5,5,,14,0,0
            6,3,,0,5,1

            """)
        // The headline figures kept by ingest are what a fresh computation gives.
        let check = try CLI.run(["rebuild", "--check", "--db", "w.sqlite"], in: scratch.path)
        #expect(check.stdout == "w.sqlite: figure matches a fresh computation from fact: 35 figure(s)\n")
        #expect(try csv("SELECT value_usd FROM all_facts WHERE period = '2024-01' AND flow = 'export' AND partner = 'WORLD' "
                        + "AND commodity = 'TOTAL'", scratch) == "value_usd\n34530000000\n")
    }

    @Test func reconcileSaysTheCustomsFiguresReviseTheReplacement() throws {
        let scratch = try replacedEstimate()
        let revisions = try csv("""
            SELECT flow, partner, commodity, expected, actual, detail FROM reconcile
            WHERE check_name = 'revision' AND period = '2024-01' ORDER BY flow, partner, commodity
            """, scratch)
        #expect(revisions == """
            flow,partner,commodity,expected,actual,detail
            balance,WORLD,TOTAL,2920000000,3630000000,release 4 revises release 6
            export,WORLD,TOTAL,33570000000,34530000000,release 4 revises release 6
            turnover,WORLD,TOTAL,64220000000,65430000000,release 4 revises release 6

            """)
    }

    @Test func asOfSeesEachReleaseInItsPlace() throws {
        let scratch = try replacedEstimate()
        let sql = "SELECT commodity, value_usd, release_id FROM facts WHERE period = '2024-01' AND flow = 'export' AND partner = 'WORLD' "
            + "AND commodity IN ('TOTAL', 'RICE') ORDER BY commodity"
        // As of release 5 the first estimate stands; as of 6 its replacement, in the same place.
        #expect(try csv(sql, scratch, ["--as-of", "5"]) == "commodity,value_usd,release_id\nRICE,347000000,3\nTOTAL,34530000000,4\n")
        #expect(try csv(sql, scratch, ["--as-of", "6"]) == "commodity,value_usd,release_id\nRICE,350000000,6\nTOTAL,34530000000,4\n")
        #expect(try csv(sql, scratch, ["--as-of", "3"]) == "commodity,value_usd,release_id\nRICE,347000000,3\nTOTAL,33570000000,3\n")
    }

    /// `releases` shows a release's rank where it is not its id: the replacement (release 6) stands
    /// in release 3's place; in a table, and as null or a number in JSON.
    @Test func releasesShowsTheRankWhereItDiffersFromTheId() throws {
        let scratch = try replacedEstimate()
        let table = try CLI.run(["releases", "--db", "w.sqlite", "--format", "table"], in: scratch.path).stdout
            .split(separator: "\n").map(Array.init)
        let header = try #require(table.first.map { String($0) })
        let start = try #require(header.range(of: "  rank  ")).lowerBound.utf16Offset(in: header) + 2
        let ranks = table.dropFirst(2).map { String($0[start..<start + 4]).trimmingCharacters(in: .whitespaces) }
        #expect(ranks == ["", "", "", "", "", "3"])
        let json = try CLI.run(["releases", "--db", "w.sqlite", "--format", "json"], in: scratch.path).stdout
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["rank"] is NSNull } == [true, true, true, true, true, false])
        #expect(rows.last?["rank"] as? Int == 3)
    }

    /// Replacing the latest release keeps it latest: its figures are current.
    @Test func replacingTheLatestReleaseKeepsItOnTop() throws {
        let scratch = try replacedEstimate()
        let customs = try String(contentsOfFile: scratch.file("2024-01-3-customs-partners.tsv"), encoding: .utf8)
        try scratch.write("2024-01-3-customs-partners.tsv", customs.replacingOccurrences(of: "4550000000", with: "4560000000"))
        let replaced = try CLI.run(["ingest", "--replace", "2024-01-3-customs-partners.tsv", "--db", "w.sqlite"], in: scratch.path)
        #expect(replaced.stdout == "2024-01-3-customs-partners.tsv: release 7, 14 rows added, 14 superseded; retired release 5\n")
        #expect(try csv("SELECT value_usd, release_id FROM facts WHERE period = '2024-01' AND flow = 'export' AND partner = 'CN' "
                        + "AND commodity = 'TOTAL'", scratch) == "value_usd,release_id\n4560000000,7\n")
        #expect(try csv("SELECT id, rank FROM release WHERE id >= 5 ORDER BY id", scratch) == "id,rank\n5,5\n6,3\n7,5\n")
    }
}
