import Foundation
import Testing

/// Files as people save them (issue 23): a spreadsheet in a Vietnamese locale saves "CSV" with
/// semicolons, Excel's "CSV UTF-8" starts with a byte-order mark and ends lines with CRLF, its
/// "Unicode Text" is UTF-16 (read, as tab-separated text), and a General column writes large numbers as `4.55E+09`.
@Suite struct SavedFilesEndToEndTests {
    static let figures = "SELECT period, flow, partner, commodity, value_usd FROM facts ORDER BY flow, partner"

    @Test func semicolonsWithAByteOrderMarkAndCRLFAreReadFromTheHeader() throws {
        let scratch = try Scratch()
        try scratch.write("excel-vi.csv", "\u{FEFF}# Tổng cục Hải quan\r\nperiod;flow;partner;commodity;value_usd;yoy_pct\r\n"
            + "2024-01;export;WORLD;TOTAL;34530000000;42.2\r\n2024-01;import;Trung Quốc;TOTAL;11880000000;\r\n")
        let ingest = try CLI.run(["ingest", "excel-vi.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(ingest.stderr == "")
        #expect(ingest.stdout == "excel-vi.csv: release 1, 2 rows added, 0 superseded\n")
        let rows = try CLI.run(["sql", Self.figures, "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(rows.stdout == "period,flow,partner,commodity,value_usd\n2024-01,export,WORLD,TOTAL,34530000000\n"
            + "2024-01,import,CN,TOTAL,11880000000\n")
        let source = try CLI.run(["sql", "SELECT source, format FROM release", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(source.stdout == "source,format\nTổng cục Hải quan,csv\n")
    }

    @Test func tabsInACSVFileAreReadFromTheHeader() throws {
        let scratch = try Scratch()
        try scratch.write("tabs.csv", "period\tflow\tpartner\tcommodity\tvalue_usd\n2024-01\texport\tUS\tTOTAL\t9600000000\n")
        let ingest = try CLI.run(["ingest", "tabs.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(ingest.stdout == "tabs.csv: release 1, 1 rows added, 0 superseded\n")
        #expect(try CLI.run(["sql", Self.figures, "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout
            == "period,flow,partner,commodity,value_usd\n2024-01,export,US,TOTAL,9600000000\n")
    }

    @Test func delimiterForcesTheSeparator() throws {
        let scratch = try Scratch()
        let text = "period;flow;partner;commodity;value_usd\n2024-01;export;JP;TOTAL;2000000000\n"
        let forced = try CLI.run(["ingest", "-", "--format", "csv", "--delimiter", "semicolon", "--db", "w.sqlite"],
                                 in: scratch.path, input: text)
        #expect(forced.stdout == "-: release 1, 1 rows added, 0 superseded\n")
        // Forced to commas, the header is one unknown column, and nothing is written.
        let wrong = try CLI.run(["ingest", "-", "--format", "csv", "--delimiter", "comma", "--db", "v.sqlite"],
                                in: scratch.path, input: text)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.hasPrefix("tradewh: -:1: unknown column \"period;flow;partner;commodity;value_usd\"; the columns are "))
        #expect(try CLI.run(["sql", "SELECT count(*) AS n FROM fact", "--db", "v.sqlite", "--format", "csv"], in: scratch.path)
            .stdout == "n\n0\n")
        // A file whose header is split by another delimiter than the one given says which it is.
        try scratch.write("commas.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,JP,TOTAL,2000000000\n")
        let other = try CLI.run(["ingest", "commas.csv", "--delimiter", "tab", "--db", "v.sqlite"], in: scratch.path)
        #expect(other.status == 1)
        #expect(other.stderr == "tradewh: commas.csv: the header's columns are separated by commas, not by the tab given as the "
            + "delimiter; give comma, or none to have it found\ntradewh: 1 of 1 file(s) not ingested\n")
        let bad = try CLI.run(["ingest", "-", "--delimiter", "pipe", "--db", "w.sqlite"], in: scratch.path, input: text)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("The value 'pipe' is invalid for '--delimiter <delimiter>'"))
    }

    @Test func scientificAndDecimalNotationSayWhatToWrite() throws {
        let scratch = try Scratch()
        try scratch.write("general.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,CN,TOTAL,4.55E+09\n"
            + "2024-01,import,CN,TOTAL,11.88\n")
        let ingest = try CLI.run(["ingest", "general.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(ingest.status == 1)
        #expect(ingest.stdout == "")
        #expect(ingest.stderr == """
            tradewh: general.csv:2: field "value_usd": "4.55E+09" is scientific notation for 4550000000: write it as 4550000000, \
            in whole US dollars (a spreadsheet saves large numbers so unless their column is formatted as a number with 0 decimals)
            tradewh: general.csv:3: field "value_usd": "11.88" is a decimal number, but values are whole US dollars, with no \
            fraction (34.53 billion is written 34530000000)
            tradewh: general.csv: nothing was ingested from this file
            tradewh: 1 of 1 file(s) not ingested

            """)
        #expect(try CLI.run(["sql", "SELECT count(*) AS n FROM release", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
            .stdout == "n\n0\n")
    }

    /// Excel's "Unicode Text" (UTF-16, little-endian, with a byte-order mark, tabs, CRLF, saved as
    /// .txt) is read as the TSV it is, and so is the big-endian form; a bulletin in UTF-16 too.
    @Test(arguments: [("le", [UInt8]([0xFF, 0xFE]), "little"), ("be", [0xFE, 0xFF], "big")])
    func utf16IsRead(name: String, mark: [UInt8], order: String) throws {
        let scratch = try Scratch()
        let table = "period\tflow\tpartner\tcommodity\tvalue_usd\r\n2024-01\texport\tHàn Quốc\tTOTAL\t5310000000\r\n"
            + "2024-01\timport\tWORLD\tTOTAL\t30900000000\r\n"
        let bulletin = "Hà Nội, ngày 6/2/2024\r\nTháng 1/2024, kim ngạch xuất khẩu hàng hóa đạt 34,53 tỷ USD.\r\n"
        for (file, text) in [("unicode-\(name).txt", table), ("unicode-\(name).tsv", table), ("bulletin-\(name).txt", bulletin)] {
            try Data(mark + Self.utf16(text, order: order)).write(to: URL(fileURLWithPath: scratch.file(file)))
        }
        let figures = "period,flow,partner,commodity,value_usd\n2024-01,export,KR,TOTAL,5310000000\n"
            + "2024-01,import,WORLD,TOTAL,30900000000\n"
        for (file, db) in [("unicode-\(name).txt", "a.sqlite"), ("unicode-\(name).tsv", "b.sqlite")] {
            let ingest = try CLI.run(["ingest", file, "--db", db], in: scratch.path)
            #expect(ingest.stderr == "")
            #expect(ingest.stdout == "\(file): release 1, 2 rows added, 0 superseded\n")
            #expect(try CLI.run(["sql", Self.figures, "--db", db, "--format", "csv"], in: scratch.path).stdout == figures)
        }
        let extract = try CLI.run(["extract", "bulletin-\(name).txt", "--format", "csv"], in: scratch.path)
        #expect(extract.status == 0)
        #expect(extract.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("export,2024-01,WORLD,TOTAL,,ALL,34530000000,") == true)
    }

    /// UTF-16 that is damaged (half of a surrogate pair, an odd number of bytes) is refused with its
    /// line, and nothing is written.
    @Test func damagedUTF16IsRefusedWithItsLine() throws {
        let scratch = try Scratch()
        let head = [UInt8]([0xFF, 0xFE]) + Self.utf16("period\tflow\tpartner\tcommodity\tvalue_usd\r\n", order: "little")
        try Data(head + [0x3D, 0xD8] + Self.utf16("\texport\r\n", order: "little"))
            .write(to: URL(fileURLWithPath: scratch.file("half-pair.tsv")))
        try Data(head + [0x32]).write(to: URL(fileURLWithPath: scratch.file("odd.tsv")))
        let ingest = try CLI.run(["ingest", "half-pair.tsv", "odd.tsv", "--db", "w.sqlite"], in: scratch.path)
        #expect(ingest.status == 1)
        #expect(ingest.stderr == """
            tradewh: half-pair.tsv:2: the UTF-16 text has half of a surrogate pair with no other half: the file is damaged or not UTF-16
            tradewh: odd.tsv:2: the UTF-16 text ends with half a character (an odd number of bytes): the file is cut short or not UTF-16
            tradewh: 2 of 2 file(s) not ingested

            """)
        #expect(try CLI.run(["sql", "SELECT count(*) AS n FROM release", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
            .stdout == "n\n0\n")
    }

    /// The UTF-16 bytes of `text`, in `order` ("little" or "big"), without a byte-order mark.
    static func utf16(_ text: String, order: String) -> [UInt8] {
        Array(text.utf16).flatMap { unit in
            order == "little" ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
    }

    /// Excel's "CSV UTF-8" and other tools start files with a UTF-8 byte-order mark; every reader takes it.
    @Test(arguments: [
        ("bom.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,US,TOTAL,9600000000\n"),
        ("bom.tsv", "period\tflow\tpartner\tcommodity\tvalue_usd\n2024-01\texport\tUS\tTOTAL\t9600000000\n"),
        ("bom.json", #"[{"period":"2024-01","flow":"export","partner":"US","commodity":"TOTAL","value_usd":9600000000}]"#),
        ("bom.ndjson", #"{"period":"2024-01","flow":"export","partner":"US","commodity":"TOTAL","value_usd":9600000000}"# + "\n"),
    ])
    func aByteOrderMarkIsReadInEveryFormat(name: String, text: String) throws {
        let scratch = try Scratch()
        try scratch.write(name, "\u{FEFF}" + text)
        let ingest = try CLI.run(["ingest", name, "--db", "w.sqlite"], in: scratch.path)
        #expect(ingest.stderr == "")
        #expect(ingest.stdout == "\(name): release 1, 1 rows added, 0 superseded\n")
        #expect(try CLI.run(["sql", Self.figures, "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout
            == "period,flow,partner,commodity,value_usd\n2024-01,export,US,TOTAL,9600000000\n")
    }

    @Test func aBulletinWithAByteOrderMarkIsRead() throws {
        let scratch = try Scratch()
        try scratch.write("bom.txt", "\u{FEFF}Tháng 1/2024, xuất khẩu đạt 34,53 tỷ USD.\n")
        let extract = try CLI.run(["extract", "bom.txt", "--format", "csv"], in: scratch.path)
        #expect(extract.stderr == "")
        #expect(extract.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("export,2024-01,WORLD,TOTAL,,ALL,34530000000,") == true)
    }

    /// bash completion offers files after `ingest` (and folders), and bulletins after `extract`; run
    /// through the generated script's own completion function.
    @Test func bashCompletesFileArguments() throws {
        let scratch = try Scratch()
        for name in ["jan.csv", "jan.json", "jan-notes.txt", "jar.md"] { try scratch.write(name, "x") }
        try FileManager.default.createDirectory(atPath: scratch.file("january"), withIntermediateDirectories: true)
        let script = try CLI.run(["--generate-completion-script", "bash"], in: scratch.path).stdout
        try scratch.write("tradewh.bash", script)
        func complete(_ line: String) throws -> String {
            let shell = """
                source tradewh.bash
                read -ra COMP_WORDS <<< "$LINE"; COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMP_LINE="$LINE"; COMP_POINT=${#LINE}
                _tradewh tradewh "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                printf '%s\\n' "${COMPREPLY[@]}" | sort
                """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", shell]
            process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
            process.environment = ["LINE": line, "PATH": "/usr/bin:/bin"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try complete("tradewh ingest ja") == "jan-notes.txt\njan.csv\njan.json\njanuary\njar.md\n")
        #expect(try complete("tradewh ingest x.csv jan.") == "jan.csv\njan.json\n")
        #expect(try complete("tradewh extract ja") == "jan-notes.txt\njanuary\njar.md\n")
    }

    /// zsh and fish are not on the test machines: their scripts are checked for the file completion
    /// of both arguments, as ArgumentParser writes it.
    @Test func zshAndFishCompleteFileArguments() throws {
        let scratch = try Scratch()
        let zsh = try CLI.run(["--generate-completion-script", "zsh"], in: scratch.path).stdout
        #expect(zsh.contains("        '*:path:_files'\n"))
        #expect(zsh.contains("        ':file:_files -g '\\''*.txt *.md'\\'''\n"))
        let fish = try CLI.run(["--generate-completion-script", "fish"], in: scratch.path).stdout
        #expect(fish.contains("complete -c 'tradewh' -n '__tradewh_should_offer_completions_for_positional \"tradewh ingest\" -ge 1' -F\n"))
        #expect(fish.contains("complete -c 'tradewh' -n '__tradewh_should_offer_completions_for_positional \"tradewh extract\" -eq 1' "
            + "-fa '(set -l exts \\'txt\\' \\'md\\';"))
    }
}
