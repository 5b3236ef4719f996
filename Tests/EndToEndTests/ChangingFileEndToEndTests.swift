import Foundation
import Testing

/// A file still being written when ingest reads it is refused, not stored cut short (issue 24, case 8:
/// "…,345" appended without its line break while a large CSV loaded, finished 4 s later, stored 345
/// instead of 34,530,000,000).
@Suite struct ChangingFileEndToEndTests {
    /// 144,000 figures (4.6 MB): every month of 2000-2099, 20 partners, both flows, three sectors.
    static func bigFile() -> String {
        let partners = ["US", "CN", "JP", "KR", "DE", "FR", "GB", "IT", "ES", "NL", "BE", "CH", "SE", "NO", "DK", "FI", "AT", "PL", "CZ", "HU"]
        var text = "period,flow,partner,commodity,sector,value_usd\n"
        for year in 2000..<2100 {
            for month in 1...12 {
                let period = "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
                for partner in partners {
                    for flow in ["export", "import"] {
                        for sector in ["ALL", "FDI", "DOMESTIC"] { text += "\(period),\(flow),\(partner),TOTAL,\(sector),1\n" }
                    }
                }
            }
        }
        return text
    }

    @Test func aLineAppendedWhileTheFileIsIngestedIsNotStoredCutShort() throws {
        let scratch = try Scratch()
        let path = try scratch.write("growing.csv", Self.bigFile())
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let ingest = try ChildProcess(["ingest", "growing.csv", "--db", "w.sqlite"], in: scratch.path)
        try waitUntilReading(path, by: ingest, before: size)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("2100-01,export,WORLD,TOTAL,ALL,345".utf8))  // the writer has not finished the line
        let refused = ingest.wait()
        #expect(refused.status == 1)
        #expect(refused.stderr == "tradewh: growing.csv: the file changed while it was read (its size went from \(size) to \(size + 34) "
            + "bytes); nothing was ingested: load it again once it is complete\ntradewh: 1 of 1 file(s) not ingested\n")
        let none = try CLI.run(["sql", "SELECT count(*) AS figures, (SELECT count(*) FROM release) AS releases FROM fact",
                                "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(none.stdout == "figures,releases\n0,0\n")

        // Once the writer has finished its line, the file loads whole.
        handle.write(Data("30000000\n".utf8))
        try handle.close()
        let loaded = try CLI.run(["ingest", "growing.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(loaded.stdout == "growing.csv: release 1, 144001 rows added, 0 superseded\n")
        let figure = try CLI.run(["sql", "SELECT value_usd FROM facts WHERE period = '2100-01' AND partner = 'WORLD'",
                                  "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(figure.stdout == "value_usd\n34530000000\n")
    }

    /// Waits until `child` has `path` open and has read some of it, but not all `size` bytes
    /// (its descriptor's offset, in /proc).
    private func waitUntilReading(_ path: String, by child: ChildProcess, before size: Int) throws {
        let deadline = ContinuousClock.now + .seconds(60)
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        while ContinuousClock.now < deadline && child.isRunning {
            let fds = "/proc/\(child.processIdentifier)/fd"
            for fd in (try? FileManager.default.contentsOfDirectory(atPath: fds)) ?? [] {
                guard (try? FileManager.default.destinationOfSymbolicLink(atPath: fds + "/" + fd)) == real,
                      let info = try? String(contentsOfFile: "/proc/\(child.processIdentifier)/fdinfo/\(fd)", encoding: .utf8),
                      let position = info.split(separator: "\n").first(where: { $0.hasPrefix("pos:") })
                        .flatMap({ Int($0.dropFirst(4).trimmingCharacters(in: .whitespaces)) }) else { continue }
                if position > 0 && position < size { return }
            }
            pause(milliseconds: 1)
        }
        throw NotReading()
    }

    private struct NotReading: Error, CustomStringConvertible {
        var description: String { "ingest never was part-way through the file" }
    }
}
