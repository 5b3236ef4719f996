import Foundation
import Testing
@testable import tradewh_bench

/// The HS-lines dataset: lines only (no TOTAL, no WORLD), a quantity and unit on most lines, the
/// same bytes for the same N; and the check that compares tradewh's answers with DuckDB's.
struct LinesDatasetTests {
    @Test(arguments: [41, 833, 20_000])
    func aMonthOfLinesHasNoTotalRowsAndExactRows(rows: Int) {
        let plan = MonthPlanner.plan(month: 30, rows: rows, totals: false)
        #expect(plan.reduce(0) { $0 + $1.rowCount } == rows)
        #expect(plan.reduce(0) { $0 + $1.slices.reduce(0) { $0 + $1.count } } == rows)
        #expect(plan.allSatisfy { !$0.totals })
    }

    @Test func linesFilesAreDeterministicWithQuantitiesOnMostLines() throws {
        let first = try generate(rows: 5_000), second = try generate(rows: 5_000)
        defer { [first.folder, second.folder].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        for name in ["codes.csv", "month.csv"] {
            #expect(FileManager.default.contents(atPath: first.folder + "/" + name) == FileManager.default.contents(atPath: second.folder + "/" + name))
        }
        #expect(first.summary.namesPath == nil && !FileManager.default.fileExists(atPath: first.folder + "/names.csv"))
        let text = try String(contentsOfFile: first.summary.codesPath, encoding: .utf8)
        #expect(text.hasPrefix("period,flow,partner,commodity,value_usd,quantity,unit\n2015-01,export,CN,"))
        let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == 5_000 && Set(rows.map { $0.prefix(4).joined(separator: ",") }).count == 5_000)
        #expect(rows.allSatisfy { $0.count == 7 && $0[2] != "WORLD" && $0[3].count == 8 })
        let measured = rows.filter { !$0[5].isEmpty }
        #expect(measured.count == 3_941)
        #expect(measured.filter { $0[5].hasSuffix(".5") }.count == 970)
        #expect(rows.filter { $0[5].isEmpty }.allSatisfy { $0[6].isEmpty })
        for row in measured {
            let heading = Catalog.headings.firstIndex(of: String(row[3].prefix(4)))
            #expect(heading.map(QuantityGenerator.unit) == String(row[6]), "\(row)")
        }
        #expect(try String(contentsOfFile: first.summary.monthPath, encoding: .utf8).split(separator: "\n").count == 1_001)
        #expect(first.summary.probeCommodity.count == 8)
    }

    @Test func aQuantityIsTheValueOverTheHeadingsPrice() {
        var generator = QuantityGenerator(seed: 7)
        let fields = (0..<20).map { _ in generator.fields(commodity: 0, value: 1_000_000) }
        let price = QuantityGenerator.price(heading: 0), unit = QuantityGenerator.unit(heading: 0)
        let whole = ",\(1_000_000 / price),\(unit)", half = ",\(1_000_000 / price).5,\(unit)"
        #expect(fields.allSatisfy { $0 == ",," || $0 == whole || $0 == half })
        #expect(fields.contains(",,") && fields.contains(whole))
    }

    @Test func thePriorYearOfAMonth() {
        #expect(LineQueries.priorYear("2016-12") == "2015-12")
        #expect(FigureCheck.isMonth("2016-12") && !FigureCheck.isMonth("2016-Q1") && !FigureCheck.isMonth("2016"))
    }

    @Test func identicalAnswersAgreeWhateverTheOrderAndTheExtraRows() throws {
        let check = FigureCheck(query: query)
        let outcome = try compare(check, tradewh: """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2016-12,export,US,TOTAL,ALL,150,100,50,50.0,computed,derived
            2016-Q4,export,US,TOTAL,ALL,450,,,,,derived
            2016-12,export,ASEAN,TOTAL,ALL,70,,,,,derived
            2016-12,export,CN,TOTAL,ALL,90,,,,,derived

            """, duckdb: """
            period,flow,partner,value_usd,prior_value_usd,delta_usd
            2016-12,export,CN,90,,
            2016-12,export,US,150,100,50

            """)
        #expect(outcome == .identical(rows: 2))
    }

    @Test func aDifferentFigureOrAMissingRowIsReported() throws {
        let check = FigureCheck(query: query)
        let duckdb = """
            period,flow,partner,value_usd,prior_value_usd,delta_usd
            2016-12,export,CN,90,,
            2016-12,export,US,150,100,50

            """
        #expect(try compare(check, tradewh: """
            period,flow,partner,value_usd,prior_value_usd,delta_usd
            2016-12,export,CN,91,,
            2016-12,export,US,150,100,50

            """, duckdb: duckdb) == .differs(
                "1 of tradewh's 2 rows are not in DuckDB's answer, e.g. period=2016-12 flow=export partner=CN value_usd=91 prior_value_usd= delta_usd="))
        #expect(try compare(check, tradewh: """
            period,flow,partner,value_usd,prior_value_usd,delta_usd
            2016-12,export,US,150,100,50

            """, duckdb: duckdb) == .differs("tradewh lists 1 rows, DuckDB 2"))
    }

    private let query = BenchQuery(name: "yoy_all", title: "yoy", arguments: [], flatSQL: "", keys: ["period", "flow", "partner"],
                                   figures: ["value_usd", "prior_value_usd", "delta_usd"])

    private func compare(_ check: FigureCheck, tradewh: String, duckdb: String) throws -> FigureCheck.Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tradewh-check-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try tradewh.write(toFile: folder + "/t.csv", atomically: true, encoding: .utf8)
        try duckdb.write(toFile: folder + "/d.csv", atomically: true, encoding: .utf8)
        return try check.compare(tradewh: folder + "/t.csv", duckdb: folder + "/d.csv")
    }

    private func generate(rows: Int) throws -> (folder: String, summary: DatasetSummary) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tradewh-bench-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let writer = DatasetWriter(kind: .lines, shape: DatasetShape(rows: rows), spellings: try PartnerSpellings(partnersCSV: DatasetTests.partnersCSV))
        return (folder, try writer.write(into: folder))
    }
}
