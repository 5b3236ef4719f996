import Foundation

/// A value axis on round steps (1, 2 or 5 × 10ⁿ, about five of them) from `low` to `high`, mapped
/// onto the pixels from `start` (at `low`) to `end` (at `high`); at least `minimumSpan` wide, so that
/// figures all at zero still stand on an axis.
struct ChartScale {
    let low: Int64, high: Int64, step: Int64
    let start: Double, end: Double

    init(low: Int64, high: Int64, minimumSpan: Int64, start: Double, end: Double) {
        let high = max(high, low + minimumSpan)
        let raw = Double(max(high - low, 1)) / 5
        let magnitude = pow(10, floor(log10(max(raw, 1))))
        let step = Int64([1.0, 2.0, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= raw } ?? raw)
        self.step = step
        self.low = Int64(floor(Double(low) / Double(step))) * step
        self.high = max(Int64(ceil(Double(high) / Double(step))) * step, self.low + step)
        self.start = start
        self.end = end
    }

    /// The pixel of `value`.
    func position(_ value: Int64) -> Double {
        start + Double(value - low) / Double(high - low) * (end - start)
    }

    /// Every step from low to high.
    var ticks: [Int64] { Array(stride(from: low, through: high, by: Int(step))) }
}
