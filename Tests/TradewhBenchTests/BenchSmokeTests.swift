import Foundation
import Testing
@testable import tradewh_bench

/// A whole benchmark run on a tiny dataset with the `tradewh` built beside the tests, so that the
/// benchmark cannot rot unnoticed. It checks what the report holds, never how fast anything was.
struct BenchSmokeTests {
    /// The `tradewh` built beside the test bundle (SwiftPM puts every product in one folder).
    static let tradewh: String = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("tradewh").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("tradewh").path
    }()

    @Test func aTinyRunMeasuresEveryRowAndLosesNoFigure() throws {
        let session = BenchSession(kind: .totals, rows: 2_000, runs: 1, queryRuns: 1, work: nil, keep: false, tradewhOverride: Self.tradewh,
                                   command: "tradewh-bench 2000 --runs 1 --query-runs 1")
        let report = try session.run()
        let measures = report.rows.map(\.measure)
        #expect(measures.count == (report.results.duckdb == nil ? 15 : 16))  // DuckDB adds its CSV load
        #expect(measures.contains("point lookup `query yoy --period 2016-12 --partner CN --commodity \(report.data.probeCommodity)`"))
        #expect(report.results.queries.allSatisfy { $0.rows > 0 }, "a query printed no rows")
        #expect(report.results.ingestMillion == nil)
        #expect(!report.results.notes.contains { $0.contains("facts, not") }, "\(report.results.notes)")
        #expect(report.markdown.contains("## Results") && report.markdown.contains("## Method"))
        Self.expectTheExportMatchesSQLite(report)
    }

    /// The HS-lines dataset at tiny scale: every query answers, and where DuckDB is installed its
    /// answers have the same figures as tradewh's.
    @Test func aTinyRunOnHSLinesComparesEveryAnswerWithDuckDB() throws {
        let session = BenchSession(kind: .lines, rows: 2_000, runs: 1, queryRuns: 1, work: nil, keep: false, tradewhOverride: Self.tradewh,
                                   command: "tradewh-bench 2000 --dataset lines --runs 1 --query-runs 1")
        let report = try session.run()
        #expect(report.rows.count == (report.results.duckdb == nil ? 15 : 16))
        #expect(report.results.ingestNames == nil && report.data.namesPath == nil)
        #expect(report.results.queries.map(\.name) == ["yoy_all", "balance_partner", "top_hs2", "yoy_85", "point"])
        #expect(report.results.queries.allSatisfy { $0.rows > 0 }, "a query printed no rows")
        #expect(!report.results.notes.contains { $0.contains("facts, not") }, "\(report.results.notes)")
        if report.results.duckdb != nil {
            #expect(report.results.queries.allSatisfy { $0.agreement?.isIdentical == true }, "\(report.results.notes)")
        }
        #expect(report.markdown.contains("`period,flow,partner,commodity,value_usd,quantity,unit`"))
        Self.expectTheExportMatchesSQLite(report)
    }

    /// Every figure is exported, and (with sqlite3 on PATH) sqlite3's CSV of the same statement
    /// holds the same figures.
    static func expectTheExportMatchesSQLite(_ report: Report) {
        #expect(report.results.export.rows == 2_000)
        #expect(report.rows.contains { $0.measure == "`export facts --format csv --out FILE` (2,000 rows)" })
        if report.results.export.sqlite3 != nil {
            #expect(report.results.export.agreement == .identical(rows: 2_000), "\(report.results.notes)")
        }
    }
}
