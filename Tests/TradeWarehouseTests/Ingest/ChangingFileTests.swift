import Foundation
import Testing
@testable import TradeWarehouse

/// A file that changes while it is read — one still being written — is refused, not stored as far
/// as it had got (issue 24, case 8).
@Suite struct ChangingFileTests {
    /// 57,600 figures (1.8 MB, more than one 1 MB chunk): every month of 2000-2039, 20 partners,
    /// both flows, three sectors.
    static func bigFile() -> String {
        let partners = ["US", "CN", "JP", "KR", "DE", "FR", "GB", "IT", "ES", "NL", "BE", "CH", "SE", "NO", "DK", "FI", "AT", "PL", "CZ", "HU"]
        var text = "period,flow,partner,commodity,sector,value_usd\n"
        for year in 2000..<2040 {
            for month in 1...12 {
                let period = "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
                for partner in partners {
                    for flow in ["export", "import"] {
                        for sector in ["ALL", "FDI", "DOMESTIC"] { text += "\(period),\(flow),\(partner),TOTAL,\(sector),1\n" }
                    }
                }
            }
        }
        return text
    }

    @Test func aLineAppendedWhileTheFileIsReadIsNotStoredCutShort() throws {
        let warehouse = try TestWarehouse()
        let path = try warehouse.write("growing.csv", Self.bigFile())
        let appended = UnsafeMutableTransfer(false)
        var options = IngestOptions()
        options.progress = { _ in
            guard !appended.value, let handle = FileHandle(forWritingAtPath: path) else { return }
            appended.value = true
            handle.seekToEndOfFile()
            handle.write(Data("2045-01,export,WORLD,TOTAL,ALL,345".utf8))  // the writer has not finished the line
            try? handle.close()
        }
        #expect(throws: IngestError.malformed(file: path, message: "the file changed while it was read (its size went from "
            + "1824047 to 1824081 bytes); nothing was ingested: load it again once it is complete")) {
            try Ingestor(store: warehouse.store).ingest(InputSource(path: path), options: options)
        }
        #expect(appended.value)
        #expect(try warehouse.scalar("SELECT count(*) FROM fact") == 0)
        #expect(try warehouse.scalar("SELECT count(*) FROM release") == 0)
    }

    @Test func aFileLeftAloneLoads() throws {
        let warehouse = try TestWarehouse()
        let report = try warehouse.ingest("still.csv", Self.bigFile())
        #expect(report.rowsAdded == 57_600)
    }
}

/// A value the progress callback (which must be Sendable) can set; only the ingesting thread uses it.
final class UnsafeMutableTransfer<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
