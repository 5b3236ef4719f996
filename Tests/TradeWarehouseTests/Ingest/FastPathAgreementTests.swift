import Foundation
import PropertyBased
import Testing
@testable import TradeWarehouse

/// The long-form fast path (`LongFormRows`) is a cache in front of the one normalizer
/// (`FactNormalizer`), not a second one: on rows of usual and unusual spellings, every row it
/// takes gives the very figure the normalizer gives, and it takes no row the normalizer refuses.
@Suite struct FastPathAgreementTests {
    static let header: [FactColumn] = [.period, .flow, .partner, .commodity, .sector, .valueUSD, .qualifier, .estimated,
                                       .yoyPct, .quantity, .unit]
    /// Spellings per column: the ordinary one first, then others the normalizer reads, and wrong ones.
    static let spellings: [FactColumn: [String]] = [
        .period: ["2024-01", "2024-Q1", "2024", "2024-05-H1", "2024-01..2024-03", " 2024-02 ", "2024-13", "", "Jan 2024"],
        .flow: ["export", "import", "EXPORT", "balance", "turnover", "exports", "xuất khẩu", "re-export", ""],
        .partner: ["US", "CN", "us", "Hoa Kỳ", "China", "WORLD", "ZZ", ""],
        .commodity: ["TOTAL", "PHONES", "phones", "8517", "85171200", "851712", "XX", ""],
        .sector: ["", "ALL", "FDI", "fdi", "DOMESTIC", "private"],
        .valueUSD: ["1000", "0", "-5", "007", "123456789012345678", "1234567890123456789", "\"1,000\"", "1 000", "12.5",
                    "+7", "abc", ""],
        .qualifier: ["", "exact", "over", "under", "approx", "hơn", "about"],
        .estimated: ["", "true", "false", "1", "0", "yes", "maybe"],
        .yoyPct: ["", "12.5", "-3", "\"1,5\"", "5%", "abc"],
        .quantity: ["", "1000", "0.5", "-1", "\"1,000.5\"", "1e3", ".5", "abc"],
        .unit: ["", "tonne", " tonne ", "nghìn chiếc", String(repeating: "x", count: 101)],
    ]
    static let rowsPerSeed = 1500

    @Test(arguments: [UInt64(7), 8, 9])
    func everyRowTheFastPathTakesIsTheNormalizersFigure(seed: UInt64) throws {
        let warehouse = try TestWarehouse()
        let reference = try ReferenceData.load(from: warehouse.store.db)
        let writer = try ReleaseWriter(db: warehouse.store.db)
        defer { writer.figures.discardQueued() }
        let normalizer = FactNormalizer(reference: reference, ids: writer.ids)

        var random = Xoshiro(seed: (seed, ~seed, seed &* 31, 0xFA57))
        let lines = (0..<Self.rowsPerSeed).map { _ in
            Self.header.map { column in
                let spellings = Self.spellings[column]!
                // Mostly the ordinary spelling, so that many rows are figures; else any.
                return Int.random(in: 0..<10, using: &random) < 7 ? spellings[0] : spellings.randomElement(using: &random)!
            }.joined(separator: ",")
        }
        let csv = Self.header.map(\.rawValue).joined(separator: ",") + "\n" + lines.joined(separator: "\n") + "\n"

        var fast: [Int: String] = [:]
        var taken = 0, declined = 0, refused = 0
        var derived = 0
        _ = try DelimitedReader(delimiter: UInt8(ascii: ",")).read(
            InputSource(path: "spellings.csv", bytes: Data(csv.utf8)),
            fast: { columns in
                let rows = LongFormRows(columns: columns, reference: reference, ids: writer.ids)
                return { record in
                    if let row = try rows.figure(record) { fast[record.line] = String(describing: row) }
                    return false  // every row goes the ordinary way too
                }
            },
            { record in
                let ordinary = try normalizer.normalize(record)
                switch (fast[record.line], ordinary) {
                case (let quick?, .success(let row)):
                    #expect(quick == String(describing: row), "line \(record.line): \(lines[record.line - 2])")
                    taken += 1
                case (nil, .success): declined += 1
                case (nil, .failure): refused += 1
                case (_?, .failure(let errors)):
                    let messages = errors.errors.map(\.message).joined(separator: "; ")
                    Issue.record(Comment(rawValue: "line \(record.line): taken by the fast path, refused by the normalizer "
                        + "(\(messages)): \(lines[record.line - 2])"))
                }
            },
            derivedPassedOver: &derived)
        #expect(taken + declined + refused == Self.rowsPerSeed)
        // The draw reaches every case: rows taken fast, rows left to the normalizer, rows refused.
        #expect(taken > 0 && declined > 0 && refused > 0, "taken \(taken), declined \(declined), refused \(refused)")
    }
}
