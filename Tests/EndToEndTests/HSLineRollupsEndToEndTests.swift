import Foundation
import Testing

/// `share`, `mom` and `ytd` on a warehouse of HS lines only (issue 20): a country's chapter, the
/// world's heading and subheading, and their spans from January are summed from the lines when a
/// query asks, with the figures a `GROUP BY` over the file below gives (checked with sqlite3 on the
/// file as one flat table, and by hand).
@Suite struct HSLineRollupsEndToEndTests {
    static let file = """
        period,flow,partner,commodity,value_usd,quantity,unit
        2023-01,export,US,85171300,1000000000,500000,piece
        2023-01,export,US,61091000,300000000,1500000,piece
        2023-01,export,CN,85423100,400000000,,
        2023-01,import,CN,85423100,900000000,,
        2023-02,export,US,85171300,800000000,400000,piece
        2023-02,export,CN,85423100,500000000,,
        2023-02,import,CN,85423100,700000000,,
        2023-02,import,US,85171300,60000000,12000,piece
        2024-01,export,US,85171300,1300000000,600000,piece
        2024-01,export,US,85423100,100000000,,
        2024-01,export,US,61091000,250000000,1200000,piece
        2024-01,export,CN,85423100,500000000,,
        2024-01,import,CN,85423100,1100000000,,
        2024-01,import,US,85171300,50000000,10000,piece
        2024-02,export,US,85171300,1200000000,550000,piece
        2024-02,export,US,85176200,90000000,3000,piece
        2024-02,export,CN,85423100,450000000,,
        2024-02,export,CN,09011110,80000000,30000,tonne
        2024-02,import,CN,85423100,1000000000,,
        2024-02,import,JP,85423100,300000000,,

        """

    func warehouse() throws -> Scratch { try Scratch.warehouse(ingesting: Self.file) }

    func csv(_ arguments: [String], _ scratch: Scratch) throws -> String { try scratch.queryCSV(arguments) }

    /// A country's chapter, of its total; a span's total is there only where each month has it
    /// (US imported nothing in February 2024, so January–February has no US import total to divide by).
    @Test func shareOfACountrysChapterAndOfTheWorldsHeading() throws {
        let scratch = try warehouse()
        #expect(try csv(["share", "--commodity", "85", "--partner", "US"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,of,whole_usd,share_pct
            2023-01,export,US,85,ALL,1000000000,TOTAL,1300000000,76.92
            2023-02,export,US,85,ALL,800000000,TOTAL,800000000,100.0
            2023-02,import,US,85,ALL,60000000,TOTAL,60000000,100.0
            2023-01..2023-02,export,US,85,ALL,1800000000,TOTAL,2100000000,85.71
            2024-01,export,US,85,ALL,1400000000,TOTAL,1650000000,84.85
            2024-01,import,US,85,ALL,50000000,TOTAL,50000000,100.0
            2024-02,export,US,85,ALL,1290000000,TOTAL,1290000000,100.0
            2024-01..2024-02,export,US,85,ALL,2690000000,TOTAL,2940000000,91.5

            """)
        #expect(try csv(["share", "--commodity", "8517", "--period", "2024-01..2024-02"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,of,whole_usd,share_pct
            2024-01..2024-02,export,WORLD,8517,ALL,2590000000,TOTAL,3970000000,65.24
            2024-01..2024-02,import,WORLD,8517,ALL,50000000,TOTAL,2450000000,2.04

            """)
    }

    @Test func shareByHeadingAndSubheading() throws {
        let scratch = try warehouse()
        #expect(try csv(["share", "--by", "commodity", "--level", "hs4", "--period", "2024-02"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,of,whole_usd,share_pct
            2024-02,export,WORLD,8517,ALL,1290000000,TOTAL,1820000000,70.88
            2024-02,export,WORLD,8542,ALL,450000000,TOTAL,1820000000,24.73
            2024-02,export,WORLD,0901,ALL,80000000,TOTAL,1820000000,4.4
            2024-02,import,WORLD,8542,ALL,1300000000,TOTAL,1300000000,100.0

            """)
        #expect(try csv(["share", "--by", "commodity", "--level", "hs6", "--period", "2024-02", "--partner", "US"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,of,whole_usd,share_pct
            2024-02,export,US,851713,ALL,1200000000,TOTAL,1290000000,93.02
            2024-02,export,US,851762,ALL,90000000,TOTAL,1290000000,6.98

            """)
    }

    /// Each partner's part of the world's chapter or heading, which is itself summed from the lines
    /// (a heading, or a chapter's span) or kept (a chapter's month).
    @Test func shareOfTheWorldsChapterByPartner() throws {
        let scratch = try warehouse()
        #expect(try csv(["share", "--by", "partner", "--commodity", "8542", "--period", "2024-02"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,of,whole_usd,share_pct
            2024-02,export,CN,8542,ALL,450000000,WORLD,450000000,100.0
            2024-02,import,CN,8542,ALL,1000000000,WORLD,1300000000,76.92
            2024-02,import,JP,8542,ALL,300000000,WORLD,1300000000,23.08

            """)
        #expect(try csv(["share", "--by", "partner", "--commodity", "85", "--period", "2024-02"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,of,whole_usd,share_pct
            2024-02,export,US,85,ALL,1290000000,WORLD,1740000000,74.14
            2024-02,export,CN,85,ALL,450000000,WORLD,1740000000,25.86
            2024-02,import,CN,85,ALL,1000000000,WORLD,1300000000,76.92
            2024-02,import,JP,85,ALL,300000000,WORLD,1300000000,23.08

            """)
        #expect(try csv(["share", "--by", "partner", "--commodity", "85", "--period", "2024-01..2024-02"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,of,whole_usd,share_pct
            2024-01..2024-02,export,US,85,ALL,2690000000,WORLD,3640000000,73.9
            2024-01..2024-02,export,CN,85,ALL,950000000,WORLD,3640000000,26.1
            2024-01..2024-02,import,CN,85,ALL,2100000000,WORLD,2450000000,85.71
            2024-01..2024-02,import,JP,85,ALL,300000000,WORLD,2450000000,12.24
            2024-01..2024-02,import,US,85,ALL,50000000,WORLD,2450000000,2.04

            """)
    }

    @Test func monthOnMonthOfAChapterAHeadingAndSubheadings() throws {
        let scratch = try warehouse()
        #expect(try csv(["mom", "--commodity", "85", "--partner", "US"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,previous_period,previous_value_usd,delta_usd,delta_pct,source
            2023-01,export,US,85,ALL,1000000000,,,,,derived
            2023-02,export,US,85,ALL,800000000,2023-01,1000000000,-200000000,-20.0,derived
            2023-02,import,US,85,ALL,60000000,,,,,derived
            2024-01,export,US,85,ALL,1400000000,,,,,derived
            2024-01,import,US,85,ALL,50000000,,,,,derived
            2024-02,export,US,85,ALL,1290000000,2024-01,1400000000,-110000000,-7.86,derived

            """)
        #expect(try csv(["mom", "--commodity", "8517", "--period", "2024-02"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,previous_period,previous_value_usd,delta_usd,delta_pct,source
            2024-02,export,WORLD,8517,ALL,1290000000,2024-01,1300000000,-10000000,-0.77,derived

            """)
        #expect(try csv(["mom", "--by", "commodity", "--level", "hs4", "--period", "2024-02"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,previous_period,previous_value_usd,delta_usd,delta_pct,source
            2024-02,export,WORLD,8517,ALL,1290000000,2024-01,1300000000,-10000000,-0.77,derived
            2024-02,export,WORLD,8542,ALL,450000000,2024-01,600000000,-150000000,-25.0,derived
            2024-02,export,WORLD,0901,ALL,80000000,,,,,derived
            2024-02,import,WORLD,8542,ALL,1300000000,2024-01,1100000000,200000000,18.18,derived

            """)
        #expect(try csv(["mom", "--by", "commodity", "--level", "hs6", "--period", "2024-02"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,previous_period,previous_value_usd,delta_usd,delta_pct,source
            2024-02,export,WORLD,851713,ALL,1200000000,2024-01,1300000000,-100000000,-7.69,derived
            2024-02,export,WORLD,854231,ALL,450000000,2024-01,600000000,-150000000,-25.0,derived
            2024-02,export,WORLD,851762,ALL,90000000,,,,,derived
            2024-02,export,WORLD,090111,ALL,80000000,,,,,derived
            2024-02,import,WORLD,854231,ALL,1300000000,2024-01,1100000000,200000000,18.18,derived

            """)
    }

    /// A span from January sums its months when each is in the warehouse; a code without lines in
    /// one of them had no trade then (US imports of 8517 in January–February 2024: January's alone).
    @Test func yearToDateOfAChapterAHeadingAndSubheadings() throws {
        let scratch = try warehouse()
        #expect(try csv(["ytd", "--commodity", "85", "--partner", "US"], scratch) == """
            period,months,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2023-01,1,export,US,85,ALL,1000000000,,,,,derived
            2023-01..2023-02,2,export,US,85,ALL,1800000000,,,,,derived
            2023-01..2023-02,2,import,US,85,ALL,60000000,,,,,derived
            2024-01,1,export,US,85,ALL,1400000000,1000000000,400000000,40.0,computed,derived
            2024-01,1,import,US,85,ALL,50000000,,,,,derived
            2024-01..2024-02,2,export,US,85,ALL,2690000000,1800000000,890000000,49.44,computed,derived
            2024-01..2024-02,2,import,US,85,ALL,50000000,60000000,-10000000,-16.67,computed,derived

            """)
        #expect(try csv(["ytd", "--commodity", "8517", "--period", "2024-02"], scratch) == """
            period,months,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01..2024-02,2,export,WORLD,8517,ALL,2590000000,1800000000,790000000,43.89,computed,derived
            2024-01..2024-02,2,import,WORLD,8517,ALL,50000000,60000000,-10000000,-16.67,computed,derived

            """)
        #expect(try csv(["ytd", "--by", "commodity", "--level", "hs4", "--period", "2024-02"], scratch) == """
            period,months,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01..2024-02,2,export,WORLD,8517,ALL,2590000000,1800000000,790000000,43.89,computed,derived
            2024-01..2024-02,2,export,WORLD,8542,ALL,1050000000,900000000,150000000,16.67,computed,derived
            2024-01..2024-02,2,export,WORLD,6109,ALL,250000000,300000000,-50000000,-16.67,computed,derived
            2024-01..2024-02,2,export,WORLD,0901,ALL,80000000,,,,,derived
            2024-01..2024-02,2,import,WORLD,8542,ALL,2400000000,1600000000,800000000,50.0,computed,derived
            2024-01..2024-02,2,import,WORLD,8517,ALL,50000000,60000000,-10000000,-16.67,computed,derived

            """)
        #expect(try csv(["ytd", "--by", "commodity", "--level", "hs6", "--period", "2024-02", "--partner", "CN"], scratch) == """
            period,months,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01..2024-02,2,export,CN,854231,ALL,950000000,900000000,50000000,5.56,computed,derived
            2024-01..2024-02,2,export,CN,090111,ALL,80000000,,,,,derived
            2024-01..2024-02,2,import,CN,854231,ALL,2100000000,1600000000,500000000,31.25,computed,derived

            """)
    }

    /// The world's chapters of a month are kept at ingest; of a span, summed when asked for.
    @Test func yearToDateOfTheWorldsChapter() throws {
        let scratch = try warehouse()
        #expect(try csv(["ytd", "--commodity", "85", "--from", "2024-01"], scratch) == """
            period,months,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,1,export,WORLD,85,ALL,1900000000,1400000000,500000000,35.71,computed,derived
            2024-01,1,import,WORLD,85,ALL,1150000000,900000000,250000000,27.78,computed,derived
            2024-01..2024-02,2,export,WORLD,85,ALL,3640000000,2700000000,940000000,34.81,computed,derived
            2024-01..2024-02,2,import,WORLD,85,ALL,2450000000,1660000000,790000000,47.59,computed,derived

            """)
    }
}
