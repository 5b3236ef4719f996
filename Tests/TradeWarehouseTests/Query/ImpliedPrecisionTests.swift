import Testing
@testable import TradeWarehouse

/// Values implied by a reported percentage, rounded to what its decimals support.
@Suite struct ImpliedPrecisionTests {
    @Test(arguments: [
        // (implied prior, percent, unit): the error is prior × half the last digit ÷ (100 + percent).
        (Int64(655_660_377), 112.0, Int64(1_000_000)),      // 655,660,377 × 0.5 / 212 = 1.5 M
        (Int64(1_032_890_941), 73.3, Int64(100_000)),       // × 0.05 / 173.3 = 298 k
        (Int64(31_862_348_178), -25.9, Int64(10_000_000)),  // × 0.05 / 74.1 = 21.5 M
        (Int64(991_950_000), 33.07, Int64(10_000)),         // × 0.005 / 133.07 = 37 k
        (Int64(900), 12.5, Int64(1)),                       // too small to round
    ])
    func unit(implied: Int64, percent: Double, unit: Int64) {
        #expect(ImpliedPrecision.unit(implied: implied, percent: percent) == unit)
    }

    @Test func onlyReportedRowsAreRoundedAndTheDeltaFollows() {
        let columns = ["value_usd", "prior_value_usd", "delta_usd", "delta_pct", "basis"]
        let table = ResultTable(columns: columns, rows: [
            [1_390_000_000, 655_660_377, 734_339_623, .real(112), "reported"],
            [1_320_000_000, 991_950_000, 328_050_000, .real(33.07), "computed"],
            [735_000_000, 1_689_655_172, -954_655_172, .real(-56.5), "reported"],
        ])
        #expect(ImpliedPrecision.rounded(table).rows == [
            [1_390_000_000, 656_000_000, 734_000_000, .real(112), "reported"],
            [1_320_000_000, 991_950_000, 328_050_000, .real(33.07), "computed"],
            [735_000_000, 1_690_000_000, -955_000_000, .real(-56.5), "reported"],
        ])
    }
}
