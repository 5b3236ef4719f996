import Foundation
import Testing

/// Data on standard output, messages on standard error; `-` reads standard input; --quiet and
/// --verbose where a command has messages to drop or detail to add.
@Suite struct OutputEndToEndTests {
    @Test func exportsWriteToStandardOutputOrToOutSayingSoUnlessQuiet() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples, "--db", "w.sqlite", "--quiet"], in: scratch.path)
        let report = try CLI.run(["export", "report", "--period", "2024-01", "--db", "w.sqlite"], in: scratch.path)
        #expect(report.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">\n"))
        #expect(report.stderr == "")
        let said = try CLI.run(["export", "summary", "--period", "2024-01", "--out", "s.md", "--db", "w.sqlite"], in: scratch.path)
        #expect(said.stdout == "" && said.stderr == "s.md: summary of 2024-01\n")
        let quiet = try CLI.run(["export", "facts", "--out", "f.csv", "--quiet", "--db", "w.sqlite"], in: scratch.path)
        #expect(quiet.status == 0 && quiet.stdout == "" && quiet.stderr == "")
        #expect(try String(contentsOfFile: scratch.file("f.csv"), encoding: .utf8).hasPrefix("period,flow,partner,partner_name,"))
        let json = try CLI.run(["export", "facts", "--period", "2023-01", "--partner", "WORLD", "--flow", "export",
                                "--format", "json", "--db", "w.sqlite"], in: scratch.path)
        #expect(json.stderr == "")
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.map { "\($0["commodity"] ?? "") \($0["sector"] ?? "") \($0["value_usd"] ?? "")" }
            == ["TEXTILES FDI 1340000000", "TOTAL ALL 23610000000", "TOTAL DOMESTIC 6440000000", "TOTAL FDI 18640000000"])
    }

    @Test func extractReadsStandardInputLikeAFile() throws {
        let scratch = try Scratch()
        let file = samples + "/bulletins/2023-01-customs-en.txt"
        let fromFile = try CLI.run(["extract", file, "--format", "csv"], in: scratch.path)
        let fromInput = try CLI.run(["extract", "-", "--format", "csv"], in: scratch.path,
                                    input: try String(contentsOfFile: file, encoding: .utf8))
        #expect(fromFile.status == 0 && fromInput.stdout == fromFile.stdout)
        #expect(fromInput.stdout.hasPrefix("flow,period,partner,commodity,"))
    }

    @Test func ingestVerboseShowsHowATableWasRead() throws {
        let scratch = try Scratch()
        let table = samples + "/tables/2024-01-exports-by-commodity.csv"
        let verbose = try CLI.run(["ingest", table, "--verbose", "--db", "w.sqlite"], in: scratch.path)
        let lines = verbose.stdout.split(separator: "\n")
        #expect(lines.first == "\(table): release 1, 6 rows added, 0 superseded")
        #expect(lines.contains("    column 4 (\"Tháng 01/2024 Trị giá\") → value_usd (×1000000), export, 2024-01"))
        let both = try CLI.run(["ingest", table, "-q", "-v", "--db", "w.sqlite"], in: scratch.path)
        #expect(both.status == 2)
        #expect(both.stderr.hasPrefix("Error: --quiet and --verbose contradict each other; choose one\n"))
    }
}
