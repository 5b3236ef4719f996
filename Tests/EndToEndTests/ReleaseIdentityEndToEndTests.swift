import Foundation
import Testing

/// `--replace` retires the earlier releases of the same file — the file itself (its resolved real
/// path), never another file typed the same way, and never a file read from standard input — and
/// says which it retired (issue 24, case 2).
@Suite struct ReleaseIdentityEndToEndTests {
    static let header = "period,flow,partner,commodity,value_usd\n"

    func facts(_ scratch: Scratch) throws -> String {
        try CLI.run(["sql", "SELECT period, flow, value_usd, release_id FROM facts ORDER BY period, flow",
                     "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout
    }

    func releases(_ scratch: Scratch) throws -> String {
        try CLI.run(["sql", "SELECT id, path, replaced_by FROM release ORDER BY id", "--db", "w.sqlite", "--format", "csv"],
                    in: scratch.path).stdout
    }

    @Test func standardInputNeverMatchesAnEarlierRelease() throws {
        let scratch = try Scratch()
        for (index, value) in [100, 200].enumerated() {
            let piped = try CLI.run(["ingest", "-", "--format", "csv", "--db", "w.sqlite"], in: scratch.path,
                                    input: Self.header + "2024-0\(index + 1),export,WORLD,TOTAL,\(value)\n")
            #expect(piped.stdout == "-: release \(index + 1), 1 rows added, 0 superseded\n")
        }
        let third = try CLI.run(["ingest", "-", "--format", "csv", "--replace", "--db", "w.sqlite"], in: scratch.path,
                                input: Self.header + "2024-03,export,WORLD,TOTAL,300\n")
        #expect(third.status == 0)
        #expect(third.stdout == "-: release 3, 1 rows added, 0 superseded; retired no release (none was of this file)\n")
        #expect(try facts(scratch) == "period,flow,value_usd,release_id\n2024-01,export,100,1\n2024-02,export,200,2\n2024-03,export,300,3\n")
        #expect(try releases(scratch) == "id,path,replaced_by\n1,-,\n2,-,\n3,-,\n")
    }

    @Test func aFileOfTheSameNameInAnotherFolderIsNotRetired() throws {
        let scratch = try Scratch()
        for folder in ["A", "B"] { try FileManager.default.createDirectory(atPath: scratch.file(folder), withIntermediateDirectories: true) }
        try scratch.write("A/data.csv", Self.header + "2024-01,export,WORLD,TOTAL,100\n2024-01,import,WORLD,TOTAL,50\n")
        try scratch.write("B/data.csv", Self.header + "2024-02,export,WORLD,TOTAL,200\n")
        _ = try CLI.run(["ingest", "A/data.csv", "B/data.csv", "--db", "w.sqlite"], in: scratch.path)
        try scratch.write("B/data.csv", Self.header + "2024-02,export,WORLD,TOTAL,210\n")
        let replaced = try CLI.run(["ingest", "--replace", "B/data.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(replaced.stdout == "B/data.csv: release 3, 1 rows added, 1 superseded; retired release 2\n")
        #expect(try facts(scratch) == "period,flow,value_usd,release_id\n2024-01,export,100,1\n2024-01,import,50,1\n2024-02,export,210,3\n")
    }

    @Test func theSameFileTypedAnotherWayIsRetired() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("A"), withIntermediateDirectories: true)
        try scratch.write("A/data.csv", Self.header + "2024-01,export,WORLD,TOTAL,100\n2024-01,import,WORLD,TOTAL,50\n")
        _ = try CLI.run(["ingest", "A/data.csv", "--db", "w.sqlite"], in: scratch.path)
        try scratch.write("A/data.csv", Self.header + "2024-01,export,WORLD,TOTAL,110\n")
        let replaced = try CLI.run(["ingest", "--replace", "./A/../A/data.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(replaced.stdout == "./A/../A/data.csv: release 2, 1 rows added, 1 superseded; retired release 1\n")
        #expect(try facts(scratch) == "period,flow,value_usd,release_id\n2024-01,export,110,2\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.file("link.csv"), withDestinationPath: scratch.file("A/data.csv"))
        try scratch.write("A/data.csv", Self.header + "2024-01,export,WORLD,TOTAL,120\n")
        let throughLink = try CLI.run(["ingest", "--replace", "link.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(throughLink.stdout == "link.csv: release 3, 1 rows added, 1 superseded; retired release 2\n")
        #expect(try facts(scratch) == "period,flow,value_usd,release_id\n2024-01,export,120,3\n")
    }

    @Test func theFileIsRecordedWithItsRealPathSizeAndModificationTime() throws {
        let scratch = try Scratch()
        try scratch.write("jan.csv", Self.header + "2024-01,export,WORLD,TOTAL,100\n")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000.25)],
                                              ofItemAtPath: scratch.file("jan.csv"))
        _ = try CLI.run(["ingest", "./jan.csv", "--db", "w.sqlite"], in: scratch.path)
        _ = try CLI.run(["ingest", "-", "--format", "csv", "--db", "w.sqlite"], in: scratch.path,
                        input: Self.header + "2024-02,export,WORLD,TOTAL,200\n")
        let recorded = try CLI.run(["sql", "SELECT path, real_path, file_size, file_mtime_ns FROM release ORDER BY id",
                                    "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        let real = URL(fileURLWithPath: scratch.file("jan.csv")).resolvingSymlinksInPath().path
        #expect(recorded.stdout == "path,real_path,file_size,file_mtime_ns\n./jan.csv,\(real),71,1700000000250000000\n-,,,\n")
    }
}
