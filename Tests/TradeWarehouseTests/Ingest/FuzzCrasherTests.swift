import Foundation
import Testing
@testable import TradeWarehouse

/// Inputs the fuzzer (`Scripts/fuzz.sh`) once crashed a reader with, kept in `Tests/FuzzCrashers/READER/`:
/// each must now end in a clear `IngestError`, read from memory as standard input is.
@Suite struct FuzzCrasherTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("FuzzCrashers")

    static let expected: [String: IngestError] = [
        "xlsx/in-memory-offset-past-end.xlsx": .malformed(file: "-", message: "not an XLSX workbook (it has no xl/workbook.xml)"),
    ]

    /// Every kept crasher, as "reader/name".
    static var crashers: [String] {
        let readers = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return readers.sorted().flatMap { reader in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(reader).path)) ?? [])
                .sorted().map { "\(reader)/\($0)" }
        }
    }

    @Test func everyKeptCrasherHasItsExpectedError() {
        #expect(Self.crashers == Self.expected.keys.sorted())
    }

    @Test(arguments: crashers)
    func aKeptCrasherIsRefusedCleanly(_ crasher: String) throws {
        let warehouse = try TestWarehouse()
        let reader = String(crasher.prefix { $0 != "/" })
        let format = try #require(IngestFormat(rawValue: reader))
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(crasher))
        let error = try #require(throws: IngestError.self) {
            try Ingestor(store: warehouse.store).ingest(InputSource(path: "-", bytes: bytes),
                                                        options: IngestOptions(format: format, dryRun: true, year: 2024))
        }
        #expect(error == Self.expected[crasher])
    }
}
