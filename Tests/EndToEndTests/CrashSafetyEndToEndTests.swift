import Foundation
import Testing

/// A long-form release file made up by a test: one figure for every month × partner × HS code × flow,
/// each key once, with whole-dollar values that depend only on the row's place in the file.
struct GeneratedRelease {
    static let header = "period,flow,partner,commodity,value_usd"
    static let isoPartners = ["CN", "US", "KR", "JP", "DE", "FR", "GB", "IN", "TH", "SG", "AU", "NL"]

    /// The CSV text, header first.
    let text: String
    /// Figures in the file (= rows the release should add).
    let rowCount: Int
    /// The sum of every `value_usd`.
    let totalUSD: Int64

    /// Figures for `months` months of `year`, the first `partners` of `isoPartners` and `hsCodes`
    /// 8-digit HS codes, exports and imports; `seed` shifts the values, so files of the same shape differ.
    init(year: Int, months: Int, partners: Int, hsCodes: Int, seed: Int = 0) {
        var lines = [Self.header], total: Int64 = 0
        for month in 1...months {
            for partner in Self.isoPartners.prefix(partners) {
                for hs in 0..<hsCodes {
                    for flow in ["export", "import"] {
                        let value = Int64(1_000 + ((lines.count + seed) * 7_919) % 9_000_000)
                        total += value
                        lines.append("\(year)-\(month < 10 ? "0" : "")\(month),\(flow),\(partner),\(85_171_200 + hs),\(value)")
                    }
                }
            }
        }
        text = lines.joined(separator: "\n") + "\n"
        rowCount = lines.count - 1
        totalUSD = total
    }
}

/// Runs `tradewh sql QUERY --db DATABASE --format tsv` in `directory`; fails the test unless it succeeds.
func warehouseSQL(_ query: String, db: String, in directory: String) throws -> String {
    let result = try CLI.run(["sql", query, "--db", db, "--format", "tsv"], in: directory)
    try #require(result.status == 0, "tradewh sql failed: \(result.stderr)")
    return result.stdout
}

/// Every `tradewh ingest` of the big file is killed at a different moment — before it opens the
/// warehouse, while it writes, around its commit and after it — and the warehouse must then pass
/// SQLite's integrity check, hold the big release whole or not at all, and keep the earlier release as it was.
@Suite("Crash safety (end to end)")
struct CrashSafetyEndToEndTests {
    /// The small release loaded first; 2022, so the big file (2023) supersedes none of it.
    static let small = """
        period,flow,partner,commodity,value_usd
        2022-01,export,WORLD,TOTAL,34530000000
        2022-01,import,WORLD,TOTAL,30900000000
        2022-01,export,US,TOTAL,9600000000
        2022-01,import,CN,TOTAL,11880000000
        2022-01,export,CN,PHONES,1390000000

        """
    /// 12,000 figures: about 1 s of ingest in a debug build.
    static let big = GeneratedRelease(year: 2023, months: 6, partners: 10, hsCodes: 100)
    static let kills = 20

    /// What the checks read: the integrity check, foreign keys, and every count the big release touches.
    static let stateQuery = """
        WITH big AS (SELECT id FROM release WHERE path = 'big.csv')
        SELECT (SELECT group_concat(integrity_check) FROM pragma_integrity_check()) AS integrity,
               (SELECT count(*) FROM pragma_foreign_key_check()) AS foreign_key_violations,
               (SELECT count(*) FROM release) AS releases,
               (SELECT count(*) FROM big) AS big_releases,
               (SELECT coalesce(sum(row_count), 0) FROM release WHERE id IN big) AS big_row_count,
               (SELECT count(*) FROM fact WHERE release_id IN big) AS big_fact_rows,
               (SELECT count(*) FROM facts WHERE release_id IN big) AS big_current_figures,
               (SELECT coalesce(sum(value_usd), 0) FROM facts WHERE release_id IN big) AS big_total_usd,
               (SELECT count(*) FROM fact) AS fact_rows,
               (SELECT count(*) FROM release_period) AS release_periods,
               (SELECT count(*) FROM figure) AS figure_rows,
               (SELECT count(*) FROM commodity WHERE kind = 'hs') AS hs_codes,
               (SELECT count(*) FROM period) AS periods
        """
    /// The small release as every view sees it, and its release row.
    static let smallReleaseQuery = """
        SELECT r.id, r.path, r.sha256, r.row_count, r.ingested_at, r.replaced_by, f.*
        FROM release r JOIN facts f ON f.release_id = r.id
        WHERE r.path = 'small.csv' ORDER BY f.period, f.flow, f.partner, f.commodity, f.sector
        """

    @Test("SIGKILL at 20 moments of an ingest: the release is whole or absent, the earlier one untouched")
    func killedIngestIsAllOrNothing() throws {
        let scratch = try Scratch()
        try scratch.write("small.csv", Self.small)
        try scratch.write("big.csv", Self.big.text)
        let states = try expectedStates(in: scratch)
        var smallRelease = try freshWarehouse("w.sqlite", in: scratch)
        var outcomes: [String] = []
        for (round, delay) in killDelays(ingestMilliseconds: states.ingestMilliseconds).enumerated() {
            let committed = try killIngest(after: delay, round: round, smallRelease: smallRelease,
                                           states: states, in: scratch)
            outcomes.append("\(delay) ms: \(committed ? "whole" : "absent")")
            if committed { smallRelease = try freshWarehouse("w.sqlite", in: scratch) }
        }
        try finishIngest(smallRelease: smallRelease, states: states, in: scratch)
        print("Crash safety: ingest ~\(states.ingestMilliseconds) ms; after each kill: \(outcomes.joined(separator: ", "))")
    }

    /// The warehouse's state with the small release only, and with the big one wholly loaded too
    /// (from an uninterrupted ingest into another file, which also times the ingest).
    struct States {
        let before: String
        let after: String
        let ingestMilliseconds: Int
    }

    private func expectedStates(in scratch: Scratch) throws -> States {
        _ = try freshWarehouse("reference.sqlite", in: scratch)
        let before = try warehouseSQL(Self.stateQuery, db: "reference.sqlite", in: scratch.path)
        var ingest: CLI.Result?
        let elapsed = try milliseconds {
            ingest = try CLI.run(["ingest", "big.csv", "--db", "reference.sqlite", "--quiet"], in: scratch.path)
        }
        try #require(ingest?.status == 0, "the uninterrupted ingest failed: \(ingest?.stderr ?? "")")
        let after = try warehouseSQL(Self.stateQuery, db: "reference.sqlite", in: scratch.path)
        let big = Self.big
        #expect(field("integrity", of: before) == "ok")
        #expect(field("big_releases", of: before) == "0")
        #expect(field("integrity", of: after) == "ok")
        #expect(field("big_releases", of: after) == "1")
        for name in ["big_row_count", "big_fact_rows", "big_current_figures"] {
            #expect(field(name, of: after) == String(big.rowCount), "\(name)")
        }
        #expect(field("big_total_usd", of: after) == String(big.totalUSD))
        return States(before: before, after: after, ingestMilliseconds: elapsed)
    }

    /// Removes `name` (with its WAL files), loads the small release into it, and returns that release's dump.
    private func freshWarehouse(_ name: String, in scratch: Scratch) throws -> String {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch.file(name + suffix)) }
        let ingest = try CLI.run(["ingest", "small.csv", "--db", name, "--quiet"], in: scratch.path)
        try #require(ingest.status == 0, "the small release failed to load: \(ingest.stderr)")
        return try warehouseSQL(Self.smallReleaseQuery, db: name, in: scratch.path)
    }

    /// `kills` delays from 5 ms to a fifth beyond the ingest's own time, in a fixed shuffled order
    /// (so kills before, during and after the commit alternate).
    private func killDelays(ingestMilliseconds: Int) -> [Int] {
        let longest = max(50, ingestMilliseconds * 6 / 5)
        return (0..<Self.kills).map { round in
            let step = (round * 7) % Self.kills  // 7 is prime to 20: every step once
            return 5 + (longest - 5) * step / (Self.kills - 1)
        }
    }

    /// Starts the big ingest, kills it after `delay` ms, and checks the warehouse; returns whether
    /// the big release was committed.
    private func killIngest(after delay: Int, round: Int, smallRelease: String, states: States,
                            in scratch: Scratch) throws -> Bool {
        let ingest = try ChildProcess(["ingest", "big.csv", "--db", "w.sqlite"], in: scratch.path)
        pause(milliseconds: delay)
        ingest.kill()
        let result = ingest.wait()
        let context = "round \(round), killed after \(delay) ms"
        if !ingest.wasKilled { #expect(result.status == 0, "\(context): \(result.stderr)") }
        let state = try warehouseSQL(Self.stateQuery, db: "w.sqlite", in: scratch.path)
        #expect(field("integrity", of: state) == "ok", "\(context)")
        #expect(state == states.before || state == states.after,
                "\(context): the big release is neither absent nor whole:\n\(state)")
        // A run that ended by itself, or said it had loaded the file before it died, must have committed.
        if !ingest.wasKilled || result.stdout.contains("rows added") {
            #expect(state == states.after, "\(context): reported as loaded but not whole:\n\(state)")
        }
        let small = try warehouseSQL(Self.smallReleaseQuery, db: "w.sqlite", in: scratch.path)
        #expect(small == smallRelease, "\(context): the earlier release changed")
        return state == states.after
    }

    /// Runs the big ingest to its end: it loads the file (or says it already has), leaving it whole.
    private func finishIngest(smallRelease: String, states: States, in scratch: Scratch) throws {
        let ingest = try CLI.run(["ingest", "big.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("\(Self.big.rowCount) rows added") || ingest.stdout.contains("already ingested"),
                "\(ingest.stdout)")
        #expect(try warehouseSQL("PRAGMA integrity_check", db: "w.sqlite", in: scratch.path) == "integrity_check\nok\n")
        #expect(try warehouseSQL(Self.stateQuery, db: "w.sqlite", in: scratch.path) == states.after)
        #expect(try warehouseSQL(Self.smallReleaseQuery, db: "w.sqlite", in: scratch.path) == smallRelease)
    }

    /// The value of column `name` in a one-row TSV result.
    private func field(_ name: String, of tsv: String) -> String? {
        let lines = tsv.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        guard lines.count >= 2, let column = lines[0].firstIndex(of: Substring(name)), column < lines[1].count else { return nil }
        return String(lines[1][column])
    }
}
