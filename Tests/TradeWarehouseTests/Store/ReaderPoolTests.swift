import Foundation
import Testing
@testable import TradeWarehouse

/// Borrowed readers: kept and lent again, each borrow a fresh snapshot, read-only throughout, and
/// given back idle whatever the borrower did.
@Suite struct ReaderPoolTests {
    static let file = "period,flow,partner,commodity,value_usd\n2024-01,export,WORLD,TOTAL,34530000000\n"
    static let count = "SELECT count(*) FROM facts"

    @Test func aReaderIsKeptAndEachBorrowSeesTheLatestCommit() throws {
        let warehouse = try TestWarehouse()
        let pool = ReaderPool(path: warehouse.store.db.path, capacity: 2)
        #expect(try pool.withReader { try $0.query(Self.count).rows[0][0] } == .integer(0))
        #expect(pool.idleCount == 1)
        try warehouse.ingest("a.csv", Self.file)
        #expect(try pool.withReader { try $0.query(Self.count).rows[0][0] } == .integer(1))
        #expect(pool.idleCount == 1)
    }

    @Test func aBorrowIsOneSnapshotAndReadOnly() throws {
        let warehouse = try TestWarehouse()
        let pool = ReaderPool(path: warehouse.store.db.path, capacity: 2)
        try pool.withReader { db in
            #expect(try db.query(Self.count).rows[0][0] == .integer(0))
            try warehouse.ingest("a.csv", Self.file)
            #expect(try db.query(Self.count).rows[0][0] == .integer(0))
            #expect(throws: StoreError.self) { try db.execute("COMMIT") }
            #expect(throws: StoreError.self) { try db.execute("CREATE TEMP TABLE t (x)") }
            #expect(throws: StoreError.self) { try db.execute("PRAGMA query_only = OFF") }
        }
        #expect(try pool.withReader { try $0.query(Self.count).rows[0][0] } == .integer(1))
    }

    @Test func aFailingBorrowerGivesItBackAndTheCapacityBoundsWhatIsKept() throws {
        let warehouse = try TestWarehouse()
        let pool = ReaderPool(path: warehouse.store.db.path, capacity: 1)
        #expect(throws: StoreError.self) { try pool.withReader { try $0.query("SELECT * FROM no_such_table") } }
        #expect(pool.idleCount == 1)
        // Two borrowed at once: the second is opened, and only one is kept when both come back.
        let inner = try pool.withReader { _ in try pool.withReader { try $0.query(Self.count).rows[0][0] } }
        #expect(inner == .integer(0))
        #expect(pool.idleCount == 1)
    }
}
