import Foundation
@testable import TradeWarehouse

/// A fresh warehouse in a temporary folder, with helpers to write and ingest release files.
final class TestWarehouse {
    let directory: TemporaryDirectory
    let store: TradeStore

    init() throws {
        directory = try TemporaryDirectory()
        store = try TradeStore.open(path: directory.path("trade.sqlite"))
    }

    /// Writes `text` to a file named `name` in the folder; returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = directory.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes and ingests a file.
    @discardableResult
    func ingest(_ name: String, _ text: String, options: IngestOptions = IngestOptions()) throws -> IngestReport {
        let path = try write(name, text)
        return try Ingestor(store: store).ingest(InputSource(path: path), options: options)
    }

    /// Every current figure as `period flow partner commodity sector value`, sorted.
    func factLines() throws -> [String] {
        try store.db.query("""
            SELECT period || ' ' || flow || ' ' || partner || ' ' || commodity || ' ' || sector || ' ' || value_usd
            FROM facts ORDER BY 1
            """).rows.map { $0[0].text ?? "" }
    }

    /// A fresh warehouse holding every release of the package's Samples folder.
    static func withSamples() throws -> TestWarehouse {
        let warehouse = try TestWarehouse()
        let ingestor = try Ingestor(store: warehouse.store)
        for file in try Ingestor.expand([samplesFolder]).files { _ = try ingestor.ingest(InputSource(path: file)) }
        return warehouse
    }

    /// The single value a query returns.
    func scalar(_ sql: String) throws -> CellValue? {
        try store.db.query(sql).rows.first?.first
    }
}

/// The folder of the package's own sample releases.
let samplesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Samples").path
