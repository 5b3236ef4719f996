import Foundation
import Testing
@testable import TradeWarehouse

/// A summary, a report and a partitioned export each read the warehouse in one read transaction:
/// a revision committed while they read changes nothing of what they write (issue 24, case 7).
///
/// Each is run on a connection of its own, watched statement by statement (`StatementObserver`): as
/// its second statement starts, a release revising every figure of January 2024 is committed through
/// another connection. Read in one snapshot, the output is the one read before the revision; read in
/// several, its later statements would see the revision.
@Suite struct SnapshotReadTests {
    struct Watched<T> {
        var result: T
        /// The statements run, and those of them that ran outside a transaction.
        var statements: Int
        var outside: [String]
    }

    /// Runs `read` on a connection of its own, committing the revision as its second statement starts.
    func readWhileRevised<T>(_ warehouse: TestWarehouse, _ read: (Database) throws -> T) throws -> Watched<T> {
        let reader = try Database(path: warehouse.store.db.path)
        let revision = try Self.everyFigureDoubled(warehouse)
        var statements = 0, outside: [String] = [], revisionError: (any Error)?
        let observer = StatementObserver(reader) { sql, inTransaction in
            guard !["BEGIN", "COMMIT", "ROLLBACK"].contains(where: { sql.hasPrefix($0) }) else { return }
            statements += 1
            if !inTransaction { outside.append(sql) }
            if statements == 2 {
                do { try warehouse.ingest("revision.csv", revision) } catch { revisionError = error }
            }
        }
        let result = try withExtendedLifetime(observer) { try read(reader) }
        if let revisionError { throw revisionError }
        return Watched(result: result, statements: statements, outside: outside)
    }

    /// A release that doubles every current figure of January 2024.
    static func everyFigureDoubled(_ warehouse: TestWarehouse) throws -> String {
        let rows = try warehouse.store.db.query("""
            SELECT period || ',' || flow || ',' || partner || ',' || commodity || ',' || sector || ',' || (value_usd * 2)
            FROM facts WHERE period = '2024-01'
            """).rows.compactMap { $0[0].text }
        return "period,flow,partner,commodity,sector,value_usd\n" + rows.joined(separator: "\n") + "\n"
    }

    static let january = Period.month(2024, 1)

    @Test func aSummaryIsOneSnapshot() throws {
        let warehouse = try TestWarehouse.withSamples()
        let text = { (db: Database) in try SummaryWriter(language: .en).text(SummaryFigures.load(db, period: Self.january), markdown: false) }
        let before = try text(warehouse.store.db)
        let watched = try readWhileRevised(warehouse, text)
        #expect(watched.statements >= 5)
        #expect(watched.outside == [])
        #expect(watched.result == before)
        #expect(before.contains("34.53"))
        // The revision did land: read again, the summary gives the doubled figures.
        let after = try text(warehouse.store.db)
        #expect(after != before && after.contains("69.06"))
    }

    @Test func aReportIsOneSnapshot() throws {
        let warehouse = try TestWarehouse.withSamples()
        let page = { (db: Database) in try ReportBuilder.page(db, period: Self.january, language: .en) }
        let before = try page(warehouse.store.db)
        let watched = try readWhileRevised(warehouse, page)
        #expect(watched.statements >= 8)
        #expect(watched.outside == [])
        #expect(watched.result == before)
        #expect(try page(warehouse.store.db) != before)
    }

    @Test func aPartitionedExportIsOneSnapshot() throws {
        let warehouse = try TestWarehouse.withSamples()
        let watched = try readWhileRevised(warehouse) { db in
            try PartitionedExport.write(db, to: warehouse.directory.path("parts"))
        }
        #expect(watched.result == PartitionedExport.Summary(partitions: 2, rows: 35))
        #expect(watched.outside == [])
        let january = try String(contentsOfFile: warehouse.directory.path("parts") + "/period=2024-01/facts.csv", encoding: .utf8)
        #expect(january.contains("\nexport,WORLD,TOTAL,ALL,34530000000,"))
        #expect(try warehouse.scalar("SELECT value_usd FROM facts WHERE period = '2024-01' AND flow = 'export' AND partner = 'WORLD' "
                                     + "AND commodity = 'TOTAL' AND sector = 'ALL'") == .integer(69_060_000_000))
    }

    /// The observer sees statements run outside a transaction for what they are, and the revision
    /// reaches the second of them: without one snapshot, a reader sees it half-way.
    @Test func statementsOutsideATransactionAreSeenAndSeeTheRevision() throws {
        let warehouse = try TestWarehouse.withSamples()
        let sum = "SELECT sum(value_usd) FROM facts WHERE period = '2024-01'"
        let total = try #require(try warehouse.scalar(sum)?.integer)
        let watched = try readWhileRevised(warehouse) { db in try (0..<3).map { _ in try db.query(sum).rows.first?.first?.integer } }
        #expect(watched.outside == [sum, sum, sum])
        #expect(watched.result == [total, 2 * total, 2 * total])
    }
}
