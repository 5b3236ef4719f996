import Testing
@testable import TradeWarehouse

/// A reported figure's precision is half the last digit it was stated to, up to a billion.
@Suite struct StatedPrecisionTests {
    @Test func halfTheLastStatedDigit() {
        #expect(StatedPrecision.rounding(of: 34_500_000_000) == 50_000_000)  // "34,5 tỉ"
        #expect(StatedPrecision.rounding(of: 991_950_000) == 5_000)
        #expect(StatedPrecision.rounding(of: -1_340_000_000) == 5_000_000)   // a deficit
        #expect(StatedPrecision.rounding(of: 23_000_000_000) == 500_000_000) // no unit past a billion
        #expect(StatedPrecision.rounding(of: 7) == 0)
        #expect(StatedPrecision.rounding(of: 0) == 0)
    }
}
