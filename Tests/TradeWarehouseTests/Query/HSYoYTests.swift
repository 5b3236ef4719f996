import Testing
@testable import TradeWarehouse

/// View `hs_yoy` reads `fact` in one view (migration 0010). It must give the rows migration 0009's
/// layered view gave (over `hs_facts` and `current_fact`), whatever came before: revisions,
/// a `--replace`, releases stating their own change, and answers `--as-of` an earlier release.
@Suite struct HSYoYTests {
    static let header = "period,flow,partner,commodity,value_usd,yoy_pct\n"

    /// Migration 0009's `hs_yoy`, as it was applied, created under another name beside the current one
    /// (in the file's schema, so that as-of connections copy it too).
    func createLayeredView(in db: Database) throws {
        let sql = try #require(Migration.embedded().first { $0.version == 9 }?.sql)
        let start = try #require(sql.range(of: "CREATE VIEW hs_yoy AS"))
        let end = try #require(sql.range(of: ";", range: start.upperBound..<sql.endIndex))
        try db.execute("CREATE VIEW layered_hs_yoy AS" + sql[start.upperBound..<end.lowerBound])
    }

    func rows(_ view: String, _ db: Database) throws -> [[CellValue]] {
        try db.query("""
            SELECT period, flow, partner, commodity, sector, value_usd, prior_value_usd, delta_usd, delta_pct, basis, source
            FROM \(view) ORDER BY period, flow, partner, commodity, sector
            """).rows
    }

    /// Releases over two years of three HS codes, some keys revised, one stating its changes.
    func releases() -> [(name: String, text: String)] {
        func line(_ period: String, _ flow: String, _ partner: String, _ code: String, _ value: Int, _ yoy: String = "") -> String {
            "\(period),\(flow),\(partner),\(code),\(value),\(yoy)\n"
        }
        var first = Self.header, second = Self.header, third = Self.header
        for (index, code) in ["85171200", "03061719", "09011110"].enumerated() {
            for month in 1...3 {
                first += line("2023-0\(month)", "export", "US", code, 1_000 * (index + 1) + month)
                first += line("2023-0\(month)", "import", "CN", code, 2_000 * (index + 1) + month)
                second += line("2024-0\(month)", "export", "US", code, 1_500 * (index + 1) + month, month == 2 ? "12.5" : "")
                second += line("2024-0\(month)", "import", "JP", code, 900 + month, "-40")
            }
        }
        third += line("2023-02", "export", "US", "85171200", 1_111) + line("2024-02", "export", "US", "03061719", 0)
        return [("2023.csv", first), ("2024.csv", second), ("revisions.csv", third)]
    }

    @Test func theFlatViewGivesTheLayeredViewsRows() throws {
        let warehouse = try TestWarehouse()
        try createLayeredView(in: warehouse.store.db)
        let files = releases()
        for file in files {
            try warehouse.ingest(file.name, file.text)
            #expect(try rows("hs_yoy", warehouse.store.db) == rows("layered_hs_yoy", warehouse.store.db), "after \(file.name)")
        }
        try warehouse.ingest(files[2].name, files[2].text.replacingOccurrences(of: "1111", with: "1212"),
                             options: IngestOptions(replace: true))
        let current = try rows("hs_yoy", warehouse.store.db)
        #expect(current == (try rows("layered_hs_yoy", warehouse.store.db)), "after --replace")
        #expect(current.contains([.text("2023-02"), .text("export"), .text("US"), .text("85171200"), .text("ALL"),
                                  .integer(1_212), .null, .null, .null, .null, .text("reported")]))
        #expect(current.contains([.text("2024-02"), .text("import"), .text("JP"), .text("85171200"), .text("ALL"),
                                  .integer(902), .integer(1_503), .integer(-601), .real(-40), .text("reported"), .text("reported")]))
        for release in Int64(1)...4 {
            let (flat, layered) = try AsOf.run(databasePath: warehouse.store.db.path, release: release) { past in
                (try rows("hs_yoy", past), try rows("layered_hs_yoy", past))
            }
            #expect(flat == layered, "as of release \(release)")
            #expect(!flat.isEmpty)
        }
    }
}
