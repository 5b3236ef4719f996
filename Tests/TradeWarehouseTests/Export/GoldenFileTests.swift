import Foundation
import Testing
@testable import TradeWarehouse

/// Every export compared byte for byte with a file in `Golden/`. To change one on purpose, run the
/// tests with `UPDATE_GOLDEN=1` and review the diff before committing it.
@Suite struct GoldenFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func check(_ output: String, against name: String) throws {
        let file = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(output.utf8).write(to: file)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(output == expected, "\(name) differs from its golden file")
    }

    @Test func summaries() throws {
        let warehouse = try TestWarehouse.withSamples()
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-01"))
        try check(try SummaryWriter(language: .vi).text(figures, markdown: true), against: "summary-2024-01-vi.md")
        try check(try SummaryWriter(language: .en).text(figures, markdown: false), against: "summary-2024-01-en.txt")
    }

    @Test func charts() throws {
        let warehouse = try TestWarehouse.withSamples()
        let bars = try ChartQueries.ranking(warehouse.store.db, period: try Period.parse("2024-01"), flow: .export,
                                            byCommodity: true, limit: 10)
        try check(ChartSVG(language: .vi).ranking(bars, title: "Các mặt hàng xuất khẩu lớn nhất, tháng 1/2024"),
                  against: "chart-commodities-2024-01-vi.svg")
        let months = try ChartQueries.trend(warehouse.store.db, partner: "WORLD", commodity: "TOTAL")
        try check(ChartSVG(language: .en).trend(months, title: "Monthly trade — World"), against: "chart-trend-world-en.svg")
    }

    @Test func report() throws {
        let warehouse = try TestWarehouse.withSamples()
        try check(try ReportBuilder.page(warehouse.store.db, period: try Period.parse("2024-01"), language: .vi),
                  against: "report-2024-01-vi.html")
    }
}
