import Testing
@testable import TradeWarehouse

/// `--replace` of a release whose periods no other standing release has figures in writes the line
/// sums it held in memory in place of the old ones (`LineSumUpdate.fromMemory`) instead of
/// recomputing them from the current lines; where another release shares a period, where the
/// replaced release had a period the replacement lacks, or where sums were merged before the end,
/// it still recomputes. Either way the sums equal a fresh `GROUP BY` and a full rebuild.
@Suite struct LineSumReplaceTests {
    /// January's lines of three countries, China's stated export total, and February's lines.
    static let estimate = """
        period,flow,partner,commodity,value_usd,quantity,unit
        2024-01,export,US,85171300,700,10,piece
        2024-01,export,US,61091000,40,8,piece
        2024-01,export,CN,85423100,300,,
        2024-01,export,CN,TOTAL,500,,
        2024-01,import,CN,85423100,900,,
        2024-01,import,JP,85044090,120,3,piece
        2024-02,export,US,85171300,650,9,piece

        """

    /// The same months revised: a US line changed, China's total no longer stated, Japan's import
    /// gone, a Korean line new.
    static let customs = """
        period,flow,partner,commodity,value_usd,quantity,unit
        2024-01,export,US,85171300,710,10,piece
        2024-01,export,US,61091000,40,8,piece
        2024-01,export,CN,85423100,300,,
        2024-01,import,CN,85423100,900,,
        2024-01,import,KR,85044090,55,1,piece
        2024-02,export,US,85171300,650,9,piece

        """

    /// Counts, on the warehouse's own connection, each recompute of line sums (`line_window` set
    /// to a non-empty window).
    func countRecomputes(_ warehouse: TestWarehouse) throws {
        try warehouse.store.db.execute("""
            CREATE TEMP TABLE recomputes (first_half INTEGER);
            CREATE TEMP TRIGGER count_recomputes AFTER UPDATE ON main.line_window WHEN NEW.first_half <= NEW.last_half
            BEGIN INSERT INTO recomputes VALUES (NEW.first_half); END;
            """)
    }

    func recomputes(_ warehouse: TestWarehouse) throws -> Int64? {
        try warehouse.scalar("SELECT count(*) FROM temp.recomputes")?.integer
    }

    func sums(_ warehouse: TestWarehouse) throws -> [String] {
        try warehouse.store.db.query(LineSumsTests.stored).rows.map { $0[0].text ?? "" }
    }

    func freshGroupBy(_ warehouse: TestWarehouse) throws -> [String] {
        try warehouse.store.db.query(LineSumsTests.freshGroupBy).rows.map { $0[0].text ?? "" }
    }

    @Test func aReplacementHoldingItsMonthsAloneWritesTheSumsItHeld() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("january.csv", Self.estimate)
        try warehouse.ingest("march.csv", "period,flow,partner,commodity,value_usd\n2024-03,export,US,85171300,600\n")
        try countRecomputes(warehouse)
        let report = try warehouse.ingest("january.csv", Self.customs, options: IngestOptions(replace: true))
        #expect(report.retired == [1])
        #expect(try recomputes(warehouse) == 0)
        let stored = try sums(warehouse)
        #expect(stored == (try freshGroupBy(warehouse)))
        #expect(stored == [
            "2024-01 export CN TOTAL 300", "2024-01 export US TOTAL 750", "2024-01 export WORLD 61 40",
            "2024-01 export WORLD 85 1010", "2024-01 export WORLD TOTAL 1050", "2024-01 import CN TOTAL 900",
            "2024-01 import KR TOTAL 55", "2024-01 import WORLD 85 955", "2024-01 import WORLD TOTAL 955",
            "2024-02 export US TOTAL 650", "2024-02 export WORLD 85 650", "2024-02 export WORLD TOTAL 650",
            "2024-03 export US TOTAL 600", "2024-03 export WORLD 85 600", "2024-03 export WORLD TOTAL 600",
        ])
        #expect(try warehouse.scalar("""
            SELECT value_usd FROM headline_facts WHERE period = '2024-Q1' AND flow = 'export' AND partner = 'WORLD'
              AND commodity = 'TOTAL'
            """) == .integer(2300))
        #expect(try FigureRebuild.differences(databasePath: warehouse.store.db.path).rows.isEmpty)
    }

    @Test func aMonthAnotherStandingReleaseSharesIsRecomputed() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("january.csv", Self.estimate)
        try warehouse.ingest("korea.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,KR,85171300,80\n")
        try countRecomputes(warehouse)
        try warehouse.ingest("january.csv", Self.customs, options: IngestOptions(replace: true))
        #expect(try recomputes(warehouse) == 1)
        let stored = try sums(warehouse)
        #expect(stored == (try freshGroupBy(warehouse)))
        #expect(stored.contains("2024-01 export WORLD TOTAL 1130"))
        #expect(stored.contains("2024-01 export KR TOTAL 80"))
        #expect(try FigureRebuild.differences(databasePath: warehouse.store.db.path).rows.isEmpty)
    }

    @Test func aMonthOnlyTheReplacedReleaseHadIsRecomputed() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("january.csv", Self.estimate)
        try countRecomputes(warehouse)
        let januaryOnly = Self.customs.split(separator: "\n").filter { !$0.hasPrefix("2024-02") }.joined(separator: "\n") + "\n"
        try warehouse.ingest("january.csv", januaryOnly, options: IngestOptions(replace: true))
        #expect(try recomputes(warehouse) == 1)
        let stored = try sums(warehouse)
        #expect(stored == (try freshGroupBy(warehouse)))
        #expect(!stored.contains { $0.hasPrefix("2024-02") }, "February's lines went with the replaced release")
        #expect(stored.contains("2024-01 export WORLD TOTAL 1050"))
        #expect(try FigureRebuild.differences(databasePath: warehouse.store.db.path).rows.isEmpty)
    }

    /// A file of more keys than `LineSums.mergeAt` merges sums before its end: those are in
    /// `figure` already, added to the replaced release's, so the periods are recomputed.
    @Test func sumsMergedBeforeTheEndAreRecomputed() throws {
        let chapters = (10..<60).map { "\($0)010000" }
        func file(_ value: Int) -> String {
            var text = "period,flow,partner,commodity,value_usd\n"
            for month in 1...12 {
                for year in 2015...2023 {
                    for flow in ["export", "import"] {
                        for code in chapters { text += "\(year)-\(month < 10 ? "0" : "")\(month),\(flow),US,\(code),\(value)\n" }
                    }
                }
            }
            return text
        }
        let warehouse = try TestWarehouse()
        try warehouse.ingest("years.csv", file(3))
        try countRecomputes(warehouse)
        try warehouse.ingest("years.csv", file(5), options: IngestOptions(replace: true))
        #expect(try recomputes(warehouse) == 1)
        let stored = try sums(warehouse)
        #expect(stored == (try freshGroupBy(warehouse)))
        #expect(stored.contains("2023-12 import WORLD TOTAL 250"))
        #expect(stored.contains("2015-01 export US TOTAL 250"))
        #expect(stored.contains("2019-06 export WORLD 42 5"))
        #expect(try FigureRebuild.differences(databasePath: warehouse.store.db.path).rows.isEmpty)
    }
}
