import Testing
@testable import TradeWarehouse

/// `tradewh sql --schema` lists every table and view a user can query, with one line on each.
@Suite struct PublicSchemaTests {
    @Test func everyTableAndViewOfANewWarehouseHasALine() throws {
        let dir = try TemporaryDirectory()
        let db = try TradeStore.open(path: dir.path("w.sqlite")).db
        let objects = try db.query("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")
            .rows.compactMap { $0[0].text }
        #expect(PublicSchema.entries.map(\.name).sorted() == objects.sorted())
        #expect(Set(PublicSchema.entries.map(\.name)).count == PublicSchema.entries.count)
        // The kinds are what the database says, helper views being views.
        let views = Set(try db.query("SELECT name FROM sqlite_schema WHERE type = 'view'").rows.compactMap { $0[0].text })
        #expect(PublicSchema.entries.filter { $0.kind != .table }.map(\.name).sorted() == views.sorted())
        #expect(PublicSchema.entries.filter { $0.kind == .view }.count == 9)

        let table = try PublicSchema.table(db)
        #expect(table.columns == ["name", "kind", "description", "columns"])
        #expect(table.rows.count == 46)
        #expect(table.rows.first { $0[0] == .text("release_period") }
            == [.text("release_period"), .text("table"), .text("the periods each release has figures in"),
                .text("release_id, period_id, first_line")])
    }
}
