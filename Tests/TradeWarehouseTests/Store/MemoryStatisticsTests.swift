import CSQLite
import Testing
@testable import TradeWarehouse

/// SQLite's memory statistics are off from the first connection on (each allocation skips their
/// mutex): with them off, SQLite counts no memory in use, however much a warehouse holds.
@Suite struct MemoryStatisticsTests {
    @Test func aWarehouseOpensWithMemoryStatisticsOff() throws {
        let dir = try TemporaryDirectory()
        let store = try TradeStore.open(path: dir.path("w.sqlite"))
        #expect(try store.db.query("SELECT count(*) FROM sqlite_schema WHERE type = 'view'").rows.first?.first != .integer(0))
        #expect(sqlite3_memory_used() == 0)
        // Too late once SQLite is running: the switch is refused and changes nothing.
        #expect(tradewh_disable_memory_statistics() == SQLITE_MISUSE)
    }
}
