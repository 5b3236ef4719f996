import Foundation

/// Self-contained SVG charts: a monthly trend of exports, imports and the balance, and ranked bars
/// of partners or commodities with their change on a year earlier.
///
/// Text is UTF-8 with XML escaping, so Vietnamese names render as written; sizes are fixed
/// (800 × 450) so that a chart drops into a slide or a page as is.
public struct ChartSVG {
    public let language: Language
    private let wording: BulletinWording
    static let width = 800.0, height = 450.0
    static let plot = (left: 90.0, right: 770.0, top: 70.0, bottom: 370.0)
    static let colors = (exports: "#1f77b4", imports: "#ff7f0e", surplus: "#2ca02c", deficit: "#d62728")

    public init(language: Language) {
        self.language = language
        self.wording = BulletinWording(language: language)
    }

    // MARK: Trend

    /// Exports and imports as lines, the balance as bars, month by month.
    public func trend(_ months: [ChartQueries.Month], title: String) -> String {
        let values = months.flatMap { [$0.exports, $0.imports, $0.balance].compactMap { $0 } }
        let scale = Scale.nice(low: min(0, values.min() ?? 0), high: max(1, values.max() ?? 1))
        let step = (Self.plot.right - Self.plot.left) / Double(max(months.count, 1))
        var body = axes(scale: scale, subtitle: unitLabel)
        for (index, month) in months.enumerated() {
            let x = Self.plot.left + step * (Double(index) + 0.5)
            if let balance = month.balance {
                let top = min(scale.y(balance), scale.y(0)), barHeight = abs(scale.y(balance) - scale.y(0))
                body += rect(x: x - step * 0.3, y: top, width: step * 0.6, height: barHeight,
                             fill: balance >= 0 ? Self.colors.surplus : Self.colors.deficit, opacity: 0.6)
            }
            // At most 12 labels (a 7-character label needs about 50 px of the 680).
            if index % max(1, (months.count + 11) / 12) == 0 {
                body += text(month.period, x: x, y: Self.plot.bottom + 18, anchor: "middle", size: 11)
            }
        }
        body += line(months.map(\.exports), step: step, scale: scale, color: Self.colors.exports)
        body += line(months.map(\.imports), step: step, scale: scale, color: Self.colors.imports)
        body += legend([(words.exports, Self.colors.exports), (words.imports, Self.colors.imports),
                        (words.surplus, Self.colors.surplus), (words.deficit, Self.colors.deficit)])
        return document(title: title, body: body)
    }

    // MARK: Ranking

    /// Horizontal bars, largest first, each labelled with its value and its change on a year earlier.
    public func ranking(_ bars: [ChartQueries.Bar], title: String) -> String {
        let scale = Scale(low: 0, high: max(1, bars.map(\.value).max() ?? 1))
        let rowHeight = min(40, (Self.plot.bottom - Self.plot.top) / Double(max(bars.count, 1)))
        var body = text(unitLabel, x: Self.plot.left, y: Self.plot.top - 12, anchor: "start", size: 12)
        let names = bars.map { language == .vi ? ($0.nameVietnamese ?? $0.nameEnglish) : $0.nameEnglish }
        // Room for the longest name at about 7.5 px a character (13 px type), within reason.
        let labelEdge = min(420, max(150, 20 + 7.5 * Double(names.map(\.count).max() ?? 10)))
        let barRight = Self.plot.right - 150
        for (index, bar) in bars.enumerated() {
            let y = Self.plot.top + rowHeight * Double(index)
            let length = (barRight - labelEdge) * Double(bar.value) / Double(scale.high)
            body += text(names[index], x: labelEdge - 8, y: y + rowHeight * 0.6, anchor: "end", size: 13)
            body += rect(x: labelEdge, y: y + rowHeight * 0.15, width: length, height: rowHeight * 0.7,
                         fill: Self.colors.exports, opacity: 0.85)
            let change = bar.yoyPct.map { " (" + wording.change($0) + ")" } ?? ""
            body += text(wording.money(bar.value) + change, x: labelEdge + length + 6, y: y + rowHeight * 0.6,
                         anchor: "start", size: 12)
        }
        return document(title: title, body: body)
    }

    // MARK: Pieces

    private struct Scale {
        let low: Int64, high: Int64
        var step: Int64 = 1

        /// Bounds on round steps (1, 2 or 5 × 10ⁿ), about five of them.
        static func nice(low: Int64, high: Int64) -> Scale {
            let raw = Double(high - low) / 5
            let magnitude = pow(10, floor(log10(max(raw, 1))))
            let step = Int64([1.0, 2.0, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= raw } ?? raw)
            let niceLow = Int64(floor(Double(low) / Double(step))) * step
            let niceHigh = Int64(ceil(Double(high) / Double(step))) * step
            return Scale(low: niceLow, high: niceHigh, step: step)
        }

        func y(_ value: Int64) -> Double {
            let span = Double(high - low)
            return ChartSVG.plot.bottom - (Double(value - low) / span) * (ChartSVG.plot.bottom - ChartSVG.plot.top)
        }
    }

    private var words: (exports: String, imports: String, surplus: String, deficit: String) {
        language == .vi ? ("Xuất khẩu", "Nhập khẩu", "Xuất siêu", "Nhập siêu") : ("Exports", "Imports", "Surplus", "Deficit")
    }

    private var unitLabel: String { language == .vi ? "Tỷ USD" : "US$ billion" }

    private func axes(scale: Scale, subtitle: String) -> String {
        var body = text(subtitle, x: Self.plot.left, y: Self.plot.top - 12, anchor: "start", size: 12)
        for value in stride(from: scale.low, through: scale.high, by: Int(scale.step)) {
            let y = scale.y(value)
            body += "<line x1=\"\(Self.plot.left)\" y1=\(q(y)) x2=\"\(Self.plot.right)\" y2=\(q(y)) stroke=\"#dddddd\"/>\n"
            let billions = NumberText.format(Decimal(value) / 1_000_000_000, language: language, fractionDigits: 1)
            body += text(billions, x: Self.plot.left - 8, y: y + 4, anchor: "end", size: 11)
        }
        body += "<line x1=\"\(Self.plot.left)\" y1=\(q(scale.y(0))) x2=\"\(Self.plot.right)\" y2=\(q(scale.y(0))) stroke=\"#555555\"/>\n"
        return body
    }

    private func line(_ values: [Int64?], step: Double, scale: Scale, color: String) -> String {
        let points = values.enumerated().compactMap { index, value in
            value.map { "\(fmt(Self.plot.left + step * (Double(index) + 0.5))),\(fmt(scale.y($0)))" }
        }
        guard !points.isEmpty else { return "" }
        let circles = points.map { point -> String in
            let xy = point.split(separator: ",")
            return "<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"3\" fill=\"\(color)\"/>\n"
        }.joined()
        return "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\"/>\n" + circles
    }

    private func legend(_ entries: [(String, String)]) -> String {
        entries.enumerated().map { index, entry in
            let x = Self.plot.left + Double(index) * 150
            return rect(x: x, y: Self.height - 40, width: 14, height: 14, fill: entry.1, opacity: 1)
                + text(entry.0, x: x + 20, y: Self.height - 28, anchor: "start", size: 13)
        }.joined()
    }

    private func document(title: String, body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(Self.width))" height="\(Int(Self.height))" \
        viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" font-family="DejaVu Sans, Arial, sans-serif">
        <title>\(Self.escaped(title))</title>
        <rect width="100%" height="100%" fill="#ffffff"/>
        \(text(title, x: Self.width / 2, y: 32, anchor: "middle", size: 18, bold: true))\(body)</svg>

        """
    }

    private func rect(x: Double, y: Double, width: Double, height: Double, fill: String, opacity: Double) -> String {
        "<rect x=\(q(x)) y=\(q(y)) width=\(q(width)) height=\(q(height)) fill=\"\(fill)\" fill-opacity=\"\(opacity)\"/>\n"
    }

    private func text(_ content: String, x: Double, y: Double, anchor: String, size: Int, bold: Bool = false) -> String {
        "<text x=\(q(x)) y=\(q(y)) text-anchor=\"\(anchor)\" font-size=\"\(size)\"\(bold ? " font-weight=\"bold\"" : "")>"
            + Self.escaped(content) + "</text>\n"
    }

    private func q(_ value: Double) -> String { "\"\(fmt(value))\"" }

    private func fmt(_ value: Double) -> String { String(format: "%.1f", value) }

    /// XML text: `&`, `<`, `>`, quotes escaped; control characters dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: if scalar.value >= 0x20 || scalar == "\t" { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
