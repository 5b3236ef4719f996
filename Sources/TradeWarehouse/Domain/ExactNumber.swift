import Foundation

/// A number read from a table or a bulletin, kept exact: `significand` × 10^−`decimals` (`12,5` → 125, 1).
struct ExactNumber: Equatable, Sendable {
    let significand: Int64
    let decimals: Int

    /// The number as plain text with a dot for decimals (`12.5`, `-0.75`, `900000`).
    var plainText: String {
        guard decimals > 0 else { return String(significand) }
        let digits = String(significand.magnitude)
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let point = padded.index(padded.endIndex, offsetBy: -decimals)
        return (significand < 0 ? "-" : "") + padded[..<point] + "." + padded[point...]
    }

    /// The number times `scale`, if that is a whole number within Int64.
    func wholeTimes(_ scale: Int64) -> Int64? {
        let (product, overflow) = significand.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        var divisor: Int64 = 1
        for _ in 0..<decimals {
            let (next, overflow) = divisor.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            divisor = next
        }
        return product % divisor == 0 ? product / divisor : nil
    }

    /// This number minus `whole` (an index of 112,5 less 100 is a change of 12,5).
    func minus(_ whole: Int64) -> ExactNumber? {
        var shifted = whole
        for _ in 0..<decimals {
            let (next, overflow) = shifted.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            shifted = next
        }
        let (difference, overflow) = significand.subtractingReportingOverflow(shifted)
        return overflow ? nil : ExactNumber(significand: difference, decimals: decimals)
    }

    /// The number as a `Decimal` (`12,5` → 12.5).
    var decimal: Decimal {
        Decimal(sign: significand < 0 ? .minus : .plus, exponent: -decimals, significand: Decimal(significand.magnitude))
    }
}
