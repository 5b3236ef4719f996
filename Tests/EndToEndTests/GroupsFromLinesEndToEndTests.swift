import Foundation
import Testing

/// A commodity group that is exactly a set of HS codes (`Migrations/reference/commodity_hs.csv`) is
/// summed from the HS lines under them where no release states it (issue 20), never over a stated
/// figure; `reconcile` compares a stated group with its lines. Figures worked out by hand below.
@Suite struct GroupsFromLinesEndToEndTests {
    /// Coffee (heading 0901), pepper (0904.11-12, not capsicum 0904.21), plastics in primary forms
    /// (3901-3914, not waste 3915).
    static let file = """
        period,flow,partner,commodity,value_usd
        2023-01,export,US,09011110,40000000
        2023-01,export,DE,09011110,30000000
        2023-01,export,US,09041100,12000000
        2023-01,import,KR,39011092,70000000
        2024-01,export,US,09011110,50000000
        2024-01,export,DE,09011110,20000000
        2024-01,export,DE,09012120,6000000
        2024-01,export,US,09041100,15000000
        2024-01,export,US,09042110,4000000
        2024-01,import,KR,39011092,90000000
        2024-01,import,KR,39159000,8000000
        2024-01,import,US,85171300,100000000

        """

    func warehouse() throws -> Scratch { try Scratch.warehouse(ingesting: Self.file) }

    func csv(_ arguments: [String], _ scratch: Scratch) throws -> String { try scratch.queryCSV(arguments) }

    @Test func aGroupIsSummedFromTheLinesUnderItsCodes() throws {
        let scratch = try warehouse()
        // 2024-01: 50 + 20 + 6 million; 2023-01: 40 + 30 million.
        #expect(try csv(["yoy", "--commodity", "COFFEE"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2023-01,export,WORLD,COFFEE,ALL,70000000,,,,,derived
            2024-01,export,WORLD,COFFEE,ALL,76000000,70000000,6000000,8.57,computed,derived

            """)
        #expect(try csv(["yoy", "--commodity", "COFFEE", "--by", "partner", "--period", "2024-01"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,export,US,COFFEE,ALL,50000000,40000000,10000000,25.0,computed,derived
            2024-01,export,DE,COFFEE,ALL,26000000,30000000,-4000000,-13.33,computed,derived

            """)
        #expect(try csv(["yoy", "--by", "commodity", "--level", "group", "--period", "2024-01"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,export,WORLD,COFFEE,ALL,76000000,70000000,6000000,8.57,computed,derived
            2024-01,export,WORLD,PEPPER,ALL,15000000,12000000,3000000,25.0,computed,derived
            2024-01,import,WORLD,PLASTICS,ALL,90000000,70000000,20000000,28.57,computed,derived

            """)
        #expect(try csv(["top", "--period", "2024-01", "--by", "commodity", "--level", "group", "--flow", "import"], scratch) == """
            rank,period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            1,2024-01,import,WORLD,PLASTICS,ALL,90000000,70000000,20000000,28.57,computed,derived

            """)
        // Of exports of 95 million (50 + 20 + 6 + 15 + 4).
        #expect(try csv(["share", "--commodity", "PEPPER", "--period", "2024-01"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,of,whole_usd,share_pct
            2024-01,export,WORLD,PEPPER,ALL,15000000,TOTAL,95000000,15.79

            """)
    }

    @Test func aStatedGroupStandsAndIsComparedWithItsLines() throws {
        let scratch = try warehouse()
        try scratch.write("pepper.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,WORLD,PEPPER,16000000\n")
        #expect(try CLI.run(["ingest", "pepper.csv", "--db", "w.sqlite"], in: scratch.path).status == 0)
        #expect(try csv(["yoy", "--commodity", "PEPPER"], scratch) == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2023-01,export,WORLD,PEPPER,ALL,12000000,,,,,derived
            2024-01,export,WORLD,PEPPER,ALL,16000000,,,,,reported

            """)
        // (16 million stated to the million allows 0.5 million, and so does the lines' 15 million.)
        #expect(try csv(["reconcile"], scratch) == """
            check_name,period,flow,partner,commodity,sector,expected,actual,difference,tolerance,status,detail
            group lines,2024-01,export,WORLD,PEPPER,ALL,15000000,16000000,1000000,1000000,ok,reported group vs the sum of its 1 HS lines under 090411 090412

            """)
    }

    /// A group not made of whole HS codes (wood and wood products take part of chapters 44 and 94) is not summed.
    @Test func aGroupWithoutCodesIsNotSummed() throws {
        let scratch = try warehouse()
        try scratch.write("wood.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,US,94036090,30000000\n")
        #expect(try CLI.run(["ingest", "wood.csv", "--db", "w.sqlite"], in: scratch.path).status == 0)
        let result = try CLI.run(["query", "yoy", "--commodity", "WOOD", "--db", "w.sqlite", "--format", "csv"],
                                 in: scratch.path)
        #expect(result.stdout == "period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source\n")
    }
}
