import Foundation
import PropertyBased
import Testing
@testable import TradeWarehouse

@Suite struct NumberTextProseTests {
    @Test(arguments: [
        ("34,5", Language.vi, "34.5"), ("1.234,5", .vi, "1234.5"), ("688", .vi, "688"), ("1.234", .vi, "1234"),
        ("34.5", .vi, "34.5"), ("1.234.567", .vi, "1234567"), ("0,75", .vi, "0.75"),
        ("34.5", .en, "34.5"), ("1,234.5", .en, "1234.5"), ("1,234", .en, "1234"), ("34,5", .en, "34.5"),
        ("1.39", .en, "1.39"), ("1,234,567.89", .en, "1234567.89"),
        // After a lone 0 a separator is the decimal mark, as in tables (0.123 is not a thousands group).
        ("0.123", .vi, "0.123"), ("0,123", .en, "0.123"),
    ])
    func readsBothConventions(text: String, language: Language, expected: String) {
        #expect(NumberText.parse(text, language: language) == Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test(arguments: ["", "12a", "1,2,3", "1..2", ".5", "5.", "1.23.4", "12/9"])
    func rejectsWhatIsNotANumber(text: String) {
        #expect(NumberText.parse(text, language: .vi) == nil)
        #expect(NumberText.parse(text, language: .en) == nil)
    }

    @Test func formatsBothConventions() {
        #expect(NumberText.format(Decimal(string: "1234.5")!, language: .vi, fractionDigits: 1) == "1.234,5")
        #expect(NumberText.format(Decimal(string: "1234.5")!, language: .en, fractionDigits: 1) == "1,234.5")
        #expect(NumberText.format(Decimal(string: "-34530000000")!, language: .vi, fractionDigits: 0) == "-34.530.000.000")
        #expect(NumberText.format(Decimal(string: "999.996")!, language: .en, fractionDigits: 2) == "1,000.00")
        #expect(NumberText.format(Decimal(string: "-2.25")!, language: .vi, fractionDigits: 1) == "-2,3")
        #expect(NumberText.format(Decimal(string: "0.5")!, language: .en, fractionDigits: 0) == "1")
        #expect(NumberText.format(Decimal(string: "123456")!, language: .en, fractionDigits: 2) == "123,456.00")
        #expect(NumberText.format(Decimal(string: "4294967296.03")!, language: .vi, fractionDigits: 2) == "4.294.967.296,03")
    }

    /// The hand-written formatter writes what Foundation's `NumberFormatter`, set up as the old
    /// `format` set it up, writes, for values of either sign, large and small, at 0–3 places. (With
    /// a fraction, only below 2³²: past it Foundation's formatter writes digits that are not there,
    /// "4.294.967.296,030001" for 4294967296.03 at two places; whole amounts are compared up to 10¹⁴.)
    @Test func formatsAsFoundationsFormatterDoes() async {
        await propertyCheck(input: Gen.int64(in: -99_999_999_999_999...99_999_999_999_999), Gen.int(in: 0...5), Gen.int(in: 0...3),
                            Gen.bool) { units, scale, fractionDigits, english in
            let language: Language = english ? .en : .vi
            let value = scale == 0 ? Decimal(units) : Decimal(units % 4_000_000_000) / pow(Decimal(10), scale)
            let formatter = NumberFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.numberStyle = .decimal
            formatter.usesGroupingSeparator = true
            formatter.groupingSeparator = english ? "," : "."
            formatter.decimalSeparator = english ? "." : ","
            formatter.minimumFractionDigits = fractionDigits
            formatter.maximumFractionDigits = fractionDigits
            var input = value, rounded = Decimal()
            NSDecimalRound(&rounded, &input, fractionDigits, .plain)
            let expected = formatter.string(from: rounded as NSDecimalNumber)
            #expect(NumberText.format(value, language: language, fractionDigits: fractionDigits) == expected, "\(value) at \(fractionDigits)")
        }
    }

    /// A value written the Vietnamese or the English way reads back as itself.
    @Test func formattedValuesParseBackToThemselves() async {
        await propertyCheck(input: Gen.int64(in: 0...999_999_999), Gen.int(in: 0...3), Gen.bool) { units, fractionDigits, english in
            let language: Language = english ? .en : .vi
            let value = Decimal(units) / pow(Decimal(10), fractionDigits)
            let text = NumberText.format(value, language: language, fractionDigits: fractionDigits)
            #expect(NumberText.parse(text, language: language) == value, "\(text) in \(language)")
        }
    }
}
