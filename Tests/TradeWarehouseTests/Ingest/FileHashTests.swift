import Digest
import Foundation
import Testing
@testable import TradeWarehouse

/// A release records its file's SHA-256 whether the file was hashed in a pass of its own or as it
/// was read (a CSV or TSV file, when no release stands or with `--replace`).
@Suite struct FileHashTests {
    static let text = "period,flow,partner,commodity,value_usd\n2024-01,export,WORLD,TOTAL,34530000000\n"

    func sha256s(_ warehouse: TestWarehouse) throws -> [String] {
        try warehouse.store.db.query("SELECT sha256 FROM release ORDER BY id").rows.map { $0[0].text ?? "" }
    }

    @Test func aFileHashedAsItIsReadRecordsItsSHA256AndIsSkippedThereafter() throws {
        let warehouse = try TestWarehouse()
        let long = IngestPipelineTests.file(IngestPipelineTests.rows())
        try warehouse.ingest("long.csv", long)
        try warehouse.ingest("short.tsv", Self.text.replacingOccurrences(of: ",", with: "\t"))
        #expect(try sha256s(warehouse) == [SHA256.hexDigest(of: long.utf8),
                                           SHA256.hexDigest(of: Self.text.replacingOccurrences(of: ",", with: "\t").utf8)])
        let again = try warehouse.ingest("copy.csv", long)
        #expect(again.outcome == .skipped(existingReleaseID: 1))
    }

    @Test func standardInputAndOtherFormatsRecordTheirSHA256() throws {
        let warehouse = try TestWarehouse()
        let ingestor = try Ingestor(store: warehouse.store)
        _ = try ingestor.ingest(InputSource(path: "-", bytes: Data(Self.text.utf8)), options: IngestOptions(format: .csv))
        let json = #"[{"period": "2024-02", "flow": "export", "partner": "WORLD", "commodity": "TOTAL", "value_usd": 1}]"#
        try warehouse.ingest("feb.json", json)
        #expect(try sha256s(warehouse) == [SHA256.hexDigest(of: Self.text.utf8), SHA256.hexDigest(of: json.utf8)])
    }

    @Test func replaceRetiresTheReleaseWithTheSameBytesUnderAnotherName() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("a.csv", Self.text)
        let replaced = try warehouse.ingest("b.csv", Self.text, options: IngestOptions(replace: true))
        #expect(replaced.outcome == .ingested(releaseID: 2))
        #expect(try warehouse.scalar("SELECT group_concat(coalesce(replaced_by, '-')) FROM release") == .text("2,-"))
        #expect(try sha256s(warehouse) == [SHA256.hexDigest(of: Self.text.utf8), SHA256.hexDigest(of: Self.text.utf8)])
    }
}
