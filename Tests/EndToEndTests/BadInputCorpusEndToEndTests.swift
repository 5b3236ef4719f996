import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every malformed file of `BadInputCorpus`, and the file-system oddities beside them, is refused
/// with one clear line naming it (and its line and field where they apply), exit status 1, no crash,
/// no hang, and the warehouse exactly as it was.
@Suite struct BadInputCorpusEndToEndTests {
    /// Far above any honest run; only a hang reaches it.
    static let hangLimitSeconds = 300

    /// The warehouse's tables a bad file could touch, dumped in full.
    static func dump(_ database: String, in scratch: Scratch) throws -> String {
        let queries = [
            "SELECT * FROM fact ORDER BY release_id, period_id, flow_id, partner_id, commodity_id, sector_id",
            "SELECT * FROM facts ORDER BY period, flow, partner, commodity, sector",
            "SELECT id, path, sha256, format, row_count, source, replaced_by FROM release ORDER BY id",
            "SELECT (SELECT count(*) FROM period), (SELECT count(*) FROM commodity), (SELECT count(*) FROM partner)",
        ]
        return try queries.map { query in
            let result = try CLI.run(["sql", query, "--db", database, "--format", "csv"], in: scratch.path)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }.joined(separator: "--\n")
    }

    /// A warehouse holding one good release, so that "unchanged" means something.
    static func seeded(_ name: String, in scratch: Scratch) throws -> String {
        try scratch.write("seed-\(name).csv", BadInputCorpus.csv(BadInputCorpus.good) + "2024-01,import,CN,TOTAL,11880000000\n")
        let result = try CLI.run(["ingest", "seed-\(name).csv", "--db", name], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        return name
    }

    @Test func everyBadFileIsRefusedWithItsOwnLineAndNothingChanges() throws {
        let scratch = try Scratch()
        let corpus = BadInputCorpus.all
        #expect(Set(corpus.map(\.name)).count == corpus.count, "two cases share a name")
        try FileManager.default.createDirectory(atPath: scratch.file("bad"), withIntermediateDirectories: true)
        for input in corpus { try input.bytes.write(to: URL(fileURLWithPath: scratch.file("bad/" + input.name))) }

        // Two halves in two processes at once, each with its own warehouse: the machine's two cores.
        let halves = [Array(corpus.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)),
                      Array(corpus.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))]
        let databases = try ["w0.sqlite", "w1.sqlite"].map { try Self.seeded($0, in: scratch) }
        let before = try databases.map { try Self.dump($0, in: scratch) }
        let children = try zip(halves, databases).map { half, database in
            try ChildProcess(["ingest"] + half.map { "bad/" + $0.name } + ["--db", database], in: scratch.path)
        }
        let results = children.map { Bounded.wait(for: $0, seconds: Self.hangLimitSeconds) }

        for (half, result) in zip(halves, results) {
            #expect(!result.timedOut, "ingest did not finish: a reader hangs")
            #expect(result.status == 1, "ingest ended with status \(result.status), not 1: \(result.stderr.suffix(2000))")
            #expect(result.stdout == "", "files were loaded")
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines.last == "tradewh: \(half.count) of \(half.count) file(s) not ingested")
            for input in half {
                let own = lines.filter { $0.hasPrefix("tradewh: bad/\(input.name):") || $0.hasPrefix("tradewh: bad/\(input.name) ") }
                #expect(own.first?.hasPrefix("tradewh: bad/" + input.expected) == true,
                        "\(input.name): expected \"\(input.expected)\", got \(own.first ?? "nothing")")
                #expect(own.allSatisfy { $0.count <= 400 }, "\(input.name): an error line is not one readable line: \(own)")
            }
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Backtracing"))
        }
        #expect(try databases.map { try Self.dump($0, in: scratch) } == before)
    }

    @Test func rowErrorsStopAtTwentyAndSayHowManyMore() throws {
        let scratch = try Scratch()
        try scratch.write("many.csv", BadInputCorpus.csv(String(repeating: "2024-01,export,WORLD,TOTAL,x\n", count: 30)))
        let result = try CLI.run(["ingest", "many.csv", "--db", "w.sqlite"], in: scratch.path)
        let lines = result.stderr.split(separator: "\n")
        #expect(result.status == 1)
        #expect(lines.count == 23)
        #expect(lines[19] == #"tradewh: many.csv:21: field "value_usd": "x" is not a number in whole US dollars"#)
        #expect(lines[20] == "tradewh: many.csv: ... and 10 more bad row(s)")
        #expect(lines[21] == "tradewh: many.csv: nothing was ingested from this file")
    }

    @Test func foldersFifosDevicesAndMissingFilesAreRefusedWithoutWaiting() throws {
        let scratch = try Scratch()
        let database = try Self.seeded("w.sqlite", in: scratch)
        let before = try Self.dump(database, in: scratch)
        try FileManager.default.createDirectory(atPath: scratch.file("empty.csv"), withIntermediateDirectories: true)
        #expect(mkfifo(scratch.file("pipe.csv"), 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: scratch.file("dangling.csv"), withDestinationPath: scratch.file("gone.csv"))
        try FileManager.default.createSymbolicLink(atPath: scratch.file("pipe-link.json"), withDestinationPath: scratch.file("pipe.csv"))
        let cases: [(arguments: [String], expected: String)] = [
            (["pipe.csv"], "tradewh: pipe.csv: cannot read: not a regular file (a FIFO); to read a pipe, send it to standard input: tradewh ingest - --format FORMAT\ntradewh: 1 of 1 file(s) not ingested\n"),
            (["pipe-link.json"], "tradewh: pipe-link.json: cannot read: not a regular file (a FIFO); to read a pipe, send it to standard input: tradewh ingest - --format FORMAT\ntradewh: 1 of 1 file(s) not ingested\n"),
            (["/dev/zero", "--format", "csv"], "tradewh: /dev/zero: cannot read: not a regular file (a character device); to read a pipe, send it to standard input: tradewh ingest - --format FORMAT\ntradewh: 1 of 1 file(s) not ingested\n"),
            (["missing.csv"], "tradewh: missing.csv: cannot read: no such file\ntradewh: 1 of 1 file(s) not ingested\n"),
            (["dangling.csv"], "tradewh: dangling.csv: cannot read: no such file\ntradewh: 1 of 1 file(s) not ingested\n"),
            (["empty.csv"], "tradewh: empty.csv: a folder with no file ingest reads in it (.csv, .tsv, .json, .ndjson, .xlsx, .txt, .md); nothing was ingested\n"),
        ]
        for (arguments, expected) in cases {
            let child = try ChildProcess(["ingest"] + arguments + ["--db", database], in: scratch.path)
            let result = Bounded.wait(for: child, seconds: Self.hangLimitSeconds)
            #expect(!result.timedOut, "\(arguments) hangs")
            #expect(result.status == 1)
            #expect(result.stderr == expected)
        }
        let extract = Bounded.wait(for: try ChildProcess(["extract", "pipe.csv"], in: scratch.path), seconds: Self.hangLimitSeconds)
        #expect(extract.stderr == "tradewh: pipe.csv: cannot read: not a regular file (a FIFO); to read a pipe, send it to standard input: tradewh ingest - --format FORMAT\n")
        #expect(try Self.dump(database, in: scratch) == before)
    }

    /// Files given as `--db` that are not warehouses: refused by name, and left byte for byte.
    @Test func databasePathsThatAreNotWarehousesAreRefusedAndLeftAlone() throws {
        let scratch = try Scratch()
        _ = try Self.seeded("real.sqlite", in: scratch)
        let real = try Data(contentsOf: URL(fileURLWithPath: scratch.file("real.sqlite")))
        let files: [(name: String, bytes: Data)] = [
            ("notes.sqlite", Data("period,flow,partner,commodity,value_usd\n".utf8)),
            ("one-byte.sqlite", Data("x".utf8)),
            ("garbage.sqlite", BadInputCorpus.garbage(8192, seed: 5)),
            ("header-then-garbage.sqlite", Data("SQLite format 3\0".utf8) + BadInputCorpus.garbage(8192, seed: 6)),
            ("truncated.sqlite", real.prefix(3000)),
        ]
        for (name, bytes) in files {
            try bytes.write(to: URL(fileURLWithPath: scratch.file(name)))
            for command in [["releases"], ["ingest", "seed-real.sqlite.csv"], ["migrate"]] {
                let result = try CLI.run(command + ["--db", name], in: scratch.path)
                #expect(result.status == 1, "\(name) \(command)")
                #expect(result.stderr == "tradewh: \(name) is not a tradewh warehouse (not a SQLite file); it was left as it was\n",
                        "\(name) \(command)")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.file(name))) == bytes, "\(name) was changed")
        }
        try FileManager.default.createDirectory(atPath: scratch.file("folder.sqlite"), withIntermediateDirectories: true)
        let folder = try CLI.run(["releases", "--db", "folder.sqlite"], in: scratch.path)
        #expect(folder.stderr == "tradewh: cannot open database folder.sqlite: it is a folder, not a database file\n")
    }

    /// Tests run as root, which reads a file whatever its mode: there the refusal cannot be provoked.
    @Test(.enabled(if: geteuid() != 0, "root reads files whatever their mode bits"))
    func anUnreadableFileIsRefused() throws {
        let scratch = try Scratch()
        try scratch.write("locked.csv", BadInputCorpus.csv(BadInputCorpus.good))
        #expect(chmod(scratch.file("locked.csv"), 0) == 0)
        let result = try CLI.run(["ingest", "locked.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr == "tradewh: locked.csv: cannot read: permission denied\ntradewh: 1 of 1 file(s) not ingested\n")
    }

    @Test func aByteOrderMarkCRLFAndExactDecimalsLoadExactlyRight() throws {
        let scratch = try Scratch()
        let bom = "\u{FEFF}"
        try scratch.write("bom-crlf.csv", bom + "# Hải quan\r\nperiod,flow,partner,commodity,value_usd\r\n2024-01,export,WORLD,TOTAL,34530000000\r\n\"2024-01\",\"import\",\"Trung Quốc\",TOTAL,11880000000\r\n")
        try scratch.write("bom-crlf.tsv", bom + "period\tflow\tpartner\tcommodity\tvalue_usd\r\n2024-02\texport\tUS\tTOTAL\t9600000000\r\n")
        try scratch.write("crlf.ndjson", #"{"period":"2024-02","flow":"import","partner":"KR","commodity":"TOTAL","value_usd":5000000000}"# + "\r\n\r\n")
        try scratch.write("exact.json", #"[{"period":"2024-03","flow":"export","partner":"WORLD","commodity":"TOTAL","value_usd":9007199254740993.0},"#
            + #"{"period":"2024-03","flow":"import","partner":"WORLD","commodity":"TOTAL","value_usd":15000000000.0}]"#)
        try scratch.write("bom.json", bom + #"[{"period":"2024-04","flow":"export","partner":"JP","commodity":"TOTAL","value_usd":"2000000000"}]"#)
        let result = try CLI.run(["ingest", "bom-crlf.csv", "bom-crlf.tsv", "crlf.ndjson", "exact.json", "bom.json", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.stderr == "")
        #expect(result.status == 0)
        let facts = try CLI.run(["sql", "SELECT period, flow, partner, commodity, value_usd, release_id FROM facts ORDER BY period, flow, partner",
                                 "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(facts.stdout == """
            period,flow,partner,commodity,value_usd,release_id
            2024-01,export,WORLD,TOTAL,34530000000,1
            2024-01,import,CN,TOTAL,11880000000,1
            2024-02,export,US,TOTAL,9600000000,2
            2024-02,import,KR,TOTAL,5000000000,3
            2024-03,export,WORLD,TOTAL,9007199254740993,4
            2024-03,import,WORLD,TOTAL,15000000000,4
            2024-04,export,JP,TOTAL,2000000000,5

            """)
        let source = try CLI.run(["sql", "SELECT source FROM release WHERE id = 1", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(source.stdout == "source\nHải quan\n")
    }
}

/// Waiting for a child with a bound, so that a hang fails the test instead of stalling the suite.
enum Bounded {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let timedOut: Bool
    }

    static func wait(for child: ChildProcess, seconds: Int) -> Result {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while child.isRunning, ContinuousClock.now < deadline { pause(milliseconds: 20) }
        let timedOut = child.isRunning
        if timedOut { child.kill() }
        let result = child.wait()
        return Result(status: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: timedOut)
    }
}
