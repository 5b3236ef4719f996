import Foundation
import PropertyBased
import Testing
@testable import TradeWarehouse
import ZIPFoundation

/// The XLSX reader (its ZIP archive reader above all) given a real workbook damaged at random: each
/// damaged copy must end in an `IngestError` naming the file, leaving the warehouse as it was, or be
/// read into exactly the figures of the sound workbook. A trap fails the whole run; a reader still
/// busy after `deadline` seconds fails this test (a hang, or a loop over a broken stream).
///
/// The workbook is tried as written (every part deflated) and packed again with its parts stored,
/// whose figures' digits lie in the file as they are: only the parts' checksums tell a changed
/// digit. The damage is drawn from fixed seeds, so a failure repeats: its case names the seed and
/// what was done to the bytes.
@Suite struct XLSXCorruptionTests {
    /// The sample customs table of imports by partner, January to April 2024 (two sheets).
    static let workbook = URL(fileURLWithPath: samplesFolder)
        .appendingPathComponent("tables/2024-01-to-04-imports-by-partner.xlsx")
    /// The figures of the sound workbook: imports from six partners, January to April 2024, as its
    /// sheet states them (the last figure: the sheet's row).
    static let expected = [
        "2024-01..2024-04 import ASEAN TOTAL ALL 15150000000 9", "2024-01..2024-04 import CN TOTAL ALL 42000000000 7",
        "2024-01..2024-04 import EU TOTAL ALL 4930000000 12", "2024-01..2024-04 import JP TOTAL ALL 7240000000 10",
        "2024-01..2024-04 import KR TOTAL ALL 16870000000 8", "2024-01..2024-04 import TW TOTAL ALL 6590000000 11",
    ]
    /// Damaged copies tried per seed.
    static let copiesPerSeed = 50
    static let seeds: [UInt64] = [1, 2, 3]
    /// The longest a damaged copy may take, in seconds (a sound one takes well under one, debug build).
    static let deadline = 60.0

    /// How the workbook's parts are packed.
    enum Packing: String, CaseIterable, Sendable {
        case asWritten, stored
    }

    @Test(arguments: Packing.allCases, seeds)
    func aDamagedWorkbookIsRefusedOrReadRight(packing: Packing, seed: UInt64) throws {
        let warehouse = try TestWarehouse()
        let ingestor = try Ingestor(store: warehouse.store)
        let sound = try Self.workbook(packing)
        let baseline = try ingestor.ingest(InputSource(path: "sound.xlsx", bytes: sound), options: IngestOptions(format: .xlsx))
        guard case .ingested(let soundRelease) = baseline.outcome else { Issue.record("the sound workbook: \(baseline)"); return }
        try #require(try Self.figures(of: soundRelease, in: warehouse) == Self.expected)

        var random = Xoshiro(seed: (seed, seed &* 0x9E37_79B9_7F4A_7C15, ~seed, 0x5EED))
        var refused = 0, read = 0
        for copy in 0..<Self.copiesPerSeed {
            var damage = Damage(sound)
            for _ in 0..<Int.random(in: 1...3, using: &random) { damage.apply(using: &random) }
            while damage.bytes == sound { damage.apply(using: &random) }
            let name = "\(packing.rawValue)-seed-\(seed)-copy-\(copy).xlsx"
            let place = "\(name) (\(damage.steps.joined(separator: "; ")))"
            let before = try Self.releaseCount(warehouse)
            guard let result = Deadline.run(seconds: Self.deadline, {
                Result { try ingestor.ingest(InputSource(path: name, bytes: damage.bytes), options: IngestOptions(format: .xlsx)) }
            }) else {
                Issue.record("\(place): still reading after \(Self.deadline) s")
                return
            }
            switch result {
            case .success(let report):
                guard case .ingested(let release) = report.outcome else {
                    Issue.record("\(place): an outcome other than ingested: \(report.outcome)")
                    continue
                }
                #expect(try Self.figures(of: release, in: warehouse) == Self.expected, "\(place)")
                read += 1
            case .failure(let error as IngestError):
                #expect(error.description.hasPrefix(name + ":"), "\(place): the error does not start with the file: \(error)")
                #expect(try Self.releaseCount(warehouse) == before, "\(place): a refused file left a release behind")
                refused += 1
            case .failure(let error):
                Issue.record("\(place): not an IngestError: \(error)")
            }
        }
        // Both ends are reached: most damage is refused, some (in parts the reader does not read) is not.
        #expect(refused + read == Self.copiesPerSeed)
        #expect(refused > Self.copiesPerSeed / 2)
    }

    /// The sample workbook's bytes, as written or with its parts stored.
    static func workbook(_ packing: Packing) throws -> Data {
        let written = try Data(contentsOf: Self.workbook)
        guard packing == .stored else { return written }
        let archive = try Archive(data: written, accessMode: .read)
        let parts = try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return (path: entry.path, bytes: bytes)
        }
        return try WorkbookBuilder.zip(parts, method: .none)
    }

    /// A release's figures as `period flow partner commodity sector value line`, sorted.
    static func figures(of release: Int64, in warehouse: TestWarehouse) throws -> [String] {
        try warehouse.store.db.query("""
            SELECT p.code || ' ' || fl.code || ' ' || pa.code || ' ' || c.code || ' ' || s.code || ' ' || f.value_usd
                   || ' ' || coalesce(f.source_line, '-')
            FROM fact_full f JOIN period p ON p.id = f.period_id JOIN flow fl ON fl.id = f.flow_id
            JOIN partner pa ON pa.id = f.partner_id JOIN commodity c ON c.id = f.commodity_id JOIN sector s ON s.id = f.sector_id
            WHERE f.release_id = :release ORDER BY 1
            """, ["release": .integer(release)]).rows.map { $0[0].text ?? "" }
    }

    static func releaseCount(_ warehouse: TestWarehouse) throws -> Int64 {
        try warehouse.scalar("SELECT count(*) FROM release")?.integer ?? -1
    }
}
