import Foundation
import Testing
@testable import TradeWarehouse

/// Files long enough that their figures are written by the writer thread, in several blocks.
@Suite struct IngestPipelineTests {
    static let header = "period,flow,partner,commodity,value_usd,yoy_pct\n"
    /// More figures than two of the writer's blocks.
    static let figures = FigureQueue.blockSize * 2 + 904

    /// Figure `i`: an HS code of the US in January 2024 worth `i + 1` dollars, every 7th with a
    /// stated change; the last ten are totals of other partners.
    static func rows() -> [String] {
        let totals = ["CN", "JP", "KR", "DE", "FR", "GB", "TH", "SG", "IN", "AU"]
        return (0..<figures).map { i in
            let commodity = i < figures - totals.count ? "\(10_000_000 + i)" : "TOTAL"
            let partner = i < figures - totals.count ? "US" : totals[i - (figures - totals.count)]
            return "2024-01,export,\(partner),\(commodity),\(i + 1),\(i % 7 == 0 ? "1.5" : "")"
        }
    }

    static func file(_ rows: [String]) -> String { header + rows.joined(separator: "\n") + "\n" }

    @Test func everyBlockIsWrittenWithItsDetailsAndHeadlineFigures() throws {
        let warehouse = try TestWarehouse()
        let report = try warehouse.ingest("long.csv", Self.file(Self.rows()))
        let n = Self.figures
        #expect(report.rowsAdded == n)
        #expect(try warehouse.scalar("SELECT count(*) || ' ' || sum(value_usd) || ' ' || sum(source_line) FROM fact_full")
                == .text("\(n) \(n * (n + 1) / 2) \(n * (n + 3) / 2)"))
        #expect(try warehouse.scalar("SELECT count(*) FROM fact_detail WHERE yoy_pct = 1.5") == .integer(Int64((n + 6) / 7)))
        #expect(try warehouse.scalar("""
            SELECT group_concat(figure, ' ') FROM (
                SELECT p.code || '=' || f.value_usd AS figure FROM figure f JOIN partner p ON p.id = f.partner_id
                WHERE f.source = 'reported' ORDER BY f.value_usd)
            """) == .text((0..<10).map { "\(["CN", "JP", "KR", "DE", "FR", "GB", "TH", "SG", "IN", "AU"][$0])=\(n - 9 + $0)" }
                .joined(separator: " ")))
        // (Rows of 8-digit codes: the lines; their chapters, headings and subheadings have rows too.)
        #expect(try warehouse.scalar("SELECT count(*) FROM commodity WHERE kind = 'hs' AND length(code) = 8") == .integer(Int64(n - 10)))
    }

    @Test func repeatedKeysInDifferentBlocksAreReportedWithBothLines() throws {
        let warehouse = try TestWarehouse()
        var rows = Self.rows()
        let block = FigureQueue.blockSize
        // The first figure of the second block repeats the last of the first; one of the third
        // block repeats figure 10; both keep their own value.
        rows[block] = rows[block - 1].replacingOccurrences(of: ",\(block),", with: ",7,")
        rows[2 * block + 5] = "2024-01,export,US,10000010,99,"
        let path = try warehouse.write("dup.csv", Self.file(rows))
        #expect(throws: IngestError.rows(file: path, errors: [
            RowError(line: block + 2, field: nil, message: "the same period, flow, partner, commodity and sector as line \(block + 1)"),
            RowError(line: 2 * block + 7, field: nil, message: "the same period, flow, partner, commodity and sector as line 12"),
        ], more: 0)) {
            try Ingestor(store: warehouse.store).ingest(InputSource(path: path))
        }
        #expect(try warehouse.scalar("SELECT (SELECT count(*) FROM fact) + (SELECT count(*) FROM release) + (SELECT count(*) FROM figure)") == .integer(0))
    }

    @Test func aReadErrorAfterBlocksWereHandedOverRollsBackAndFreesTheConnection() throws {
        let warehouse = try TestWarehouse()
        let ingestor = try Ingestor(store: warehouse.store)
        var rows = Self.rows()
        let bad = FigureQueue.blockSize * 2 + 100
        rows[bad] = "2024-01,export,\u{FFFD},TOTAL,1,"
        var bytes = Data(Self.file(rows).utf8)
        let replacement = Data("\u{FFFD}".utf8)
        bytes.replaceSubrange(bytes.range(of: replacement)!, with: Data([0xFF]))
        #expect(throws: IngestError.atLine(file: "-", line: bad + 2, message: "field 3 is not valid UTF-8")) {
            try ingestor.ingest(InputSource(path: "-", bytes: bytes), options: IngestOptions(format: .csv))
        }
        let unclosed = warehouse.directory.path("unclosed.csv")
        try Data((Self.file(Self.rows()) + "2024-02,export,US,TOTAL,\"5\n").utf8).write(to: URL(fileURLWithPath: unclosed))
        #expect(throws: IngestError.atLine(file: unclosed, line: Self.figures + 2,
                                           message: "a quoted field is never closed (unbalanced \")")) {
            try ingestor.ingest(InputSource(path: unclosed))
        }
        #expect(try warehouse.scalar("SELECT (SELECT count(*) FROM fact) + (SELECT count(*) FROM release)") == .integer(0))
        // The connection is the caller's again: the same ingestor loads the file whole.
        let report = try ingestor.ingest(InputSource(path: try warehouse.write("good.csv", Self.file(Self.rows()))))
        #expect(report.rowsAdded == Self.figures)
        #expect(try warehouse.scalar("SELECT count(*) FROM fact") == .integer(Int64(Self.figures)))
    }
}
