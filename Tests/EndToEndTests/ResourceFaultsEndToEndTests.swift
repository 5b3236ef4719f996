import Foundation
import Testing
import TradeWarehouse

/// A full disk and a read-only warehouse, made real with a tiny tmpfs and read-only bind mounts
/// (tests run as root, which ignores permission bits, so `chmod` would prove nothing). Where
/// mounting is not allowed the tests are skipped; `ResourceFaultTests` covers the disk-full case
/// in the library with `PRAGMA max_page_count` everywhere.
@Suite(.serialized) struct ResourceFaultsEndToEndTests {
    @Test(.enabled(if: Mount.isAllowed, "mounting needs root in a sandbox that allows it"))
    func aFullDiskWritesNothingOfTheFileAndSaysSo() throws {
        let scratch = try Scratch()
        let disk = scratch.file("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        try Mount.run(["-t", "tmpfs", "-o", "size=1m", "tmpfs", disk])
        defer { Mount.unmount(disk) }
        try scratch.write("jan.csv", BadInputCorpus.csv(BadInputCorpus.good))
        #expect(try CLI.run(["ingest", "jan.csv", "--db", "disk/w.sqlite"], in: scratch.path).status == 0)
        let before = try BadInputCorpusEndToEndTests.dump("disk/w.sqlite", in: scratch)
        // Valid figures (8-digit HS codes), more than a 1 MB disk holds even one copy of.
        let rows = (0..<100_000).map { "2023-01,export,\(["US", "CN", "JP", "KR"][$0 % 4]),\(10_000_000 + $0 / 4),\($0 + 1)" }
        try scratch.write("big.csv", BadInputCorpus.header + rows.joined(separator: "\n") + "\n")

        let result = try CLI.run(["ingest", "big.csv", "--db", "disk/w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "tradewh: big.csv: the disk is full; nothing of big.csv was written\n")
        #expect(try BadInputCorpusEndToEndTests.dump("disk/w.sqlite", in: scratch) == before)
        // Room again (a smaller file), and the warehouse takes it.
        try scratch.write("feb.csv", BadInputCorpus.header + "2024-02,export,WORLD,TOTAL,29000000000\n")
        let next = try CLI.run(["ingest", "feb.csv", "--db", "disk/w.sqlite"], in: scratch.path)
        #expect(next.stdout == "feb.csv: release 2, 1 rows added, 0 superseded\n")
    }

    @Test(.enabled(if: Mount.isAllowed, "mounting needs root in a sandbox that allows it"))
    func aReadOnlyFolderIsSaidToBeReadOnlyAndLeftAsItWas() throws {
        let scratch = try Scratch()
        let folder = scratch.file("store"), readOnly = scratch.file("ro")
        try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try scratch.write("jan.csv", BadInputCorpus.csv(BadInputCorpus.good))
        #expect(try CLI.run(["ingest", "jan.csv", "--db", "store/w.sqlite"], in: scratch.path).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/w.sqlite"))
        try Mount.run(["--bind", folder, readOnly])
        defer { Mount.unmount(readOnly) }
        try Mount.run(["-o", "remount,bind,ro", readOnly])

        let message = "tradewh: the warehouse ro/w.sqlite is read-only (its file or its folder cannot be written, and SQLite "
            + "keeps its -wal and -shm files beside it); copy it to a writable folder\n"
        try scratch.write("feb.csv", BadInputCorpus.header + "2024-02,export,WORLD,TOTAL,29000000000\n")
        for arguments in [["ingest", "feb.csv"], ["releases"], ["migrate"]] {
            let result = try CLI.run(arguments + ["--db", "ro/w.sqlite"], in: scratch.path)
            #expect(result.status == 1)
            #expect(result.stderr == message)
        }
        let fresh = try CLI.run(["migrate", "--db", "ro/new.sqlite"], in: scratch.path)
        #expect(fresh.stderr == "tradewh: cannot open database ro/new.sqlite: unable to open database file (its folder is missing or read-only)\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/w.sqlite")) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["w.sqlite"])
    }

    @Test(.enabled(if: Mount.isAllowed, "mounting needs root in a sandbox that allows it"))
    func aReadOnlyFileIsReadButNotWritten() throws {
        let scratch = try Scratch()
        try scratch.write("jan.csv", BadInputCorpus.csv(BadInputCorpus.good))
        #expect(try CLI.run(["ingest", "jan.csv", "--db", "w.sqlite"], in: scratch.path).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: scratch.file("w.sqlite")))
        try Mount.run(["--bind", scratch.file("w.sqlite"), scratch.file("w.sqlite")])
        defer { Mount.unmount(scratch.file("w.sqlite")) }
        try Mount.run(["-o", "remount,bind,ro", scratch.file("w.sqlite")])

        try scratch.write("feb.csv", BadInputCorpus.header + "2024-02,export,WORLD,TOTAL,29000000000\n")
        let ingest = try CLI.run(["ingest", "feb.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(ingest.status == 1)
        #expect(ingest.stderr == "tradewh: feb.csv: the warehouse w.sqlite is read-only; nothing of feb.csv was written\n")
        let facts = try CLI.run(["sql", "SELECT period, flow, value_usd FROM facts", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(facts.stdout == "period,flow,value_usd\n2024-01,export,34530000000\n")
        let asOf = try CLI.run(["sql", "SELECT period, flow, value_usd FROM facts", "--as-of", "1", "--db", "w.sqlite", "--format", "csv"],
                               in: scratch.path)
        #expect(asOf.stderr == "")
        #expect(asOf.stdout == "period,flow,value_usd\n2024-01,export,34530000000\n")
        let yoy = try CLI.run(["query", "yoy", "--as-of", "1", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(yoy.stdout == "period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source\n"
            + "2024-01,export,WORLD,TOTAL,ALL,34530000000,,,,,reported\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.file("w.sqlite"))) == bytes)
    }
}

/// `mount`, for the tests that need a real full or read-only file system.
enum Mount {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Whether this process may mount a tmpfs (root in a sandbox that allows it), found out once.
    static let isAllowed: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("tradewh-mount-\(UUID().uuidString)").path
        guard (try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)) != nil else { return false }
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard (try? run(["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe])) != nil else { return false }
        unmount(probe)
        return true
    }()

    static func run(_ arguments: [String]) throws {
        let status = try command("/bin/mount", arguments)
        if status != 0 { throw Failure(description: "mount \(arguments.joined(separator: " ")) failed (\(status))") }
    }

    static func unmount(_ path: String) {
        _ = try? command("/bin/umount", [path])
    }

    private static func command(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
