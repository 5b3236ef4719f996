import Testing
@testable import TradeWarehouse

/// The rules for a period and a range of periods live in the library (`QueryRunner.checked`), which
/// the command line asks before any work starts; its messages name the values, not the options.
@Suite struct PeriodRangeRuleTests {
    static let january = try! Period.parse("2024-01")
    static let february = try! Period.parse("2024-02")

    @Test func aPeriodAndARangeAreNotBothGiven() throws {
        let error = try #require(throws: QueryError.self) {
            try QueryRunner.checked(.yoy, QueryFilters(period: Self.january, from: Self.january))
        }
        #expect(error == .periodAndRange)
        #expect(error.description == "give the period or the first period/the last period, not both")
        #expect(error.message(naming: { "<\($0.rawValue)>" }) == "give <period> or <first period>/<last period>, not both")
    }

    @Test func aRangeDoesNotEndBeforeItStarts() throws {
        let error = try #require(throws: QueryError.self) {
            try QueryRunner.checked(.mom, QueryFilters(from: Self.february, to: Self.january))
        }
        #expect(error == .rangeEndsBeforeStart(from: "2024-02", to: "2024-01"))
        #expect(error.description == "the last period 2024-01 ends before the first period 2024-02 starts")
    }

    @Test func aRangeOfOneMonthAndYtdOfAPeriodAreAccepted() throws {
        #expect(try QueryRunner.checked(.yoy, QueryFilters(from: Self.january, to: Self.january)).from == Self.january)
        #expect(try QueryRunner.checked(.ytd, QueryFilters(period: Self.february)).period?.code == "2024-01..2024-02")
    }
}
