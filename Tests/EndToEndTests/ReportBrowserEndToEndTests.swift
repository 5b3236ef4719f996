import Foundation
import Testing

/// The HTML report in a real browser (Debian's headless Chromium), at a desktop and a phone width:
/// the page never scrolls sideways (wide tables and charts scroll inside their own box), every
/// chart and table is shown, charts are as tall as their content, periods stay on one line, the notes come
/// last, and the browser reports nothing. Screenshots are kept in `.build/test-artifacts/`.
@Suite(.enabled(if: HeadlessBrowser.executable != nil, "no Chromium installed: report browser checks skipped"))
struct ReportBrowserEndToEndTests {
    /// What the page shows, measured in the browser.
    static let probe = """
        ({shown: Array.from(document.querySelectorAll('figure svg, table')).map(e => {
            const r = e.getBoundingClientRect(); return [e.tagName.toLowerCase(), Math.round(r.width), Math.round(r.height)] }),
          right: Math.max(...Array.from(document.querySelectorAll('body > *')).map(e => e.getBoundingClientRect().right)),
          wrappedPeriods: Array.from(document.querySelectorAll('.period')).filter(e => e.getClientRects().length > 1).length,
          last: document.body.lastElementChild.className,
          codes: /\\b(PHONES|WORLD|TOTAL|prior_value_usd|value_usd)\\b/.test(document.body.innerText)})
        """

    struct Seen: Decodable {
        let shown: [[Jsonish]]
        let right: Double
        let wrappedPeriods: Int
        let last: String
        let codes: Bool
    }

    /// A cell of `shown`: a tag name or a number.
    enum Jsonish: Decodable, Equatable {
        case text(String), number(Int)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
        }
    }

    @Test(arguments: ["vi", "en"])
    func theReportFitsADesktopAndAPhone(language: String) throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples, "--db", "a.sqlite"], in: scratch.path)
        let export = try CLI.run(["export", "report", "--period", "2024-01", "--lang", language, "--out", "report.html",
                                  "--db", "a.sqlite"], in: scratch.path)
        #expect(export.status == 0, "\(export.stderr)")
        let browser = try HeadlessBrowser()
        for (width, chartWidth, chartHeights) in [(1280, 800, [170, 266]), (390, 560, [119, 186])] {
            let page = try browser.open("file://" + scratch.file("report.html"), width: width, height: 3000, probe: Self.probe)
            let path = try HeadlessBrowser.keep(page, as: "report-2024-01-\(language)-\(width)")
            #expect(page.horizontalOverflow == 0, "\(language) at \(width) px scrolls sideways: \(page.overflowingElements); see \(path)")
            #expect(page.consoleMessages.isEmpty, "\(page.consoleMessages)")
            let seen = try JSONDecoder().decode(Seen.self, from: Data(page.probe.utf8))
            let charts = seen.shown.filter { $0.first == .text("svg") }
            #expect(charts == chartHeights.map { [.text("svg"), .number(chartWidth), .number($0)] }, "\(language) at \(width) px")
            let tables = seen.shown.filter { $0.first == .text("table") }
            #expect(tables.count == 3)
            #expect(tables.allSatisfy { $0[1] != .number(0) && $0[2] != .number(0) }, "\(tables)")
            #expect(seen.right <= Double(width), "\(language) at \(width) px: a block ends at \(seen.right)")
            #expect(seen.wrappedPeriods == 0)
            #expect(seen.last == "notes")
            #expect(!seen.codes, "codes or column names on the \(language) page")
        }
    }
}
