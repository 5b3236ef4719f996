import Foundation
import Testing
@testable import TradeWarehouse

@Suite struct IngestorTests {
    let header = "period,flow,partner,commodity,value_usd,yoy_pct\n"

    @Test func loadsCodesAndNamesInEitherLanguage() throws {
        let warehouse = try TestWarehouse()
        let report = try warehouse.ingest("jan.csv", header + """
            2024-01,export,WORLD,TOTAL,34530000000,
            2024-01,export,Hoa Kỳ,điện thoại các loại và linh kiện,1390000000,112
            2024-01,import,china,TOTAL,11880000000,63.64
            2024-01,export,hàn quốc,8517,330000000,
            """)
        #expect(report == IngestReport(path: warehouse.directory.path("jan.csv"), outcome: .ingested(releaseID: 1),
                                       rowsAdded: 4, rowsSuperseded: 0))
        #expect(try warehouse.factLines() == [
            "2024-01 export KR 8517 ALL 330000000",
            "2024-01 export US PHONES ALL 1390000000",
            "2024-01 export WORLD TOTAL ALL 34530000000",
            "2024-01 import CN TOTAL ALL 11880000000",
        ])
        #expect(try warehouse.scalar("SELECT yoy_pct_reported FROM facts WHERE partner = 'CN'") == .real(63.64))
        // (A heading of Migrations/reference/hs_headings.csv is named from there.)
        #expect(try warehouse.store.db.query("SELECT kind, name_en, name_vi FROM commodity WHERE code = '8517'").rows
            == [[.text("hs"), .text("Telephones and network equipment"), .text("Điện thoại và thiết bị mạng")]])
    }

    @Test func optionalColumnsAreStored() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("coffee.tsv", """
            # coffee, customs preliminary
            period\tflow\tpartner\tcommodity\tvalue_usd\tsector\tquantity\tunit\tqualifier\testimated\tyoy_pct
            2024-01\texport\tWORLD\tCOFFEE\t726000000\tALL\t238266\ttonne\tover\tfalse\t
            2023-01..2023-07\texport\tWORLD\tTOTAL\t200000000000\tFDI\t\t\tapprox\ttrue\t-12.5
            """)
        let rows = try warehouse.store.db.query("""
            SELECT period, sector, quantity, unit, qualifier, estimated, yoy_pct_reported FROM facts ORDER BY period
            """).rows
        #expect(rows == [
            ["2023-01..2023-07", "FDI", .null, .null, "approx", 1, .real(-12.5)],
            ["2024-01", "ALL", .real(238266), "tonne", "over", 0, .null],
        ])
        #expect(try warehouse.scalar("SELECT source FROM release") == .text("coffee, customs preliminary"))
    }

    @Test func aBadFileReportsEveryBadRowAndWritesNothing() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("good.csv", header + "2023-01,export,WORLD,TOTAL,23610000000,\n")
        let before = try warehouse.factLines()
        let path = try warehouse.write("bad.csv", header + """
            2024-01,export,WORLD,TOTAL,34530000000,
            2024-01,export,Singapor,TOTAL,9600000000,
            2024-01,import,WORLD,TOTAL,30 tỷ,
            2024-13,export,CN,TOTAL,4550000000,
            2024-01,export,WORLD,TOTAL,34500000000,
            2024-01,import,CN,TOTAL,-5,abc
            """)
        #expect {
            try Ingestor(store: warehouse.store).ingest(InputSource(path: path))
        } throws: { error in
            guard case IngestError.rows(let file, let errors, let more) = error else { return false }
            return file == path && more == 0 && errors == [
                RowError(line: 3, field: "partner", message: "unknown partner \"Singapor\"; did you mean SG (Singapore)?"),
                RowError(line: 4, field: "value_usd", message: "\"30 tỷ\" is not a number in whole US dollars; write it without separators, e.g. 34500000000"),
                RowError(line: 5, field: "period", message: "month 13 in \"2024-13\" is not between 01 and 12"),
                RowError(line: 6, field: nil, message: "the same period, flow, partner, commodity and sector as line 2"),
                RowError(line: 7, field: "yoy_pct", message: "\"abc\" is not a number"),
                RowError(line: 7, field: "value_usd", message: "import cannot be negative (only a balance can: a deficit)"),
            ]
        }
        #expect(try warehouse.factLines() == before)
        #expect(try warehouse.scalar("SELECT count(*) FROM release") == 1)
        #expect(try warehouse.scalar("SELECT count(*) FROM period WHERE code = '2024-01'") == 0)
    }

    @Test func errorsStopAtTheLimitAndCountTheRest() throws {
        let warehouse = try TestWarehouse()
        let rows = (1...25).map { "2024-01,export,XX\($0),TOTAL,1," }.joined(separator: "\n")
        let path = try warehouse.write("many.csv", header + rows)
        #expect {
            try Ingestor(store: warehouse.store).ingest(InputSource(path: path))
        } throws: { error in
            guard case IngestError.rows(_, let errors, let more) = error else { return false }
            return errors.count == 20 && more == 5 && errors.first?.line == 2
        }
    }

    /// 300 figures of one HS code a month over 25 years: the file is written in batches of 64.
    func longFile(repeating repeats: [Int: Int] = [:]) -> String {
        header + (0..<300).map { index in
            let month = repeats[index] ?? index
            return "\(2000 + month / 12)-\(String(format: "%02d", month % 12 + 1)),export,US,85171200,\(1_000 + index),"
        }.joined(separator: "\n")
    }

    @Test func aLongFileLoadsEveryFigure() throws {
        let warehouse = try TestWarehouse()
        let report = try warehouse.ingest("long.csv", longFile())
        #expect(report.rowsAdded == 300)
        #expect(try warehouse.scalar("SELECT count(*) || ' ' || sum(value_usd) FROM facts") == .text("300 344850"))
        #expect(try warehouse.scalar("SELECT count(*) FROM release_period") == .integer(300))
        // Exact, reported figures without a quantity or a stated change need no detail row.
        #expect(try warehouse.scalar("SELECT count(*) FROM fact_detail") == .integer(0))
    }

    @Test func aRepeatedKeyInsideABatchIsFoundAndNothingIsWritten() throws {
        let warehouse = try TestWarehouse()
        // Line 152 (figure 150) repeats line 12's month, line 202 repeats line 201's: both inside full batches.
        let path = try warehouse.write("dup.csv", longFile(repeating: [150: 10, 200: 199]))
        #expect {
            try Ingestor(store: warehouse.store).ingest(InputSource(path: path))
        } throws: { error in
            guard case IngestError.rows(_, let errors, let more) = error else { return false }
            return errors.map(\.line) == [152, 202] && more == 0
                && errors.map(\.message) == ["the same period, flow, partner, commodity and sector as line 12",
                                             "the same period, flow, partner, commodity and sector as line 201"]
        }
        #expect(try warehouse.scalar("SELECT count(*) FROM fact") == .integer(0))
    }

    @Test func headerProblemsNameTheLine() throws {
        let warehouse = try TestWarehouse()
        let path = try warehouse.write("h.csv", "# note\nperiod,flow,partner,value,commodity\n")
        #expect(throws: IngestError.atLine(file: path, line: 2, message:
            "unknown column \"value\"; the columns are period, flow, partner, commodity, value_usd, sector, quantity, unit, qualifier, estimated, yoy_pct")) {
            try Ingestor(store: warehouse.store).ingest(InputSource(path: path))
        }
        let missing = try warehouse.write("m.csv", "period,flow,partner\n")
        #expect(throws: IngestError.atLine(file: missing, line: 1, message:
            "missing column(s) commodity, value_usd (a release file needs period, flow, partner, commodity, value_usd)")) {
            try Ingestor(store: warehouse.store).ingest(InputSource(path: missing))
        }
    }

    @Test func theSameFileTwiceIsSkipped() throws {
        let warehouse = try TestWarehouse()
        let text = header + "2024-01,export,WORLD,TOTAL,34530000000,\n"
        try warehouse.ingest("a.csv", text)
        let again = try warehouse.ingest("a.csv", text)
        #expect(again.outcome == .skipped(existingReleaseID: 1))
        #expect(try warehouse.scalar("SELECT count(*) FROM release") == 1)
        #expect(try warehouse.scalar("SELECT count(*) FROM fact") == 1)
    }

    @Test func aLaterReleaseSupersedesAndReplaceRetiresTheEarlierOne() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("jan.csv", header + """
            2024-01,export,WORLD,TOTAL,33570000000,42
            2024-01,export,US,TOTAL,9600000000,
            """)
        let revised = try warehouse.ingest("revised.csv", header + "2024-01,export,WORLD,TOTAL,34530000000,\n")
        #expect(revised.rowsSuperseded == 1)
        #expect(try warehouse.factLines() == ["2024-01 export US TOTAL ALL 9600000000", "2024-01 export WORLD TOTAL ALL 34530000000"])

        // jan.csv corrected in place: the US row withdrawn, the total restated. The correction takes
        // jan.csv's place in the order of releases, so revised.csv, which came after it, still gives
        // the total (issue 24, case 3).
        let replaced = try warehouse.ingest("jan.csv", header + "2024-01,export,WORLD,TOTAL,34000000000,\n",
                                            options: IngestOptions(replace: true))
        #expect(replaced == IngestReport(path: warehouse.directory.path("jan.csv"), outcome: .ingested(releaseID: 3),
                                         rowsAdded: 1, rowsSuperseded: 1, retired: [1]))
        #expect(try warehouse.factLines() == ["2024-01 export WORLD TOTAL ALL 34530000000"])
        #expect(try warehouse.scalar("SELECT group_concat(id || ':' || rank) FROM release") == .text("1:1,2:2,3:1"))
        #expect(try warehouse.scalar("SELECT replaced_by FROM release WHERE id = 1") == 3)
        #expect(try warehouse.scalar("SELECT count(*) FROM fact") == 4)
    }

    @Test func replaceLoadsTheSameBytesAgain() throws {
        let warehouse = try TestWarehouse()
        let text = header + "2024-01,export,WORLD,TOTAL,34530000000,\n"
        try warehouse.ingest("a.csv", text)
        let again = try warehouse.ingest("a.csv", text, options: IngestOptions(replace: true))
        #expect(again == IngestReport(path: warehouse.directory.path("a.csv"), outcome: .ingested(releaseID: 2),
                                      rowsAdded: 1, rowsSuperseded: 1, retired: [1]))
        #expect(try warehouse.scalar("SELECT release_id FROM facts") == 2)
    }

    @Test func dryRunChecksAndWritesNothing() throws {
        let warehouse = try TestWarehouse()
        let report = try warehouse.ingest("a.csv", header + "2024-01,export,WORLD,TOTAL,34530000000,\n",
                                          options: IngestOptions(dryRun: true))
        #expect(report.outcome == .checked)
        #expect(report.rowsAdded == 1)
        #expect(try warehouse.scalar("SELECT count(*) FROM release") == 0)
        #expect(try warehouse.scalar("SELECT count(*) FROM period") == 0)
    }

    @Test func jsonArrayWrapperAndNDJSONWithLineNumbers() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("a.json", """
            [
              {"period": "2024-01", "flow": "export", "partner": "US", "commodity": "TOTAL", "value_usd": 9600000000,
               "estimated": true, "qualifier": "approx"}
            ]
            """)
        try warehouse.ingest("b.json", """
            {"source": "customs",
             "facts": [{"period": "2024-01", "flow": "import", "partner": "CN", "commodity": "TOTAL", "value_usd": 11880000000, "yoy_pct": 63.64}]}
            """)
        try warehouse.ingest("c.ndjson", """
            {"period": "2024-01", "flow": "balance", "partner": "WORLD", "commodity": "TOTAL", "value_usd": -100}

            {"period": "2024-02", "flow": "export", "partner": "WORLD", "commodity": "TOTAL", "value_usd": 1.0E3}
            """)
        #expect(try warehouse.factLines() == [
            "2024-01 balance WORLD TOTAL ALL -100", "2024-01 export US TOTAL ALL 9600000000",
            "2024-01 import CN TOTAL ALL 11880000000", "2024-02 export WORLD TOTAL ALL 1000",
        ])
        #expect(try warehouse.scalar("SELECT estimated || qualifier FROM facts WHERE partner = 'US'") == "1approx")
        #expect(try warehouse.scalar("SELECT source FROM release WHERE id = 2") == "customs")

        let path = try warehouse.write("bad.json", """
            [
              {"period": "2024-03", "flow": "export", "partner": "US", "commodity": "TOTAL", "value_usd": 1},
              {"period": "2024-03", "flow": "export", "partner": "JP",
               "commodity": "TOTAL", "value_usd": [1]},
              {"period": "2024-03", "flow": "export", "partner": "KR", "commodity": "TOTAL", "value_usd": 2, "note": "x"}
            ]
            """)
        #expect(throws: IngestError.rows(file: path, errors: [
            RowError(line: 3, field: "value_usd", message: "must be a string, a number, true/false or null"),
            RowError(line: 5, field: "note", message: "unknown key; the keys are period, flow, partner, commodity, value_usd, sector, quantity, unit, qualifier, estimated, yoy_pct"),
        ], more: 0)) {
            try Ingestor(store: warehouse.store).ingest(InputSource(path: path))
        }
    }

    @Test func formatIsDetectedFromContentWithoutAnExtension() throws {
        let warehouse = try TestWarehouse()
        let source = InputSource(path: "-", bytes: Data("period\tflow\tpartner\tcommodity\tvalue_usd\n2024-01\texport\tUS\tTOTAL\t5\n".utf8))
        let report = try Ingestor(store: warehouse.store).ingest(source)
        #expect(report.outcome == .ingested(releaseID: 1))
        #expect(try warehouse.scalar("SELECT format || ' ' || path FROM release") == "tsv -")
    }

    @Test func emptyAndUnreadableFiles() throws {
        let warehouse = try TestWarehouse()
        let empty = try warehouse.write("empty.csv", "")
        #expect(throws: IngestError.empty(file: empty)) { try Ingestor(store: warehouse.store).ingest(InputSource(path: empty)) }
        let headerOnly = try warehouse.write("header.csv", header)
        #expect(throws: IngestError.empty(file: headerOnly)) { try Ingestor(store: warehouse.store).ingest(InputSource(path: headerOnly)) }
        let missing = warehouse.directory.path("nope.csv")
        #expect(throws: IngestError.unreadable(file: missing, reason: "no such file")) {
            try Ingestor(store: warehouse.store).ingest(InputSource(path: missing))
        }
    }

    @Test func foldersExpandToSupportedFilesInNameOrder() throws {
        let warehouse = try TestWarehouse()
        try warehouse.write("b.json", "[]")
        try warehouse.write("a.csv", "")
        try warehouse.write("notes.pdf", "")
        try warehouse.write(".hidden.csv", "")
        try warehouse.write("c.xlsx", "")
        try warehouse.write("~$c.xlsx", "")
        let (files, passedOver) = try Ingestor.expand([warehouse.directory.path(""), "-"])
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.csv", "b.json", "c.xlsx", "-"])
        #expect(passedOver.map { ($0 as NSString).lastPathComponent }.contains("notes.pdf"))
    }

    /// A folder with nothing to read in it is refused before any file is read, even beside one that has.
    @Test func aFolderWithNoFileToReadIsAnError() throws {
        let warehouse = try TestWarehouse()
        let folder = warehouse.directory.path("notes")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        try Data("minutes".utf8).write(to: URL(fileURLWithPath: folder + "/minutes.pdf"))
        try warehouse.write("a.csv", "")
        let expected = IngestError.malformed(file: folder, message: "a folder with no file ingest reads in it "
            + "(.csv, .tsv, .json, .ndjson, .xlsx, .txt, .md); nothing was ingested")
        #expect(throws: expected) { try Ingestor.expand([warehouse.directory.path("a.csv"), folder]) }
        #expect(try Ingestor.expand([warehouse.directory.path("a.csv")]).files == [warehouse.directory.path("a.csv")])
    }

    /// A warning names the values it is about, which a front end spells its own way.
    @Test func aWarningNamesValuesNotOptions() throws {
        let warehouse = try TestWarehouse()
        let report = try warehouse.ingest("may.txt", "Hà Nội, tháng 5/2024\n\nTháng 4/2024, kim ngạch xuất khẩu hàng hóa đạt 34,53 tỷ USD.\n")
        let start = "line 1: the dateline gives the month (5/2024) but no day, so no publication date was stored "
        #expect(report.warnings.map(\.description) == [start + "(`the as-of release DATE` goes by the day it was loaded); "
            + "give the day with the publication day YYYY-MM-DD"])
        let options: [UserValue: String] = [.asOf: "--as-of", .published: "--published"]
        #expect(report.warnings.map { $0.message(naming: { options[$0] ?? "?" }) } == [start
            + "(`--as-of DATE` goes by the day it was loaded); give the day with --published YYYY-MM-DD"])
        #expect(IngestWarning("only words").message(naming: { _ in "?" }) == "only words")
    }

    @Test func bulletinsLoadWithWarningsForWhatCannotBePlaced() throws {
        let warehouse = try TestWarehouse()
        let report = try warehouse.ingest("jan.txt", """
            Xuất khẩu tháng 1/2024 đạt 34,53 tỷ USD, tăng 46,3%.
            Báo khác viết xuất khẩu tháng 1/2024 đạt 35 tỷ USD.
            """)
        #expect(report.outcome == .ingested(releaseID: 1))
        #expect(report.rowsAdded == 1)
        #expect(report.warnings.map(\.description) == ["line 2: a second, different figure for the same key as line 1; the first was kept: "
            + "Báo khác viết xuất khẩu tháng 1/2024 đạt 35 tỷ USD."])
        #expect(try warehouse.factLines() == ["2024-01 export WORLD TOTAL ALL 34530000000"])
        #expect(try warehouse.scalar("SELECT yoy_pct_reported FROM facts") == .real(46.3))
        #expect(try warehouse.scalar("SELECT format FROM release") == "text")
    }

    @Test func aBulletinWithNoFiguresLoadsNothing() throws {
        let warehouse = try TestWarehouse()
        let path = try warehouse.write("empty.md", "# Tin vắn\n\nKhông có số liệu nào.\n")
        #expect(throws: IngestError.noFiguresInText(file: path, unplaced: 0)) { try Ingestor(store: warehouse.store).ingest(InputSource(path: path)) }
        #expect(try warehouse.scalar("SELECT count(*) FROM release") == 0)
    }
}
