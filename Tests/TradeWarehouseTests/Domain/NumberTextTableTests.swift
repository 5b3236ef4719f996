import Testing
@testable import TradeWarehouse

/// Numbers as customs tables write them, in both styles, read exactly.
@Suite struct NumberTextTableTests {
    @Test(arguments: [
        ("2.651.231.472", NumberStyle.commaDecimal), ("12,5", .commaDecimal), ("1.234,5", .commaDecimal), ("0,125", .commaDecimal),
        ("2,651,231,472", .dotDecimal), ("12.5", .dotDecimal), ("1,234.5", .dotDecimal), ("0.125", .dotDecimal), ("-3.25%", .dotDecimal),
    ])
    func aSeparatorThatCanOnlyMeanOneThingShowsTheStyle(text: String, style: NumberStyle) {
        #expect(NumberText.evidence(text) == style)
    }

    @Test(arguments: ["1.234", "1,234", "726", "", "-"])
    func anAmbiguousOrPlainNumberShowsNoStyle(text: String) {
        #expect(NumberText.evidence(text) == nil)
    }

    @Test(arguments: [
        ("34.530", NumberStyle.commaDecimal, "34530"), ("34.530", .dotDecimal, "34.530"), ("1.234.567,89", .commaDecimal, "1234567.89"),
        ("1,234,567.89", .dotDecimal, "1234567.89"), ("-2,2", .commaDecimal, "-2.2"), ("(1.500)", .commaDecimal, "-1500"),
        ("+64%", .dotDecimal, "64"), ("1 234 567", .commaDecimal, "1234567"), ("\u{2212}12,5", .commaDecimal, "-12.5"),
        ("0", .dotDecimal, "0"), (",5", .commaDecimal, "0.5"),
    ])
    func readsNumbersExactly(text: String, style: NumberStyle, plain: String) {
        guard case .number(let number) = NumberText.read(text, style: style) else {
            Issue.record("\(text) not read")
            return
        }
        #expect(number.plainText == plain)
    }

    @Test(arguments: ["", " ", "-", "–", "...", "x", "n/a"])
    func dashesAndDotsMeanNoFigure(text: String) {
        #expect(NumberText.read(text, style: .commaDecimal) == .blank)
    }

    @Test(arguments: [
        ("12.34.5", NumberStyle.commaDecimal), ("1,234.5", .commaDecimal), ("1.2.3", .dotDecimal), ("abc", .dotDecimal),
        ("12,34", .dotDecimal), ("1e5", .dotDecimal), ("99999999999999999999", .dotDecimal),
    ])
    func malformedNumbersAreInvalidNotMisread(text: String, style: NumberStyle) {
        guard case .invalid = NumberText.read(text, style: style) else {
            Issue.record("\(text) was read as \(NumberText.read(text, style: style))")
            return
        }
    }

    @Test func storedSpreadsheetNumbersIgnoreTheTableStyle() {
        #expect(NumberText.read("1234.5", style: .commaDecimal, stored: true) == .number(ExactNumber(significand: 12345, decimals: 1)))
        #expect(NumberText.read("2.65123E+9", style: .commaDecimal, stored: true) == .number(ExactNumber(significand: 2_651_230_000, decimals: 0)))
        #expect(NumberText.read("5E-3", style: .commaDecimal, stored: true) == .number(ExactNumber(significand: 5, decimals: 3)))
    }

    @Test func scalesToWholeDollarsOnlyWhenExact() {
        #expect(ExactNumber(significand: 12345, decimals: 1).wholeTimes(1_000) == 1_234_500)
        #expect(ExactNumber(significand: 34530, decimals: 0).wholeTimes(1_000_000) == 34_530_000_000)
        #expect(ExactNumber(significand: 12345, decimals: 4).wholeTimes(1_000) == nil)
        #expect(ExactNumber(significand: Int64.max / 10, decimals: 0).wholeTimes(1_000) == nil)
    }

    @Test func anIndexLessOneHundredIsTheChange() {
        #expect(ExactNumber(significand: 1125, decimals: 1).minus(100)?.plainText == "12.5")
        #expect(ExactNumber(significand: 874, decimals: 1).minus(100)?.plainText == "-12.6")
        #expect(ExactNumber(significand: 100, decimals: 0).minus(100)?.plainText == "0")
    }
}
