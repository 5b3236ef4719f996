import Foundation
import Testing

/// `--format xlsx` read back by a reader that is not ours (Python's openpyxl), where it is installed.
@Suite(.enabled(if: OpenPyXL.isInstalled, "Python's openpyxl is not installed (pip install openpyxl)"))
struct XLSXOutputEndToEndTests {
    @Test(arguments: [["export", "facts"], ["query", "yoy"], ["query", "balance"], ["query", "top", "--period", "2024-01", "--by", "partner"]])
    func openpyxlReadsTheNumbersCSVGives(command: [String]) throws {
        let scratch = try Scratch()
        #expect(try CLI.run(["ingest", samples, "--db", "w.sqlite", "--quiet"], in: scratch.path).status == 0)
        let csv = try CLI.run(command + ["--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        try scratch.write("rows.csv", csv.stdout)
        let arguments = command + ["--db", "w.sqlite", "--format", "xlsx"]
        let xlsx = command[0] == "export"
            ? try CLI.run(arguments + ["--out", "rows.xlsx"], in: scratch.path)
            : try CLI.run(["sh", "-c", "\"$0\" \"$@\" > rows.xlsx", CLI.binary.path] + arguments, in: scratch.path,
                          binary: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(xlsx.status == 0, "\(xlsx.stderr)")
        let sheet = command[0] == "export" ? "facts" : command[1]
        let lines = csv.stdout.split(separator: "\n").count
        #expect(try OpenPyXL.compare("rows.xlsx", "rows.csv", in: scratch.path)
            == "sheets [\(sheet)]; frozen A2; widths set; \(lines) rows, every cell the same\n")
    }

    @Test func aWorkbookIsNeverPrintedOnATerminalButGoesToAPipe() throws {
        let scratch = try Scratch()
        #expect(try CLI.run(["ingest", samples, "--db", "w.sqlite", "--quiet"], in: scratch.path).status == 0)
        let piped = try CLI.run(["releases", "--db", "w.sqlite", "--format", "xlsx"], in: scratch.path)
        #expect(piped.status == 0)
        #expect(piped.stdout.hasPrefix("PK"))
    }
}

/// `--bom`, `--lang` and the releases table: what a spreadsheet user gets.
@Suite struct SpreadsheetOptionsEndToEndTests {
    @Test func bomStartsTheCSVAndLangNamesInVietnamese() throws {
        let scratch = try Scratch()
        #expect(try CLI.run(["ingest", samples, "--db", "w.sqlite", "--quiet"], in: scratch.path).status == 0)
        let arguments = ["export", "facts", "--period", "2024-01", "--partner", "US", "--flow", "export", "--db", "w.sqlite"]
        let vietnamese = try CLI.run(arguments + ["--format", "csv", "--bom", "--lang", "vi"], in: scratch.path)
        #expect(vietnamese.stdout == "\u{FEFF}" + """
            period,flow,partner,partner_name,commodity,commodity_name,sector,value_usd,quantity,unit,qualifier,estimated,yoy_pct
            2024-01,export,US,Hoa Kỳ,COMPUTERS,"Máy vi tính, sản phẩm điện tử và linh kiện",ALL,1790000000,,,exact,false,73.3
            2024-01,export,US,Hoa Kỳ,PHONES,Điện thoại các loại và linh kiện,ALL,1390000000,,,exact,false,112.0
            2024-01,export,US,Hoa Kỳ,TEXTILES,"Hàng dệt, may",ALL,1320000000,,,exact,false,33.5
            2024-01,export,US,Hoa Kỳ,TOTAL,Tổng các mặt hàng,ALL,9600000000,,,approx,true,55.8

            """)
        try #require(Data(vietnamese.stdout.utf8).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let file = try CLI.run(arguments + ["--bom", "--out", "us.csv"], in: scratch.path)
        #expect(file.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.file("us.csv"))).prefix(12) == Data("\u{FEFF}period,fl".utf8))
        let english = try CLI.run(arguments + ["--format", "csv"], in: scratch.path)
        #expect(english.stdout.split(separator: "\n")[1]
            == "2024-01,export,US,United States,COMPUTERS,\"Computers, electronic products and parts\",ALL,1790000000,,,exact,false,73.3")
    }

    @Test func bomGoesWithCSVOnly() throws {
        let scratch = try Scratch()
        let json = try CLI.run(["export", "facts", "--db", "w.sqlite", "--format", "json", "--bom"], in: scratch.path)
        #expect(json.status == 2)
        #expect(json.stderr.contains("--bom marks CSV or TSV as UTF-8 for Excel; --format json takes none"))
        let lang = try CLI.run(["export", "facts", "--db", "w.sqlite", "--lang", "fr"], in: scratch.path)
        #expect(lang.status == 2)
    }

    @Test func aWorkbookThatCannotBeWrittenSaysWhyAndLeavesNothing() throws {
        let scratch = try Scratch()
        let missing = try CLI.run(["export", "facts", "--db", "w.sqlite", "--format", "xlsx", "--out", "no/such/x.xlsx"], in: scratch.path)
        #expect(missing.status == 1)
        #expect(missing.stderr == "tradewh: no/such/x.xlsx: cannot write: No such file or directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["w.sqlite"])
    }

    @Test func releasesTableShowsTheFirstLineOfEachSource() throws {
        let scratch = try Scratch()
        #expect(try CLI.run(["ingest", samples + "/2023-01-1-estimate.csv", "--db", "w.sqlite", "--quiet"], in: scratch.path).status == 0)
        let columns = ["sql", "SELECT source FROM release", "--db", "w.sqlite", "--format", "json"]
        let whole = try CLI.run(columns, in: scratch.path).stdout
        let table = try CLI.run(["releases", "--db", "w.sqlite", "--format", "markdown"], in: scratch.path).stdout
        #expect(table.split(separator: "\n").count == 3)
        #expect(table.hasSuffix(" | Vietnam merchandise trade, January 2023: the PRELIMINARY ESTIMATE made at the end of the month "
            + "(estimated=true). … |\n"))
        let short = try CLI.run(["releases", "--db", "w.sqlite", "--format", "table"], in: scratch.path).stdout
        #expect(short.hasSuffix("  Vietnam merchandise trade, January 2023: the PRELIMINARY ESTIMATE made at the end of the month "
            + "(estimated=true). …\n"))
        let verbose = try CLI.run(["releases", "--db", "w.sqlite", "--format", "table", "--verbose"], in: scratch.path).stdout
        #expect(verbose.contains("(estimated=true).\\nMain source: Bao Kiem toan (State Audit newspaper)"))
        let json = try CLI.run(["releases", "--db", "w.sqlite", "--format", "json"], in: scratch.path).stdout
        let note = try #require(whole.split(separator: "\"source\":").last)
        #expect(json.contains(note.dropLast(4)))
        #expect(note.contains("\\n"))
    }
}

/// Python's openpyxl, driven by a script: the reader that is not ours.
enum OpenPyXL {
    static let isInstalled: Bool = (try? Python3.run(["-c", "import openpyxl"], in: "/").status) == 0

    /// Reads the workbook `xlsx` and the CSV file `csv`, and says whether every cell of the first
    /// sheet equals the CSV's: numbers as numbers (compared as numbers), text as text, empty as empty.
    static func compare(_ xlsx: String, _ csv: String, in directory: String) throws -> String {
        let script = """
            import csv, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book.worksheets[0]
            widths = all(sheet.column_dimensions[c.column_letter].width > 0 for c in sheet[1])
            rows = list(sheet.iter_rows(values_only=True))
            expected = list(csv.reader(open(sys.argv[2], newline="", encoding="utf-8")))
            def same(cell, text):
                if cell is None: return text == ""
                if isinstance(cell, bool): return False
                if isinstance(cell, (int, float)): return text != "" and float(text) == cell
                return cell == text
            problems = [f"row {i + 1}: {list(row)} != {want}" for i, (row, want) in enumerate(zip(rows, expected))
                        if len(row) != len(want) or not all(same(c, t) for c, t in zip(row, want))]
            numbers = any(isinstance(c, (int, float)) for row in rows[1:] for c in row)
            print(f"sheets {book.sheetnames}".replace("'", "") + f"; frozen {sheet.freeze_panes}; widths {'set' if widths else 'missing'}; "
                  + f"{len(rows)} rows, " + ("every cell the same" if len(rows) == len(expected) and not problems and numbers
                                            else f"{len(expected)} expected: " + "; ".join(problems[:3])))
            """
        return try Python3.run(["-c", script, xlsx, csv], in: directory, keepingErrors: true).stdout
    }
}
