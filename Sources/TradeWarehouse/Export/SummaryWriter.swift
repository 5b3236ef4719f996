import Foundation
import Mustache

/// The written monthly (or quarterly, yearly...) summary of a period, in Vietnamese or English.
///
///     let figures = try SummaryFigures.load(store.db, period: try Period.parse("2024-01"))
///     print(try SummaryWriter(language: .vi).text(figures, markdown: true))
///
/// Only figures in the warehouse are used, rounded the way bulletins round them (34,53 tỷ USD,
/// US$34.53 billion); a section whose figures are absent is left out.
public struct SummaryWriter {
    public let language: Language
    private let wording: BulletinWording

    public init(language: Language) {
        self.language = language
        self.wording = BulletinWording(language: language)
    }

    /// The summary as text, or as Markdown with headings.
    public func text(_ figures: SummaryFigures, markdown: Bool) throws -> String {
        let template = try MustacheTemplate(string: language == .vi ? SummaryTemplates.vietnamese : SummaryTemplates.english)
        var context = self.context(figures, markdown: markdown)
        context["markdown"] = markdown
        let rendered = template.render(context)
        return rendered.replacingOccurrences(of: "\n\n\n+", with: "\n\n", options: .regularExpression)
            .trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    /// The summary as data: every worded part, and the figures it states.
    public func json(_ figures: SummaryFigures) throws -> String {
        var context = self.context(figures)
        context["language"] = language.rawValue
        context["period_code"] = figures.period.code
        context["figures"] = figures.statedLines.map { line -> [String: Any] in
            ["flow": line.flow.rawValue, "period": line.period.code, "partner": line.partner.rawValue, "commodity": line.commodity.rawValue,
             "value_usd": line.valueUSD, "yoy_pct": line.yoyPct ?? NSNull(), "share_pct": line.sharePct ?? NSNull()]
        }
        context["text"] = try text(figures, markdown: false)
        let data = try JSONSerialization.data(withJSONObject: context, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: Context

    /// The template's values; with `markdown`, names are escaped so that a name holding markup
    /// (`<script>`, `|`) reads as text.
    private func context(_ figures: SummaryFigures, markdown: Bool = false) -> [String: Any] {
        func asText(_ name: String) -> String { markdown ? TableRenderer.markdownEscaped(name) : name }
        let period = wording.period(figures.period)
        var context: [String: Any] = [
            "title": language == .vi ? "Xuất nhập khẩu hàng hóa \(period)" : "Vietnam's merchandise trade in \(period)",
        ]
        if let exports = figures.exports {
            var totals: [String: Any] = ["period": period, "Period": period.prefix(1).uppercased() + period.dropFirst(),
                                         "exports": wording.money(exports.valueUSD)]
            totals["exportsChange"] = exports.yoyPct.map(wording.change)
            if let imports = figures.imports {
                totals["imports"] = wording.money(imports.valueUSD)
                totals["importsChange"] = imports.yoyPct.map(wording.change)
            }
            context["totals"] = totals
        }
        if let balance = figures.balance { context["balance"] = balanceWords(balance.valueUSD) }
        if let exports = figures.yearToDate.exports {
            var ytd: [String: Any] = ["ytdPeriod": wording.period(exports.period), "ytdExports": wording.money(exports.valueUSD)]
            ytd["ytdExportsChange"] = exports.yoyPct.map(wording.change)
            if let imports = figures.yearToDate.imports {
                ytd["ytdImports"] = wording.money(imports.valueUSD)
                ytd["ytdImportsChange"] = imports.yoyPct.map(wording.change)
            }
            context["ytd"] = ytd
        }
        context["exportPartners"] = list(figures.exportPartners) { asText(partnerName($0)) }
        context["importPartners"] = list(figures.importPartners) { asText(partnerName($0)) }
        context["commodities"] = list(figures.exportCommodities) { asText(commodityName($0)) }
        if !figures.mismatches.isEmpty {
            context["notes"] = ["items": figures.mismatches.map { ["note": note($0)] }]
        }
        return context
    }

    /// A list section, or nil (left out) when there is nothing to list.
    private func list(_ lines: [SummaryFigures.Line], name: (SummaryFigures.Line) -> String) -> [String: Any]? {
        guard !lines.isEmpty else { return nil }
        let items: [[String: Any]] = lines.enumerated().map { index, line in
            var item: [String: Any] = ["name": name(line), "value": wording.money(line.valueUSD), "last": index == lines.count - 1]
            item["change"] = line.yoyPct.map(wording.change)
            item["share"] = line.sharePct.map(wording.percent)
            return item
        }
        return ["items": items]
    }

    /// A failed check in words: what was published, and what the other figures give.
    private func note(_ mismatch: SummaryFigures.Mismatch) -> String {
        let subject = mismatch.partner == .world ? "" : " (\(mismatch.partner)\(mismatch.commodity == .total ? "" : ", \(mismatch.commodity)"))"
        let isPercent = mismatch.check == "yoy_pct"
        func figure(_ value: CellValue) -> String {
            guard let number = value.real else { return "?" }
            return isPercent ? wording.percent(number) : wording.money(Int64(number))
        }
        let (actual, expected) = (figure(mismatch.actual), figure(mismatch.expected))
        switch (language, mismatch.check) {
        case (.vi, "yoy_pct"): return "Mức tăng công bố\(subject) là \(actual), trong khi số liệu cùng kỳ cho \(expected)."
        case (.vi, "balance"): return "Cán cân công bố\(subject) là \(actual), khác xuất khẩu trừ nhập khẩu (\(expected))."
        case (.vi, "turnover"): return "Tổng kim ngạch công bố\(subject) là \(actual), khác xuất khẩu cộng nhập khẩu (\(expected))."
        case (.vi, _): return "Số liệu chưa khớp (\(mismatch.check))\(subject): \(actual) so với \(expected)."
        case (.en, "yoy_pct"): return "The published change\(subject) is \(actual); the prior-year figures give \(expected)."
        case (.en, "balance"): return "The published balance\(subject) is \(actual), not exports minus imports (\(expected))."
        case (.en, "turnover"): return "The published total trade\(subject) is \(actual), not exports plus imports (\(expected))."
        case (.en, _): return "Figures that do not agree (\(mismatch.check))\(subject): \(actual) against \(expected)."
        }
    }

    /// "xuất siêu 3,63 tỷ USD" / "surplus of US$3.63 billion"; a deficit the press's way.
    private func balanceWords(_ value: Int64) -> String {
        switch language {
        case .vi: return (value >= 0 ? "xuất siêu " : "nhập siêu ") + wording.money(value)
        case .en: return (value >= 0 ? "surplus of " : "deficit of ") + wording.money(value)
        }
    }

    private func partnerName(_ line: SummaryFigures.Line) -> String {
        language == .vi ? (line.partnerName.vi ?? line.partnerName.en) : line.partnerName.en
    }

    /// Commodity names stand mid-sentence: lower-case first letter.
    private func commodityName(_ line: SummaryFigures.Line) -> String {
        let name = language == .vi ? (line.commodityName.vi ?? line.commodityName.en) : line.commodityName.en
        return name.prefix(1).lowercased() + name.dropFirst()
    }
}
