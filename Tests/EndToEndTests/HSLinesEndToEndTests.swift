import Foundation
import Testing

/// A warehouse of HS lines only (8-digit codes by partner, flow and month, quantities on most
/// lines, no total rows), as detailed customs data comes (issue 20): every named analysis answers
/// from the sums of the lines, with exact figures worked out by hand from the file below.
@Suite struct HSLinesEndToEndTests {
    static let file = """
        period,flow,partner,commodity,value_usd,quantity,unit
        2023-01,export,US,85171300,1000000000,500000,piece
        2023-01,export,US,61091000,300000000,1500000,piece
        2023-01,export,CN,85423100,400000000,,
        2023-01,export,CN,09011110,50000000,25000,tonne
        2023-01,import,CN,85423100,900000000,,
        2023-01,import,CN,85044090,100000000,20000,piece
        2023-01,import,JP,85423100,200000000,,
        2024-01,export,US,85171300,1300000000,600000,piece
        2024-01,export,US,61091000,250000000,1200000,piece
        2024-01,export,US,85423100,100000000,,
        2024-01,export,CN,85423100,500000000,,
        2024-01,export,CN,09011110,80000000,30000,tonne
        2024-01,export,JP,09011110,20000000,8000,tonne
        2024-01,import,CN,85423100,1100000000,,
        2024-01,import,CN,85044090,150000000,25000,piece
        2024-01,import,JP,85423100,300000000,,
        2024-01,import,US,85171300,50000000,10000,piece

        """

    func warehouse() throws -> Scratch { try Scratch.warehouse(ingesting: Self.file) }

    func csv(_ arguments: [String], _ scratch: Scratch) throws -> String { try scratch.queryCSV(arguments) }

    @Test func balanceAndChangeByPartnerAreSummedFromTheLines() throws {
        let scratch = try warehouse()
        #expect(try csv(["balance", "--by", "partner"], scratch) == """
            period,partner,export_usd,import_usd,balance_usd,turnover_usd,basis,source
            2023-01,CN,450000000,1000000000,-550000000,1450000000,computed,derived
            2023-01,JP,,200000000,,,,derived
            2023-01,US,1300000000,,,,,derived
            2024-01,CN,580000000,1250000000,-670000000,1830000000,computed,derived
            2024-01,US,1650000000,50000000,1600000000,1700000000,computed,derived
            2024-01,JP,20000000,300000000,-280000000,320000000,computed,derived

            """)
        #expect(try csv(["yoy", "--by", "partner", "--period", "2024-01"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,export,US,TOTAL,ALL,1650000000,1300000000,350000000,26.92,computed,derived
            2024-01,export,CN,TOTAL,ALL,580000000,450000000,130000000,28.89,computed,derived
            2024-01,export,JP,TOTAL,ALL,20000000,,,,,derived
            2024-01,import,CN,TOTAL,ALL,1250000000,1000000000,250000000,25.0,computed,derived
            2024-01,import,JP,TOTAL,ALL,300000000,200000000,100000000,50.0,computed,derived
            2024-01,import,US,TOTAL,ALL,50000000,,,,,derived

            """)
        #expect(try csv(["top", "--period", "2024-01", "--by", "partner"], scratch) == """
            rank,period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            1,2024-01,export,US,TOTAL,ALL,1650000000,1300000000,350000000,26.92,computed,derived
            2,2024-01,export,CN,TOTAL,ALL,580000000,450000000,130000000,28.89,computed,derived
            3,2024-01,export,JP,TOTAL,ALL,20000000,,,,,derived

            """)
        #expect(try csv(["balance"], scratch) == """
            period,partner,export_usd,import_usd,balance_usd,turnover_usd,basis,source
            2023-01,WORLD,1750000000,1200000000,550000000,2950000000,computed,derived
            2024-01,WORLD,2250000000,1600000000,650000000,3850000000,computed,derived

            """)
    }

    @Test func chaptersAndHeadingsAreSummedFromTheirLines() throws {
        let scratch = try warehouse()
        #expect(try csv(["yoy", "--commodity", "85"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2023-01,export,WORLD,85,ALL,1400000000,,,,,derived
            2023-01,import,WORLD,85,ALL,1200000000,,,,,derived
            2024-01,export,WORLD,85,ALL,1900000000,1400000000,500000000,35.71,computed,derived
            2024-01,import,WORLD,85,ALL,1600000000,1200000000,400000000,33.33,computed,derived

            """)
        #expect(try csv(["top", "--period", "2024-01", "--by", "commodity", "--level", "hs2"], scratch) == """
            rank,period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            1,2024-01,export,WORLD,85,ALL,1900000000,1400000000,500000000,35.71,computed,derived
            2,2024-01,export,WORLD,61,ALL,250000000,300000000,-50000000,-16.67,computed,derived
            3,2024-01,export,WORLD,09,ALL,100000000,50000000,50000000,100.0,computed,derived

            """)
        #expect(try csv(["yoy", "--period", "2024-01", "--commodity", "85", "--by", "partner"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,export,US,85,ALL,1400000000,1000000000,400000000,40.0,computed,derived
            2024-01,export,CN,85,ALL,500000000,400000000,100000000,25.0,computed,derived
            2024-01,import,CN,85,ALL,1250000000,1000000000,250000000,25.0,computed,derived
            2024-01,import,JP,85,ALL,300000000,200000000,100000000,50.0,computed,derived
            2024-01,import,US,85,ALL,50000000,,,,,derived

            """)
        #expect(try csv(["top", "--period", "2024-01", "--by", "commodity", "--level", "hs4", "--flow", "import"], scratch) == """
            rank,period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            1,2024-01,import,WORLD,8542,ALL,1400000000,1100000000,300000000,27.27,computed,derived
            2,2024-01,import,WORLD,8504,ALL,150000000,100000000,50000000,50.0,computed,derived
            3,2024-01,import,WORLD,8517,ALL,50000000,,,,,derived

            """)
    }

    /// A country's headings are not kept at ingest (they would be about as many as its lines): they
    /// are summed from its lines when asked for, with the sum a year earlier.
    @Test func aCountrysHeadingIsSummedWhenAskedFor() throws {
        let scratch = try warehouse()
        #expect(try csv(["yoy", "--commodity", "8517", "--partner", "US"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2023-01,export,US,8517,ALL,1000000000,,,,,derived
            2024-01,export,US,8517,ALL,1300000000,1000000000,300000000,30.0,computed,derived
            2024-01,import,US,8517,ALL,50000000,,,,,derived

            """)
        #expect(try csv(["top", "--period", "2024-01", "--by", "partner", "--commodity", "854231", "--flow", "import"], scratch) == """
            rank,period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            1,2024-01,import,CN,854231,ALL,1100000000,900000000,200000000,22.22,computed,derived
            2,2024-01,import,JP,854231,ALL,300000000,200000000,100000000,50.0,computed,derived

            """)
        #expect(try csv(["yoy", "--commodity", "85", "--partner", "US", "--period", "2024-01"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,export,US,85,ALL,1400000000,1000000000,400000000,40.0,computed,derived
            2024-01,import,US,85,ALL,50000000,,,,,derived

            """)
    }

    @Test func aLevelNeedsABreakdownByCommodity() throws {
        let scratch = try warehouse()
        let result = try CLI.run(["query", "yoy", "--level", "hs2", "--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stderr == "tradewh: --level: it picks the commodities a breakdown by commodity lists; ask for one (by commodity)\n")
    }

    @Test func reconcileComparesAStatedTotalWithItsLines() throws {
        let scratch = try warehouse()
        try scratch.write("totals.csv", """
            period,flow,partner,commodity,value_usd
            2024-01,export,US,TOTAL,1900000001
            2024-01,export,CN,TOTAL,580000000

            """)
        #expect(try CLI.run(["ingest", "totals.csv", "--db", "w.sqlite"], in: scratch.path).status == 0)
        let result = try CLI.run(["query", "reconcile", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(result.status == 1)
        // (A line's tolerance is half the last digit it is stated to, as for any figure: these round lines allow 5-50 million each.)
        #expect(result.stdout == """
            check_name,period,flow,partner,commodity,sector,expected,actual,difference,tolerance,status,detail
            lines,2024-01,export,US,TOTAL,ALL,1650000000,1900000001,250000001,105000000,mismatch,reported total vs the sum of its 3 HS lines
            partners within world,2024-01,export,WORLD,TOTAL,ALL,2250000000,2500000001,250000001,175000000,mismatch,3 countries vs the world figure
            lines,2024-01,export,CN,TOTAL,ALL,580000000,580000000,0,60000000,ok,reported total vs the sum of its 2 HS lines

            """)
    }
}
