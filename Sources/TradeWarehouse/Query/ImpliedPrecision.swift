import Foundation

/// Rounds the values a reported percentage implies to what that percentage can support, for
/// reading: a prior-year value implied by "+50.0%" is known to about a thousandth of a percent, so
/// 6,161,745,828 reads as 6,162,000,000. Machine formats keep the exact quotient.
///
///     let readable = ImpliedPrecision.rounded(try runner.run(.yoy, filters))
public enum ImpliedPrecision {
    /// `table` with `prior_value_usd` and `delta_usd` rounded where `basis` is `reported`: to the
    /// largest power of ten within the error that rounding the percentage (`delta_pct`, to the
    /// decimals it was stated with) allows, which is prior × half its last digit ÷ (100 + pct).
    /// Tables without those columns are returned as they are.
    public static func rounded(_ table: ResultTable) -> ResultTable {
        guard let basis = table.columns.firstIndex(of: "basis"), let pct = table.columns.firstIndex(of: "delta_pct"),
              let prior = table.columns.firstIndex(of: "prior_value_usd"), let delta = table.columns.firstIndex(of: "delta_usd"),
              let value = table.columns.firstIndex(of: "value_usd") else { return table }
        var rounded = table
        for (index, row) in table.rows.enumerated() {
            guard row[basis] == .text("reported"), let percent = row[pct].real, let implied = row[prior].integer,
                  let current = row[value].integer else { continue }
            let unit = unit(implied: implied, percent: percent)
            guard unit > 1 else { continue }
            let priorRounded = roundedToUnit(implied, unit)
            rounded.rows[index][prior] = .integer(priorRounded)
            if row[delta] != .null { rounded.rows[index][delta] = .integer(current - priorRounded) }
        }
        return rounded
    }

    /// The power of ten that `implied`, a value implied by `percent`, is known to.
    static func unit(implied: Int64, percent: Double) -> Int64 {
        let halfLastDigit = 0.5 * pow(10, -Double(decimals(of: percent)))
        let error = abs(Double(implied)) * halfLastDigit / abs(100 + percent)
        guard error >= 10 else { return 1 }
        return Int64(pow(10, floor(log10(error))))
    }

    /// The decimals `percent` was written with (its shortest spelling: 73.3 → 1, 112 → 0).
    static func decimals(of percent: Double) -> Int {
        let text = "\(percent)"
        guard let point = text.firstIndex(of: "."), !text.contains("e") else { return 0 }
        let fraction = text[text.index(after: point)...]
        return fraction == "0" ? 0 : fraction.count
    }

    private static func roundedToUnit(_ value: Int64, _ unit: Int64) -> Int64 {
        let half = unit / 2
        return value >= 0 ? (value + half) / unit * unit : -((-value + half) / unit * unit)
    }
}
