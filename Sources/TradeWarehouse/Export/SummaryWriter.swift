import Foundation
import Mustache

/// The written summary of a month, quarter, half-year or year, in Vietnamese or English.
///
///     let figures = try SummaryFigures.load(store.db, period: try Period.parse("2024-01"))
///     print(try SummaryWriter(language: .vi).text(figures, markdown: true))
///
/// Only figures in the warehouse are used, rounded the way bulletins round them (34,53 tỷ USD,
/// US$34.53 billion) and worded as they were published ("hơn", "khoảng", "ước đạt"); every paragraph
/// names its period, so that the summary reads back (`tradewh extract`) as the same figures. A
/// section whose figures are absent is left out.
public struct SummaryWriter {
    public let language: Language
    private let wording: BulletinWording
    private let phrases: SummaryPhrases

    public init(language: Language) {
        self.language = language
        self.wording = BulletinWording(language: language)
        self.phrases = SummaryPhrases.of(language)
    }

    /// The summary as text, or as Markdown with headings.
    public func text(_ figures: SummaryFigures, markdown: Bool) throws -> String {
        let template = try MustacheTemplate(string: SummaryTemplates.layout)
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
             "value_usd": line.valueUSD, "yoy_pct": line.yoyPct ?? NSNull(), "share_pct": line.sharePct ?? NSNull(),
             "mom_pct": line.momPct ?? NSNull(), "qualifier": line.qualifier.rawValue, "estimated": line.estimated]
        }
        context["text"] = try text(figures, markdown: false)
        let data = try JSONSerialization.data(withJSONObject: context, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The summary as a whole HTML page (the report's layout, without its tables and charts).
    public func html(_ figures: SummaryFigures) -> String {
        let parts = parts(figures)
        return HTMLReport(language: language).page(title: parts.title, paragraphs: parts.paragraphs, tables: [], charts: [],
                                                   notes: parts.notes)
    }

    /// The summary's title, paragraphs and notes, for a page that lays them out itself.
    public func parts(_ figures: SummaryFigures) -> (title: String, paragraphs: [String], notes: [String]) {
        let context = self.context(figures)
        let paragraphs = ["totals", "ytd", "markets", "ytdMarkets", "products", "ytdProducts"].compactMap { context[$0] as? String }
        let notes = ((context["notes"] as? [String: Any])?["items"] as? [[String: String]] ?? []).compactMap { $0["note"] }
        return (context["title"] as? String ?? "", paragraphs, notes)
    }

    // MARK: Context

    /// The template's values; with `markdown`, names are escaped so that a name holding markup
    /// (`<script>`, `|`) reads as text.
    private func context(_ figures: SummaryFigures, markdown: Bool = false) -> [String: Any] {
        let names = SummaryNames(language: language, markdown: markdown)
        let period = wording.period(figures.period)
        var context: [String: Any] = [
            "title": fill(phrases.title, period: period),
            "marketsHeading": phrases.marketsHeading, "productsHeading": phrases.productsHeading,
            "notesHeading": phrases.notesHeading,
        ]
        context["totals"] = totals(figures, period: period)
        if let ytdLine = figures.yearToDate.exports ?? figures.yearToDate.imports {
            let clauses = [figures.yearToDate.exports.map { clause(phrases.exports, $0) },
                           figures.yearToDate.imports.map { clause(phrases.imports, $0) }].compactMap { $0 }
            context["ytd"] = basisNamed(sentence(lead: fill(phrases.yearToDate, period: wording.period(ytdLine.period)), clauses))
        }
        context["markets"] = markets(figures.exportPartners, figures.importPartners, period: period, names: names)
        context["products"] = products(figures.exportCommodities, period: period, names: names)
        if let ytd = SummaryFigures.yearToDate(of: figures.period).map(wording.period) {
            context["ytdMarkets"] = markets(figures.yearToDateMarkets.exports, figures.yearToDateMarkets.imports, period: ytd, names: names)
            context["ytdProducts"] = products(figures.yearToDateProducts, period: ytd, names: names)
        }
        if !figures.mismatches.isEmpty {
            let notes = SummaryNotes(language: language, names: names)
            context["notes"] = ["items": figures.mismatches.map { ["note": notes.note($0, period: period)] }]
        }
        return context
    }

    /// The totals paragraph: turnover, exports, imports and the balance, each with its changes.
    private func totals(_ figures: SummaryFigures, period: String) -> String? {
        let opener = figures.period.kind == .span ? fill(phrases.spanOpener, period: period) : fill(phrases.opener, period: period)
        var sentences: [String] = []
        var exportSubject = phrases.exportsOpening
        if let turnover = figures.turnover {
            sentences.append(sentence(lead: opener, [clause(phrases.turnover, turnover, singular: phrases.turnoverIsSingular)]))
            exportSubject = phrases.exports
        }
        let flows = [figures.exports.map { clause(exportSubject, $0) }, figures.imports.map { clause(phrases.imports, $0) }]
            .compactMap { $0 }
        if !flows.isEmpty { sentences.append(sentence(lead: sentences.isEmpty ? opener : "", flows)) }
        if let balance = figures.balance { sentences.append(balanceSentence(balance, period: period)) }
        return sentences.isEmpty ? nil : basisNamed(sentences.joined(separator: " "))
    }

    /// Export markets, then import markets in the same paragraph.
    private func markets(_ exports: [SummaryFigures.Line], _ imports: [SummaryFigures.Line], period: String,
                         names: SummaryNames) -> String? {
        var sentences: [String] = []
        let lead = fill(phrases.markets, period: period)
        if !exports.isEmpty {
            sentences.append(sentence(lead: lead, exports.map { line in
                let name = names.partner(line.partnerName)
                return clause(fill(phrases.exportsTo, subject: name), line, short: fill(phrases.exportsToShort, subject: name))
            }))
        }
        if !imports.isEmpty {
            sentences.append(sentence(lead: sentences.isEmpty ? lead : phrases.importsAfterExports, imports.map { line in
                let name = names.partner(line.partnerName)
                return clause(fill(phrases.importsFrom, subject: name), line, short: fill(phrases.importsFromShort, subject: name))
            }))
        }
        return sentences.isEmpty ? nil : basisNamed(sentences.joined(separator: " "))
    }

    /// The main export products.
    private func products(_ lines: [SummaryFigures.Line], period: String, names: SummaryNames) -> String? {
        guard !lines.isEmpty else { return nil }
        return basisNamed(sentence(lead: fill(phrases.products, period: period), lines.map { line in
            let name = names.commodity(line.commodityName)
            return clause(fill(phrases.product, subject: name), line, short: fill(phrases.productShort, subject: name))
        }))
    }

    private func balanceSentence(_ line: SummaryFigures.Line, period: String) -> String {
        let template = line.valueUSD >= 0 ? (line.estimated ? phrases.estimatedSurplus : phrases.surplus)
            : (line.estimated ? phrases.estimatedDeficit : phrases.deficit)
        return fill(template, period: period, a: qualified(line.qualifier) + wording.money(abs(line.valueUSD)))
    }

    // MARK: Clauses and sentences

    /// One figure in words: its subject in full and as a list continues it, and whether it is an estimate.
    private struct Clause {
        let full: String, short: String, estimated: Bool
    }

    private func clause(_ subject: String, _ line: SummaryFigures.Line, short: String? = nil, singular: Bool = false) -> Clause {
        let verb = line.estimated ? (singular ? phrases.estimatedSingular : phrases.estimatedPlural) : phrases.reached
        var rest = " " + verb + " " + qualified(line.qualifier) + wording.money(line.valueUSD)
        if let yoy = line.yoyPct { rest += ", " + wording.change(yoy) }
        if let mom = line.momPct {
            let quarter = line.period.kind == .quarter
            let template = line.yoyPct == nil ? (quarter ? phrases.quarterOnQuarterAlone : phrases.monthOnMonthAlone)
                : (quarter ? phrases.quarterOnQuarter : phrases.monthOnMonth)
            rest += fill(template, a: wording.change(mom))
        }
        if let share = line.sharePct { rest += fill(phrases.share, a: wording.percent(share)) }
        return Clause(full: subject + rest, short: (short ?? subject) + rest, estimated: line.estimated)
    }

    /// Clauses joined by semicolons into one sentence; after an estimate, a counted figure starts a
    /// sentence of its own (estimate words hold to the end of their sentence).
    private func sentence(lead: String, _ clauses: [Clause]) -> String {
        var text = lead + (clauses.first?.full ?? "")
        for (previous, clause) in zip(clauses, clauses.dropFirst()) {
            text += previous.estimated && !clause.estimated ? ". " + capitalized(clause.full) : "; " + clause.short
        }
        return capitalized(text) + "."
    }

    /// "tăng 9,7%" → "tăng 9,7% so với cùng kỳ năm trước": a paragraph's first year-on-year change
    /// names its basis (a change on the previous month names its own).
    private func basisNamed(_ text: String) -> String {
        guard let range = text.range(of: #", (tăng|giảm|up|down) [0-9.,]+%(?! (so với|from))"#, options: .regularExpression)
        else { return text }
        return text.replacingCharacters(in: range, with: text[range] + " " + phrases.yearOnYear)
    }

    private func qualified(_ qualifier: Qualifier) -> String {
        switch qualifier {
        case .exact: return ""
        case .over: return phrases.over + " "
        case .approx: return phrases.approx + " "
        case .under: return phrases.under + " "
        }
    }

    private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    private func fill(_ template: String, period: String = "", subject: String = "", a: String = "") -> String {
        template.replacingOccurrences(of: "{P}", with: capitalized(period)).replacingOccurrences(of: "{p}", with: period)
            .replacingOccurrences(of: "{s}", with: subject).replacingOccurrences(of: "{a}", with: a)
    }
}
