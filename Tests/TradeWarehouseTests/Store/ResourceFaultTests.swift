import Foundation
import Testing
@testable import TradeWarehouse

/// A write that runs out of room fails whole: SQLite's `max_page_count` stands in for a full disk
/// (the end-to-end tests use a real tmpfs where mounting is allowed).
@Suite struct ResourceFaultTests {
    func facts(_ store: TradeStore) throws -> [[CellValue]] {
        try store.db.query("SELECT period, flow, partner, commodity, value_usd, release_id FROM facts ORDER BY period, partner, commodity").rows
    }

    @Test func aFullDatabaseRollsTheFileBackAndNamesTheCause() throws {
        let warehouse = try TestWarehouse()
        let ingestor = try Ingestor(store: warehouse.store)
        let jan = try warehouse.write("jan.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,WORLD,TOTAL,34530000000\n")
        _ = try ingestor.ingest(InputSource(path: jan))
        let before = try facts(warehouse.store)
        let releases = try warehouse.store.db.query("SELECT count(*) FROM release").rows

        let pages = try warehouse.store.db.query("PRAGMA page_count").rows
        guard case .integer(let count) = pages.first?.first else { Issue.record("no page count"); return }
        try warehouse.store.db.execute("PRAGMA max_page_count = \(count + 4)")
        let rows = (0..<20_000).map { "2023-01,export,\(["US", "CN", "JP", "KR"][$0 % 4]),\(1000 + $0 / 4),\($0 + 1)" }
        let big = try warehouse.write("big.csv", "period,flow,partner,commodity,value_usd\n" + rows.joined(separator: "\n") + "\n")

        let error = try #require(throws: StoreError.self) { try ingestor.ingest(InputSource(path: big)) }
        #expect(error.isDiskFull)
        #expect(error.description == "database or disk is full")
        #expect(try facts(warehouse.store) == before)
        #expect(try warehouse.store.db.query("SELECT count(*) FROM release").rows == releases)

        // With room again, the same file loads whole.
        try warehouse.store.db.execute("PRAGMA max_page_count = 1073741823")
        let report = try ingestor.ingest(InputSource(path: big))
        #expect(report.rowsAdded == 20_000)
    }

    @Test func aReadOnlyConnectionRefusesAnIngestAsReadOnly() throws {
        let warehouse = try TestWarehouse()
        let db = try Database(path: warehouse.directory.path("trade.sqlite"), mode: .readOnly)
        let error = try #require(throws: StoreError.self) { try db.execute("BEGIN IMMEDIATE; INSERT INTO flow (code) VALUES ('x')") }
        #expect(error.isReadOnly)
        #expect(!error.isDiskFull)
    }
}
