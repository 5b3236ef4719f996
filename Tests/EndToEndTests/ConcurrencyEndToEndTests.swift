import Foundation
import Testing
import TradeWarehouse

/// Several `tradewh` processes on one warehouse at once, as when a cron ingest meets a user's query:
/// writers queue behind each other instead of failing, readers never wait for a writer and see the
/// warehouse either before or after each release, never half of one.
@Suite("Concurrency (end to end)")
struct ConcurrencyEndToEndTests {
    static let rounds = 4
    /// What the readers print: the totals, and a named query (over the derived `figure` table) the big release adds rows to.
    static let readers: [[String]] = [
        ["sql", "SELECT count(*), sum(value_usd) FROM facts", "--db", "w.sqlite", "--format", "tsv"],
        ["query", "top", "--period", "2023-01", "--by", "commodity", "--partner", "CN", "--db", "w.sqlite", "--format", "csv"],
    ]

    @Test("Two ingests of different files at the same moment both succeed, and both releases are whole")
    func twoIngestsAtOnce() throws {
        let scratch = try Scratch()
        for round in 0..<Self.rounds {  // round 0 creates the warehouse: both processes migrate it at once
            let files = try (0..<2).map { index in
                let year = 2000 + 2 * round + index
                let release = GeneratedRelease(year: year, months: 12, partners: 5, hsCodes: 30, seed: year)
                return (name: try write(release, as: "\(year).csv", in: scratch), release: release)
            }
            let ingests = try files.map { try ChildProcess(["ingest", $0.name, "--db", "w.sqlite"], in: scratch.path) }
            let results = ingests.map { $0.wait() }
            for (file, result) in zip(files, results) {
                expectClean(result, "round \(round), \(file.name)")
                #expect(result.stdout.contains("\(file.release.rowCount) rows added"), "\(result.stdout)")
                try expectWhole(file.release, path: file.name, in: scratch)
            }
        }
        #expect(try warehouseSQL("PRAGMA integrity_check", db: "w.sqlite", in: scratch.path) == "integrity_check\nok\n")
    }

    @Test("Queries run while a big file loads see the totals before it or after it, nothing in between")
    func readersDuringIngest() throws {
        let scratch = try Scratch()
        let big = GeneratedRelease(year: 2023, months: 6, partners: 10, hsCodes: 100)
        let before = try warehouseWithSmallRelease(in: scratch)
        try write(big, as: "big.csv", in: scratch)
        let ingest = try ChildProcess(["ingest", "big.csv", "--db", "w.sqlite", "--quiet"], in: scratch.path)
        var seen: [[CLI.Result]] = Array(repeating: [], count: Self.readers.count)
        repeat {
            for (index, reader) in Self.readers.enumerated() { seen[index].append(try CLI.run(reader, in: scratch.path)) }
        } while ingest.isRunning
        expectClean(ingest.wait(), "the ingest")
        let after = try Self.readers.map { try CLI.run($0, in: scratch.path).stdout }
        #expect(after[0] == "count(*)\tsum(value_usd)\n\(small.rowCount + big.rowCount)\t\(small.totalUSD + big.totalUSD)\n")
        for index in Self.readers.indices {
            expectBeforeThenAfter(seen[index], before: before[index], after: after[index], reader: Self.readers[index])
        }
    }

    @Test("While a writer holds its transaction open, readers answer at once from the last commit, and an ingest waits its turn")
    func readersBesideAnOpenWriteTransaction() throws {
        let scratch = try Scratch()
        let before = try warehouseWithSmallRelease(in: scratch)
        let writer = try Database(path: scratch.file("w.sqlite"))
        try writer.execute("BEGIN IMMEDIATE; UPDATE fact SET value_usd = value_usd + 1; DELETE FROM figure;")
        defer { try? writer.execute("ROLLBACK") }
        for (index, reader) in Self.readers.enumerated() {
            let result = try CLI.run(reader, in: scratch.path)
            expectClean(result, reader.joined(separator: " "))
            #expect(result.stdout == before[index], "a reader saw a writer's uncommitted changes")
        }
        let release = GeneratedRelease(year: 2023, months: 1, partners: 2, hsCodes: 5)
        try write(release, as: "later.csv", in: scratch)
        let ingest = try ChildProcess(["ingest", "later.csv", "--db", "w.sqlite"], in: scratch.path)
        pause(milliseconds: 300)
        try writer.execute("ROLLBACK")
        expectClean(ingest.wait(), "an ingest queued behind another writer")
        try expectWhole(release, path: "later.csv", in: scratch)
    }

    @Test("An ingest waits for a writer that holds the lock longer than the busy timeout, instead of failing (issue 24)")
    func anIngestWaitsItsTurnBeyondTheBusyTimeout() throws {
        let scratch = try Scratch()
        _ = try warehouseWithSmallRelease(in: scratch)
        let writer = try Database(path: scratch.file("w.sqlite"))
        try writer.execute("BEGIN IMMEDIATE; UPDATE fact SET value_usd = value_usd + 1;")
        defer { try? writer.execute("ROLLBACK") }
        let release = GeneratedRelease(year: 2023, months: 1, partners: 2, hsCodes: 5)
        try write(release, as: "later.csv", in: scratch)
        let ingest = try ChildProcess(["ingest", "later.csv", "--db", "w.sqlite"], in: scratch.path)
        let define = try ChildProcess(["groups", "define", "PAIR", "--name", "Pair", "--members", "CN,JP", "--db", "w.sqlite"],
                                      in: scratch.path)
        pause(milliseconds: 11_000)  // past the 10 s busy timeout
        #expect(ingest.isRunning && define.isRunning)
        try writer.execute("ROLLBACK")
        expectClean(ingest.wait(), "an ingest queued behind a long write")
        expectClean(define.wait(), "groups define queued behind a long write")
        try expectWhole(release, path: "later.csv", in: scratch)
    }

    @Test("The same file ingested twice at the same moment is loaded once")
    func sameFileTwiceAtOnce() throws {
        let scratch = try Scratch()
        _ = try warehouseWithSmallRelease(in: scratch)
        let release = GeneratedRelease(year: 2023, months: 4, partners: 5, hsCodes: 40)
        try write(release, as: "twice.csv", in: scratch)
        let ingests = try (0..<2).map { _ in try ChildProcess(["ingest", "twice.csv", "--db", "w.sqlite"], in: scratch.path) }
        for result in ingests.map({ $0.wait() }) { expectClean(result, "twice.csv") }
        let releases = try warehouseSQL("SELECT count(*) FROM release WHERE path = 'twice.csv'", db: "w.sqlite", in: scratch.path)
        #expect(releases == "count(*)\n1\n")
    }

    // MARK: - Helpers

    /// 60 figures for 2022, so none of the test releases supersedes them.
    let small = GeneratedRelease(year: 2022, months: 2, partners: 3, hsCodes: 5)

    /// Creates `w.sqlite` with the small release; returns what each reader prints then.
    private func warehouseWithSmallRelease(in scratch: Scratch) throws -> [String] {
        try write(small, as: "small.csv", in: scratch)
        let ingest = try CLI.run(["ingest", "small.csv", "--db", "w.sqlite"], in: scratch.path)
        try #require(ingest.status == 0, "\(ingest.stderr)")
        return try Self.readers.map { reader in
            let result = try CLI.run(reader, in: scratch.path)
            try #require(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
    }

    @discardableResult
    private func write(_ release: GeneratedRelease, as name: String, in scratch: Scratch) throws -> String {
        try scratch.write(name, release.text)
        return name
    }

    /// The process succeeded and said nothing of a locked or busy database.
    private func expectClean(_ result: CLI.Result, _ context: String) {
        #expect(result.status == 0, "\(context): exit \(result.status): \(result.stderr)")
        for word in ["locked", "busy"] {
            #expect(!result.stderr.lowercased().contains(word), "\(context): \(result.stderr)")
        }
    }

    /// The release loaded from `path` has all its figures in `fact` and in `facts`, with the right total.
    private func expectWhole(_ release: GeneratedRelease, path: String, in scratch: Scratch) throws {
        let counts = try warehouseSQL("""
            SELECT r.row_count, (SELECT count(*) FROM fact WHERE release_id = r.id),
                   (SELECT count(*) FROM facts WHERE release_id = r.id),
                   (SELECT sum(value_usd) FROM facts WHERE release_id = r.id)
            FROM release r WHERE r.path = '\(path)'
            """, db: "w.sqlite", in: scratch.path).split(separator: "\n").dropFirst()
        let n = release.rowCount
        #expect(Array(counts) == ["\(n)\t\(n)\t\(n)\t\(release.totalUSD)"], "\(path)")
    }

    /// Every reader run succeeded and printed the before or the after output, and once one saw the
    /// release, no later one missed it.
    private func expectBeforeThenAfter(_ results: [CLI.Result], before: String, after: String, reader: [String]) {
        let name = reader.prefix(2).joined(separator: " ")
        #expect(before != after, "\(name): the release should change what it prints")
        var sawAfter = false
        for (run, result) in results.enumerated() {
            expectClean(result, "\(name), run \(run)")
            #expect(result.stdout == before || result.stdout == after, "\(name), run \(run) saw a partial release:\n\(result.stdout)")
            #expect(!(sawAfter && result.stdout == before), "\(name), run \(run) went back to before the release")
            sawAfter = sawAfter || result.stdout == after
        }
    }
}
