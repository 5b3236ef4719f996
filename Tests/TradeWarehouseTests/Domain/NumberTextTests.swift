import Testing
@testable import TradeWarehouse

@Suite struct NumberTextTests {
    // MARK: wholeUSD

    @Test(arguments: [
        ("34500000000", Int64(34_500_000_000)),
        ("-2920000000", -2_920_000_000),
        ("+64", 64),
        ("0", 0),
        (" 42 ", 42),
        ("34500000000.00", 34_500_000_000),
        ("34500000000.0", 34_500_000_000),
        ("-2920000000.000", -2_920_000_000),
        ("9223372036854775807", Int64.max),
        ("-9223372036854775808", Int64.min),
    ])
    func wholeUSD(text: String, value: Int64) throws {
        #expect(try NumberText.wholeUSD(text) == value)
    }

    @Test(arguments: ["34,5", "12 000", "34,500,000,000", "1 234.00"])
    func wholeUSDRejectsSeparators(text: String) {
        #expect(throws: InvalidValue(
            "\"\(text)\" is not a number in whole US dollars; write it without separators, e.g. 34500000000"
        )) { try NumberText.wholeUSD(text) }
    }

    @Test(arguments: ["1.5", "34500000000.01", "-0.5", "34.53"])
    func wholeUSDRejectsDecimalsSayingWhatToWrite(text: String) {
        #expect(throws: InvalidValue(
            "\"\(text)\" is a decimal number, but values are whole US dollars, with no fraction (34.53 billion is written 34530000000)"
        )) { try NumberText.wholeUSD(text) }
    }

    /// What a spreadsheet writes for a large number in a General column, and what to write instead.
    @Test(arguments: [("4.55e9", "4550000000"), ("4.55E+09", "4550000000"), ("1e3", "1000"), ("-2.92E+09", "-2920000000"),
                      ("3.453e10", "34530000000"), ("12345e-2", "123.45"), ("1.5e-3", "0.0015"),
                      ("4,55E+09", "4550000000"), ("2,73E+10", "27300000000")])
    func wholeUSDNamesScientificNotation(text: String, expanded: String) {
        let message = expanded.contains(".")
            ? "\"\(text)\" is scientific notation for \(expanded), not a value in whole US dollars"
            : "\"\(text)\" is scientific notation for \(expanded): write it as \(expanded), in whole US dollars "
                + "(a spreadsheet saves large numbers so unless their column is formatted as a number with 0 decimals)"
        #expect(throws: InvalidValue(message)) { try NumberText.wholeUSD(text) }
    }

    @Test(arguments: ["1e309", "9.3e18", "1e40"])
    func wholeUSDScientificPastInt64(text: String) {
        #expect(throws: InvalidValue("\"\(text)\" is scientific notation for a number past 9223372036854775807, "
            + "not a value in whole US dollars")) { try NumberText.wholeUSD(text) }
    }

    @Test(arguments: ["abc", "-", "+", "--5", "0x10", "12abc", "٣٤", "1e", "e5", "1.2.3e4", "1.5.2"])
    func wholeUSDRejectsNonNumbers(text: String) {
        #expect(throws: InvalidValue("\"\(text)\" is not a number in whole US dollars")) {
            try NumberText.wholeUSD(text)
        }
    }

    @Test(arguments: ["", "   "])
    func wholeUSDRequiresAValue(text: String) {
        #expect(throws: InvalidValue("a value in whole US dollars is required")) { try NumberText.wholeUSD(text) }
    }

    @Test(arguments: ["9223372036854775808", "-9223372036854775809", "100000000000000000000"])
    func wholeUSDTooLarge(text: String) {
        #expect(throws: InvalidValue("\"\(text)\" is too large (the largest value is 9223372036854775807)")) {
            try NumberText.wholeUSD(text)
        }
    }

    // MARK: decimal

    @Test(arguments: [
        ("9.7", 9.7), ("-2.2", -2.2), ("+64", 64.0), ("9.7%", 9.7), ("-15.3%", -15.3), (" 0.5 ", 0.5),
        ("0", 0.0), (".5", 0.5), ("1e3", 1000.0), ("2.5E-1", 0.25), ("1234567.125", 1_234_567.125),
    ])
    func decimal(text: String, value: Double) throws {
        #expect(try NumberText.decimal(text) == value)
    }

    @Test(arguments: ["9,7", "1.234,5", "9,7%"])
    func decimalCommaHintsAtDot(text: String) {
        #expect(throws: InvalidValue("\"\(text)\" is not a number; use a dot for decimals, e.g. 9.7")) {
            try NumberText.decimal(text)
        }
    }

    @Test(arguments: ["1e309", "-1e309"])
    func decimalOutOfRange(text: String) {
        #expect(throws: InvalidValue("\"\(text)\" is out of range")) { try NumberText.decimal(text) }
    }

    @Test(arguments: ["nan", "NaN", "inf", "-infinity", "", "%", "abc", "9.7 %", "1.2.3", "0x1p3", "--1"])
    func decimalRejectsNonNumbers(text: String) {
        #expect(throws: InvalidValue("\"\(text)\" is not a number")) { try NumberText.decimal(text) }
    }

    // MARK: flag

    @Test(arguments: [
        ("", false), ("false", false), ("FALSE", false), ("0", false), ("no", false), (" No ", false),
        ("true", true), ("True", true), ("1", true), ("yes", true), (" YES ", true),
    ])
    func flag(text: String, value: Bool) throws {
        #expect(try NumberText.flag(text) == value)
    }

    @Test(arguments: ["maybe", "y", "2", "có", "t"])
    func flagRejected(text: String) {
        #expect(throws: InvalidValue("\"\(text)\" is not true or false")) { try NumberText.flag(text) }
    }
}
