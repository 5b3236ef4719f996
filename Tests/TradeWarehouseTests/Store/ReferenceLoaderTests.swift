import Foundation
import Testing
@testable import TradeWarehouse

/// Reference data lives in Migrations/reference/*.csv; a warehouse loads it again when the binary's
/// files change, keeping every id and what users added.
@Suite struct ReferenceLoaderTests {
    /// The embedded reference files with `edits` applied (by file name), under another checksum.
    static func editedReference(_ edits: [String: (String) -> String], checksum: String = String(repeating: "e", count: 64)) -> ReferenceLoader {
        let files = ReferenceLoader.embedded().files.map { file in
            edits[file.name].map { EmbeddedFile(name: file.name, text: $0(file.text)) } ?? file
        }
        return ReferenceLoader(files: files, checksum: checksum)
    }

    static func migrator(reference: ReferenceLoader) -> Migrator {
        Migrator(migrations: Migration.embedded(), baseline: SchemaBaseline.embedded(), views: SchemaViews.embedded(),
                 reference: reference)
    }

    @Test func aPublishedFigureThatDoesNotReadIsNamedWithItsLineAndField() throws {
        let text = "period,flow,partner,commodity,sector,value_usd,yoy_pct,estimated,source,url\n"
            + "2024-05,export,WORLD,TOTAL,ALL,12.5e9,,true,test,\n"
        let loader = ReferenceLoader(files: [EmbeddedFile(name: "published_totals.csv", text: text)], checksum: "")
        #expect(throws: StoreError.migrationFailed(name: "reference/published_totals.csv",
                                                   reason: "line 2: value_usd \"12.5e9\" does not read")) {
            try loader.publishedFigures()
        }
    }

    /// `published_totals.csv` is generated from `Samples/history/` (Scripts/published_totals.py): a
    /// history file added or corrected without running the script shows here, figure by figure.
    @Test func thePublishedTotalsAreTheHistorysFigures() throws {
        let history = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Samples/history").standardized
        var rows: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: history.path).sorted() where name.hasSuffix(".csv") {
            let lines = try String(contentsOf: history.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
            rows += lines.map { line in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                return ([fields[0], fields[1], fields[2], fields[3], fields[5], fields[4]].joined(separator: " ")) + " " + name
            }
        }
        let bundled = ReferenceLoader.embedded().files.first { $0.name == "published_totals.csv" }?.text ?? ""
        let published = bundled.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return [fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[8]].joined(separator: " ")
        }
        #expect(published == rows)
    }

    /// The groups made of HS codes: 18 groups of 35 codes, each a group of commodities.csv, and no
    /// line under the codes of two groups (a code is never another's prefix).
    @Test func theGroupsMadeOfHSCodes() throws {
        let warehouse = try TestWarehouse()
        let rows = try warehouse.store.db.query("""
            SELECT count(DISTINCT h.commodity_id), count(*), sum(c.kind = 'group') FROM commodity_hs h JOIN commodity c ON c.id = h.commodity_id
            """).rows
        #expect(rows == [[.integer(18), .integer(35), .integer(35)]])
        let overlaps = try warehouse.store.db.query("""
            SELECT a.hs, b.hs FROM commodity_hs a JOIN commodity_hs b ON a.hs <> b.hs AND substr(b.hs, 1, length(a.hs)) = a.hs
            """).rows
        #expect(overlaps.isEmpty)
        let pepper = try warehouse.store.db.query("""
            SELECT group_concat(h.hs, ' ') FROM commodity_hs h JOIN commodity c ON c.id = h.commodity_id WHERE c.code = 'PEPPER'
            """).rows
        #expect(pepper == [[.text("090411 090412")]])
    }

    @Test func theEmbeddedFilesAndWhatTheyLoad() throws {
        let reference = ReferenceLoader.embedded()
        #expect(reference.files.map(\.name)
            == ["commodities.csv", "commodity_aliases.csv", "commodity_hs.csv", "hs_chapters.csv", "hs_headings.csv", "partner_aliases.csv",
                "partner_group_members.csv", "partners.csv", "published_totals.csv", "published_totals_2010_2014.csv"])
        #expect(reference.checksum.count == 64)
        let figures = try reference.publishedFigures()
        #expect(figures.count == 2048 + 65)
        #expect(figures.last == PublishedFigure(period: try Period.parse("2014-01..2014-11"), flow: .export, partner: "WORLD",
                                                commodity: "SEAFOOD", sector: .all, valueUSD: 7_272_000_000, yoyPct: 20.2,
                                                source: "Vietnam+ (VNA): GSO January-November 2014",
                                                url: "https://en.vietnamplus.vn/vietnams-trade-surplus-hits-2-billion-usd/68724.vnp"))
        let dir = try TemporaryDirectory()
        let db = try TradeStore.open(path: dir.path("w.sqlite")).db
        #expect(try db.query("""
            SELECT (SELECT count(*) FROM partner), (SELECT count(*) FROM partner_alias), (SELECT count(*) FROM partner_group_member),
                   (SELECT count(*) FROM commodity), (SELECT count(*) FROM commodity_alias)
            """).rows == [[.integer(257), .integer(260), .integer(285), .integer(79), .integer(497)]])
        #expect(try db.query("SELECT id, name_vi FROM partner WHERE code IN ('WORLD', 'KR', 'ASEAN') ORDER BY id").rows
            == [[.integer(1), .text("Thế giới")], [.integer(123), .text("Hàn Quốc")], [.integer(252), .text("ASEAN")]])
        #expect(try db.query("SELECT c.code, p.code FROM commodity c JOIN commodity p ON p.id = c.parent_id ORDER BY c.code").rows
            == [["DURIAN", "FRUIT_VEG"], ["PANGASIUS", "SEAFOOD"], ["SHRIMP", "SEAFOOD"], ["TUNA", "SEAFOOD"]].map { $0.map(CellValue.text) })
        #expect(try db.query("SELECT valid_to FROM partner_group_member m JOIN partner p ON p.id = m.member_id WHERE p.code = 'GB' AND m.group_id = 251").rows
            == [[.text("2020-01-31")]])
        #expect(try db.query("SELECT checksum FROM schema_state WHERE part = 'reference'").rows == [[.text(reference.checksum)]])
    }

    /// A corrected name is a one-line change of a CSV: the next open loads it, and every id, user
    /// group and figure stays.
    @Test func changedReferenceDataIsLoadedAgain() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("a.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,KR,TOTAL,100\n2024-01,export,CN,PHONES,7\n")
        let db = warehouse.store.db
        try GroupWriter.define(db, code: "NEA", nameEnglish: "North-East Asia", nameVietnamese: nil, members: ["CN", "KR"],
                               from: "2020-01-01", to: nil)
        let before = try db.query("SELECT id, code FROM partner ORDER BY id").rows
        let facts = try db.query("SELECT * FROM facts ORDER BY partner").rows

        let reference = Self.editedReference([
            "partners.csv": { text in
                text.replacingOccurrences(of: "KR,country,South Korea,Hàn Quốc\n", with: "KR,country,\"Korea, Republic of\",Hàn Quốc\n")
                    + "XK,country,Kosovo,\n"
            },
            "partner_aliases.csv": { $0.replacingOccurrences(of: "Nam Hàn,KR,vi\n", with: "") },
        ])
        let store = try TradeStore.open(path: db.path, migrator: Self.migrator(reference: reference))
        #expect(store.migrationsApplied == [])
        #expect(try store.db.query("SELECT name_en FROM partner WHERE code = 'KR'").rows == [[.text("Korea, Republic of")]])
        #expect(try store.db.query("SELECT count(*) FROM partner_alias WHERE alias = 'Nam Hàn'").rows == [[.integer(0)]])
        let after = try store.db.query("SELECT id, code FROM partner ORDER BY id").rows
        #expect(Array(after.prefix(before.count)) == before)  // every id kept, NEA among them
        #expect(after.count == before.count + 1)
        #expect(after.last?[1] == .text("XK"))
        #expect(try store.db.query("SELECT count(*) FROM partner_group_member m JOIN partner g ON g.id = m.group_id WHERE g.code = 'NEA'").rows
            == [[.integer(2)]])
        #expect(try store.db.query("SELECT * FROM facts ORDER BY partner").rows == facts)
        #expect(try Self.migrator(reference: reference).isUpToDate(store.db))
        // This binary's data again: the old name is back.
        let back = try TradeStore.open(path: db.path)
        #expect(try back.db.query("SELECT name_en FROM partner WHERE code = 'KR'").rows == [[.text("South Korea")]])
    }

    @Test func aFileThatDoesNotLoadIsNamedWithItsLineAndChangesNothing() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("w.sqlite")
        _ = try TradeStore.open(path: path)
        let reference = Self.editedReference(["partner_aliases.csv": { $0 + "Narnia,ZZ,en\n" }])
        let lines = reference.files.first { $0.name == "partner_aliases.csv" }!.text.split(separator: "\n", omittingEmptySubsequences: false).count
        let error = try #require(throws: StoreError.self) { try TradeStore.open(path: path, migrator: Self.migrator(reference: reference)) }
        #expect(error == .migrationFailed(name: "reference/partner_aliases.csv", reason: "line \(lines - 1): unknown code ZZ"))
        let db = try Database(path: path)
        #expect(try db.query("SELECT count(*) FROM partner_alias").rows == [[.integer(260)]])
        #expect(try db.query("SELECT checksum FROM schema_state WHERE part = 'reference'").rows == [[.text(ReferenceLoader.embedded().checksum)]])
    }

    @Test func csvFields() throws {
        let text = "# a comment, with \"quotes\"\ncode,name,note\n\nA,\"Korea, Rep.\",\n# another\n"
            + "B,\"say \"\"hi\"\"\",\"\"\nC,plain,x\r\n"
        let file = try ReferenceCSV(name: "t.csv", text: text)
        #expect(file.rows.map(\.line) == [4, 6, 7])
        #expect(file.rows.map { $0.field("name") } == ["Korea, Rep.", "say \"hi\"", "plain"])
        #expect(file.rows.map { $0.field("note") } == [nil, "", "x"])
        #expect(throws: StoreError.migrationFailed(name: "reference/t.csv", reason: "line 2: 2 fields where the header has 3")) {
            try ReferenceCSV(name: "t.csv", text: "a,b,c\nx,y\n")
        }
        #expect(throws: StoreError.migrationFailed(name: "reference/t.csv", reason: "line 2: a quote is not closed")) {
            try ReferenceCSV(name: "t.csv", text: "a,b\n\"x,y\n")
        }
        #expect(throws: StoreError.migrationFailed(name: "reference/t.csv", reason: "line 3: text after a closing quote")) {
            try ReferenceCSV(name: "t.csv", text: "a,b\rx,y\r\"z\"w,v\n")
        }
        let lone = try ReferenceCSV(name: "t.csv", text: "a,b\rx,\"Việt Nam\"\r\r\"\",y")
        #expect(lone.rows.map(\.line) == [2, 4])
        #expect(lone.rows.map { $0.field("b") } == ["Việt Nam", "y"])
        #expect(lone.rows.map { $0.field("a") } == ["x", ""])
    }

    /// The built-in reference data is read from the CSV files without a database; it must be what a
    /// new warehouse holds, names in the same order (the bulletin reader's ties depend on it).
    @Test func builtInDataEqualsWhatANewWarehouseReads() throws {
        let dir = try TemporaryDirectory()
        let fromWarehouse = try ReferenceData.load(from: TradeStore.open(path: dir.path("w.sqlite")).db)
        let builtIn = try ReferenceData.builtIn()
        #expect(builtIn.partners.entries == fromWarehouse.partners.entries)
        #expect(builtIn.commodities.entries == fromWarehouse.commodities.entries)
        #expect(builtIn.partnerNames == fromWarehouse.partnerNames)
        #expect(builtIn.commodityNames == fromWarehouse.commodityNames)
        #expect(builtIn.partners.entries.count == 257 && builtIn.partnerNames.count == 257 + 164 + 260)
        #expect(try builtIn.partners.resolve("Hàn Quốc").code == "KR")
    }
}
