import CSQLite
import Testing
@testable import TradeWarehouse

/// SQLite's memory statistics are off from the first connection on (each allocation skips their
/// mutex): with them off, SQLite counts no memory in use, however much a warehouse holds.
@Suite struct MemoryStatisticsTests {
    @Test func aWarehouseOpensWithMemoryStatisticsOff() throws {
        let dir = try TemporaryDirectory()
        // Opening creates, migrates and reads the schema back: with statistics on, SQLite would
        // count the hundreds of kilobytes that holds.
        let store = try TradeStore.open(path: dir.path("w.sqlite"))
        #expect(store.migrationsApplied.count == Migration.embedded().count)
        #expect(sqlite3_memory_used() == 0)
        // Too late once SQLite is running: the switch is refused and changes nothing.
        #expect(tradewh_disable_memory_statistics() == SQLITE_MISUSE)
    }
}
