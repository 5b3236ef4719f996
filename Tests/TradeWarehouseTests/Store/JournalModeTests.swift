import Testing
@testable import TradeWarehouse

/// A first large load may go through the rollback journal; the warehouse is left in WAL mode.
@Suite struct JournalModeTests {
    func mode(_ db: Database) throws -> CellValue? { try db.query("PRAGMA journal_mode").rows.first?.first }

    @Test func theRollbackJournalIsUsedOnlyWhenAskedAndAlone() throws {
        let dir = try TemporaryDirectory()
        let store = try TradeStore.open(path: dir.path("w.sqlite"))
        #expect(try mode(store.db) == "wal")
        #expect(try store.db.withRollbackJournal(if: true) { try mode(store.db) } == "delete")
        #expect(try mode(store.db) == "wal")
        #expect(try store.db.withRollbackJournal(if: false) { try mode(store.db) } == "wal")
        // Another connection has the file open: SQLite keeps the log, and the load runs as usual.
        let reader = try Database(path: dir.path("w.sqlite"))
        _ = try reader.query("SELECT count(*) FROM release")
        #expect(try store.db.withRollbackJournal(if: true) { try mode(store.db) } == "wal")
        #expect(try mode(store.db) == "wal")
    }
}
