/// A time axis of months at their dates: each month of the range, present or not, has its slot,
/// so that a missing month is a gap; ticks at round months (every 1, 2, 3, 6, 12... months, at
/// most about a dozen), labelled "T1/2024" or "Jan 2024".
struct ChartTimeAxis {
    /// Months counted from year 0 (`year * 12 + month - 1`).
    let first: Int, last: Int
    let left: Double, right: Double
    let phrases: ChartPhrases

    /// The width of one month.
    var step: Double { (right - left) / Double(max(last - first + 1, 1)) }

    /// The middle of a month's slot.
    func x(_ month: Int) -> Double { left + step * (Double(month - first) + 0.5) }

    /// The months between ticks.
    var interval: Int {
        let count = last - first + 1
        return [1, 2, 3, 6, 12, 24, 60, 120, 240].first { (count + $0 - 1) / $0 <= 12 } ?? 600
    }

    /// Tick marks and their labels under the plot.
    func ticks(bottom: Double, canvas: SVGCanvas) -> String {
        guard last >= first else { return "" }
        return (first...last).filter { $0 % interval == 0 }.map { month in
            canvas.line(x1: x(month), y1: bottom, x2: x(month), y2: bottom + 5, stroke: "#555555")
                + canvas.text(phrases.month(month), x: x(month), y: bottom + 18, anchor: "middle", size: 11)
        }.joined()
    }

    /// Runs of consecutive months, in order: a line is drawn along a run, never across a gap.
    func runs<Value>(_ points: [(Int, Value)]) -> [[(Int, Value)]] {
        var runs: [[(Int, Value)]] = []
        for point in points {
            if let previous = runs.last?.last, previous.0 + 1 == point.0 { runs[runs.count - 1].append(point) } else { runs.append([point]) }
        }
        return runs
    }
}
