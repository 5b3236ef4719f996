import Foundation
import Testing
@testable import tradewh_bench

/// The benchmark's generator: exact row counts, no duplicate keys, the same bytes for the same N.
struct DatasetTests {
    /// A partners list in the shape `tradewh partners --format csv` prints, covering every catalog code.
    static let partnersCSV: String = {
        let named = ["CN": "Trung Quốc,China,\"China, mainland; Trung Quốc đại lục\"", "US": "Hoa Kỳ,United States,Mỹ; Mĩ; USA",
                     "KR": "Hàn Quốc,South Korea,Nam Hàn"]
        let rows = (Catalog.partners + ["WORLD"]).map { code in code + ",country," + (named[code] ?? "Nước \(code),Country \(code),") }
        return (["code,kind,name_vi,name_en,aliases"] + rows).joined(separator: "\n") + "\n"
    }()

    @Test func allocationIsExactAndBounded() {
        let shares = MonthPlanner.allocate(10_000, weights: MonthPlanner.partnerWeights, cap: 500)
        #expect(shares.reduce(0, +) == 10_000)
        #expect(shares.allSatisfy { (1...500).contains($0) })
        #expect(shares[0] == 500 && shares[0] >= shares[119])
    }

    @Test(arguments: [41, 833, 4_167, 20_000, 100_000])
    func monthPlanHasDistinctKeysAndExactRows(rows: Int) {
        let plan = MonthPlanner.plan(month: 30, rows: rows)
        #expect(plan.reduce(0) { $0 + $1.rowCount } == rows)
        for flow in plan {
            let keys = flow.slices.flatMap { slice in (0..<slice.count).map { slice.partner * 10_000 + slice.commodity($0) } }
            #expect(Set(keys).count == keys.count)
        }
    }

    @Test func filesAreDeterministicWithoutDuplicateKeys() throws {
        let first = try generate(rows: 5_000), second = try generate(rows: 5_000)
        defer { [first.folder, second.folder].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        for name in ["codes.csv", "names.csv", "month.csv"] {
            #expect(FileManager.default.contents(atPath: first.folder + "/" + name) == FileManager.default.contents(atPath: second.folder + "/" + name))
        }
        let codes = try lines(first.summary.codesPath)
        #expect(codes.count == 5_000 && Set(codes.map(key)).count == 5_000)
        #expect(try lines(try #require(first.summary.namesPath)).count == 5_000)
        #expect(try lines(first.summary.monthPath).count == 1_000)
        #expect(codes.contains { $0.hasPrefix("2016-12,export,CN,\(first.summary.probeCommodity),") })
    }

    @Test func csvFieldsRoundTrip() {
        #expect(CSVField.split("a,\"b, \"\"c\"\"\",,d") == ["a", "b, \"c\"", "", "d"])
        #expect(CSVField.encode("x, y") == Array("\"x, y\"".utf8))
        #expect(Format.grouped(1_234_567) == "1,234,567" && Format.grouped(12) == "12")
    }

    private func generate(rows: Int) throws -> (folder: String, summary: DatasetSummary) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tradewh-bench-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let writer = DatasetWriter(shape: DatasetShape(rows: rows), spellings: try PartnerSpellings(partnersCSV: Self.partnersCSV))
        return (folder, try writer.write(into: folder))
    }

    private func lines(_ path: String) throws -> [Substring] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst().map { $0 }
    }

    private func key(_ line: Substring) -> String {
        line.split(separator: ",").prefix(4).joined(separator: ",")
    }
}
