import Foundation
import PropertyBased
import Testing
@testable import TradeWarehouse

/// Properties of `Period.parse` over generated periods, beside the worked examples of `PeriodTests`.
@Suite struct PeriodParserPropertyTests {
    /// Any period from 1900 to 9999 — a half-month, a month, a quarter, a year or a span of halves —
    /// parses back from its code to itself, and its code is stable.
    @Test func everyCodeParsesBackToItsPeriod() async {
        await propertyCheck(input: Gen.int(in: 1900 * 24...(9999 * 24 + 23)), Gen.int(in: 0...60)) { first, length in
            let last = min(first + length, 9999 * 24 + 23)
            let period = Period(firstHalf: first, lastHalf: last)
            let parsed = try? Period.parse(period.code)
            #expect(parsed == period, "\(period.code)")
            #expect(parsed?.code == period.code)
        }
    }

    /// Case and surrounding spaces do not matter; a quarter and its three-month span are one period.
    @Test func caseSpacesAndSpellingsOfTheSamePeriodAgree() async {
        await propertyCheck(input: Gen.int(in: 1900...9999), Gen.int(in: 1...4)) { year, quarter in
            let quarterCode = "\(year)-Q\(quarter)"
            let span = String(format: "%d-%02d..%d-%02d", year, quarter * 3 - 2, year, quarter * 3)
            let quarter = try? Period.parse("  " + quarterCode.lowercased() + " ")
            let months = try? Period.parse(span)
            let twelve = try? Period.parse("\(year)-01..\(year)-12")
            #expect(quarter != nil && quarter == months, "\(quarterCode) and \(span)")
            #expect(months?.code == quarterCode)
            #expect(twelve?.code == String(year))
        }
    }

    /// Month 00 and 13–99 are refused, naming the month as written.
    @Test func monthsOutsideOneToTwelveAreRefused() async {
        await propertyCheck(input: Gen.int(in: 1900...9999), Gen.int(in: 0...99)) { year, month in
            guard !(1...12).contains(month) else { return }
            let text = String(format: "%d-%02d", year, month)
            let written = String(format: "%02d", month)
            #expect(throws: InvalidValue("month \(written) in \"\(text)\" is not between 01 and 12")) { try Period.parse(text) }
            #expect(throws: InvalidValue("month \(written) in \"\(text)-H1\" is not between 01 and 12")) { try Period.parse(text + "-H1") }
        }
    }

    /// Only H1 and H2 are halves of a month; only Q1–Q4 are quarters.
    @Test func halvesOtherThanOneAndTwoAndQuartersOtherThanOneToFourAreRefused() async {
        await propertyCheck(input: Gen.int(in: 1900...9999), Gen.int(in: 1...12), Gen.int(in: 0...9)) { year, month, n in
            let monthText = String(format: "%d-%02d", year, month)
            if n != 1 && n != 2 {
                #expect(throws: InvalidValue("half-month \"H\(n)\" in \"\(monthText)-H\(n)\" is not H1 or H2")) {
                    try Period.parse("\(monthText)-H\(n)")
                }
            }
            if !(1...4).contains(n) {
                #expect(throws: InvalidValue("quarter \"Q\(n)\" in \"\(year)-Q\(n)\" is not Q1-Q4")) { try Period.parse("\(year)-Q\(n)") }
            }
        }
    }

    /// A span that ends before it starts is refused.
    @Test func spansThatEndBeforeTheyStartAreRefused() async {
        await propertyCheck(input: Gen.int(in: 1900 * 12...(9999 * 12 + 11)), Gen.int(in: 1...120)) { end, back in
            let start = end + back
            guard start <= 9999 * 12 + 11 else { return }
            let text = String(format: "%d-%02d..%d-%02d", start / 12, start % 12 + 1, end / 12, end % 12 + 1)
            #expect(throws: InvalidValue("period \"\(text)\" ends before it starts")) { try Period.parse(text) }
        }
    }
}
