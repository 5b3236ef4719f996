import Foundation

/// Self-contained SVG charts: a monthly trend of exports, imports and the balance, and ranked bars
/// of partners or commodities with their change on a year earlier.
///
/// Text is UTF-8 with XML escaping, so Vietnamese names render as written. A chart is 800 px wide;
/// its height follows its content (a ranking's rows, the notes under a trend). Every chart has one
/// unit, chosen from its data, for its axis and its labels; months sit on the time axis at their
/// dates, so a missing month is a gap, and what is missing is said in a note under the chart.
public struct ChartSVG {
    public let language: Language
    private let phrases: ChartPhrases
    private let canvas = SVGCanvas()
    static let width = 800.0
    static let plot = (left: 90.0, right: 770.0, top: 70.0, bottom: 370.0)
    static let colors = (exports: "#1f77b4", imports: "#ff7f0e", surplus: "#2ca02c", deficit: "#d62728")

    public init(language: Language) {
        self.language = language
        self.phrases = ChartPhrases.of(language)
    }

    // MARK: Trend

    /// Exports and imports as lines, the balance as bars, month by month at their dates.
    public func trend(_ months: [ChartQueries.Month], title: String) -> String {
        let dated = months.compactMap { month -> (index: Int, month: ChartQueries.Month)? in
            guard let period = try? Period.parse(month.period), period.kind == .month else { return nil }
            return (period.firstHalf / 2, month)
        }
        let axis = ChartTimeAxis(first: dated.first?.index ?? 0, last: dated.last?.index ?? 0,
                                 left: Self.plot.left, right: Self.plot.right, phrases: phrases)
        let values = dated.flatMap { [$0.month.exports, $0.month.imports, $0.month.balance].compactMap { $0 } }
        let unit = ChartUnit(largest: values.map { abs($0) }.max() ?? 0, language: language)
        let scale = ChartScale(low: min(0, values.min() ?? 0), high: max(0, values.max() ?? 0),
                               minimumSpan: unit.divisor, start: Self.plot.bottom, end: Self.plot.top)
        var body = valueAxis(scale, unit: unit) + axis.ticks(bottom: Self.plot.bottom, canvas: canvas)
        let barWidth = min(axis.step * 0.6, 40)
        for (index, month) in dated {
            guard let balance = month.balance else { continue }
            let top = min(scale.position(balance), scale.position(0))
            body += canvas.rect(x: axis.x(index) - barWidth / 2, y: top, width: barWidth,
                                height: max(abs(scale.position(balance) - scale.position(0)), 1),
                                fill: balance >= 0 ? Self.colors.surplus : Self.colors.deficit, opacity: 0.6)
        }
        for (series, color) in [(\ChartQueries.Month.exports, Self.colors.exports), (\.imports, Self.colors.imports)] {
            for run in axis.runs(dated.compactMap { item in item.month[keyPath: series].map { (item.index, $0) } }) {
                body += canvas.polyline(run.map { (axis.x($0.0), scale.position($0.1)) }, color: color)
            }
        }
        body += legend(present(dated.map(\.month)), y: Self.plot.bottom + 46)
        let notes = missingNotes(dated, axis: axis).flatMap { Self.wrapped($0, width: Self.plot.right - Self.plot.left) }
        body += notes.enumerated().map { index, note in
            canvas.text(note, x: Self.plot.left, y: Self.plot.bottom + 80 + 18 * Double(index), anchor: "start", size: 12)
        }.joined()
        return canvas.document(title: title, width: Self.width, height: 430 + (notes.isEmpty ? 0 : 24 + 18 * Double(notes.count)),
                               body: body)
    }

    /// `note` cut at its spaces into lines that fit `width` at 12 px (about 6.6 px a character, the
    /// widest of DejaVu Sans' and Arial's averages), so a long list of missing months is not clipped.
    static func wrapped(_ note: String, width: Double) -> [String] {
        let most = max(20, Int(width / 6.6))
        var lines: [String] = [], line = ""
        for word in note.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > most {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The legend's entries: only series the chart draws.
    private func present(_ months: [ChartQueries.Month]) -> [(String, String)] {
        [(months.contains { $0.exports != nil }, phrases.exports, Self.colors.exports),
         (months.contains { $0.imports != nil }, phrases.imports, Self.colors.imports),
         (months.contains { ($0.balance ?? -1) >= 0 }, phrases.surplus, Self.colors.surplus),
         (months.contains { ($0.balance ?? 0) < 0 }, phrases.deficit, Self.colors.deficit)]
            .filter(\.0).map { ($0.1, $0.2) }
    }

    /// "Nhập khẩu: không có số liệu T2/2023–T12/2023." for each flow with months missing in the
    /// range; one note, "Không có số liệu ...", when both miss the same months.
    private func missingNotes(_ dated: [(index: Int, month: ChartQueries.Month)], axis: ChartTimeAxis) -> [String] {
        guard axis.last >= axis.first, !dated.isEmpty else { return [] }
        let gaps = [(phrases.exports, \ChartQueries.Month.exports), (phrases.imports, \.imports)].map { name, series in
            let present = Set(dated.filter { $0.month[keyPath: series] != nil }.map(\.index))
            return (name, (axis.first...axis.last).filter { !present.contains($0) })
        }
        if gaps[0].1 == gaps[1].1, !gaps[0].1.isEmpty {
            return [phrases.missingAll.replacingOccurrences(of: "{a}", with: months(gaps[0].1, axis: axis))]
        }
        return gaps.filter { !$0.1.isEmpty }.map { name, missing in
            phrases.missing.replacingOccurrences(of: "{s}", with: name).replacingOccurrences(of: "{a}", with: months(missing, axis: axis))
        }
    }

    /// "T2/2023–T12/2023, T3/2024": months as runs.
    private func months(_ list: [Int], axis: ChartTimeAxis) -> String {
        axis.runs(list.map { ($0, 0) }).map { run -> String in
            let (a, b) = (phrases.month(run[0].0), phrases.month(run[run.count - 1].0))
            return run.count == 1 ? a : phrases.range.replacingOccurrences(of: "{a}", with: a).replacingOccurrences(of: "{b}", with: b)
        }.joined(separator: phrases.separator)
    }

    // MARK: Ranking

    /// Horizontal bars, largest first, on a value axis, each labelled with its value (in the
    /// chart's unit) and its change on a year earlier.
    public func ranking(_ bars: [ChartQueries.Bar], title: String) -> String {
        let rowHeight = 32.0, top = Self.plot.top
        let names = bars.map { language == .vi ? ($0.nameVietnamese ?? $0.nameEnglish) : $0.nameEnglish }
        // Room for the longest name at about 7.5 px a character (13 px type), within reason.
        let labelEdge = min(420, max(150, 20 + 7.5 * Double(names.map(\.count).max() ?? 10)))
        let unit = ChartUnit(largest: bars.map { abs($0.value) }.max() ?? 0, language: language)
        let scale = ChartScale(low: min(0, bars.map(\.value).min() ?? 0), high: max(0, bars.map(\.value).max() ?? 0),
                               minimumSpan: unit.divisor, start: labelEdge, end: Self.width - 170)
        let bottom = top + rowHeight * Double(bars.count)
        var body = canvas.text(unit.label, x: labelEdge, y: top - 12, anchor: "start", size: 12)
        for tick in scale.ticks {
            let x = scale.position(tick)
            body += canvas.line(x1: x, y1: top, x2: x, y2: bottom, stroke: tick == 0 ? "#555555" : "#dddddd")
            body += canvas.text(unit.number(tick, fractionDigits: digits(scale.step, unit)), x: x, y: bottom + 16,
                                anchor: "middle", size: 11)
        }
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let (zero, end) = (scale.position(0), scale.position(bar.value))
            body += canvas.text(names[index], x: labelEdge - 8, y: y + rowHeight * 0.62, anchor: "end", size: 13)
            // A bar at zero (a fall of 100%) is still drawn, as a 2 px mark.
            body += canvas.rect(x: min(zero, end), y: y + rowHeight * 0.15, width: max(abs(end - zero), 2), height: rowHeight * 0.7,
                                fill: Self.colors.exports, opacity: 0.85)
            let change = bar.yoyPct.map { " (" + BulletinWording(language: language).change($0) + ")" } ?? ""
            body += canvas.text(unit.number(bar.value) + change, x: max(zero, end) + 6, y: y + rowHeight * 0.62,
                                anchor: "start", size: 12)
        }
        return canvas.document(title: title, width: Self.width, height: bottom + 36, body: body)
    }

    // MARK: Pieces

    /// Horizontal grid lines with their values, and the zero line.
    private func valueAxis(_ scale: ChartScale, unit: ChartUnit) -> String {
        var body = canvas.text(unit.label, x: Self.plot.left, y: Self.plot.top - 12, anchor: "start", size: 12)
        for tick in scale.ticks {
            let y = scale.position(tick)
            body += canvas.line(x1: Self.plot.left, y1: y, x2: Self.plot.right, y2: y, stroke: "#dddddd")
            body += canvas.text(unit.number(tick, fractionDigits: digits(scale.step, unit)), x: Self.plot.left - 8, y: y + 4,
                                anchor: "end", size: 11)
        }
        let zero = scale.position(0)
        return body + canvas.line(x1: Self.plot.left, y1: zero, x2: Self.plot.right, y2: zero, stroke: "#555555")
    }

    /// Decimals a tick needs: none for whole units, one for 0.5, two for 0.05.
    private func digits(_ step: Int64, _ unit: ChartUnit) -> Int {
        let ratio = Double(step) / Double(unit.divisor)
        return ratio >= 1 ? 0 : min(2, Int(ceil(-log10(ratio) - 1e-9)))
    }

    private func legend(_ entries: [(String, String)], y: Double) -> String {
        entries.enumerated().map { index, entry in
            let x = Self.plot.left + Double(index) * 150
            return canvas.rect(x: x, y: y - 12, width: 14, height: 14, fill: entry.1)
                + canvas.text(entry.0, x: x + 20, y: y, anchor: "start", size: 13)
        }.joined()
    }
}
