import Foundation
import Testing

/// Every page of `tradewh serve` in headless Chromium at a desktop and a phone width: nothing wider
/// than the window, nothing said on the console. Screenshots are kept in `.build/test-artifacts/`
/// (`serve-NAME-WIDTH.png`).
@Suite(.enabled(if: HeadlessBrowser.executable != nil, "no Chromium installed: tradewh serve's browser checks skipped"))
struct ServeBrowserTests {
    /// Each page's name and address; `@FILE` stands for the id of the release loaded from FILE.
    static let pages: [(name: String, path: String)] = [
        ("overview", "/"), ("overview-en", "/?lang=en"),
        ("analyses", "/analyses?query=yoy&period=2026-02&lang=en"),
        ("analysis-top", "/analyses?query=top&period=2024-01&by=partner&lang=en"),
        ("analysis-balance", "/analyses?query=balance&from=2025-01&to=2026-02"),
        ("analysis-reconcile", "/analyses?query=reconcile&period=2024-01&lang=en"),
        ("partners", "/partners?lang=en"), ("partner", "/partners/CN?lang=en"),
        ("commodities", "/commodities"), ("commodity", "/commodities/PHONES"),
        ("releases", "/releases?lang=en"), ("release", "/releases/@2024-01-customs-vi.txt"),
        ("figure", "/figures?period=2024-01&flow=export&partner=WORLD&commodity=TOTAL"),
        ("analysis-form", "/analyses?query=yoy&partner=US%2CCN&from=2024-01&to=2024-03&as-of=@2024-01-1-estimate.csv&lang=en"),
        ("sql", "/sql?lang=en"), ("sql-result", "/sql?sql=SELECT+*+FROM+balance+WHERE+period+%3D+%3Ap&p=2024-01&lang=en"),
        ("not-found", "/nope?lang=en"),
    ]

    @Test(arguments: [1280, 390]) func everyPageFitsTheWindowAndSaysNothingOnTheConsole(width: Int) throws {
        let served = try ServedWarehouse()
        let browser = try HeadlessBrowser()
        for (name, path) in Self.pages {
            let page = try browser.open(served.url(try ServedWarehouse.withReleaseIDs(path)), width: width, height: 2400)
            _ = try HeadlessBrowser.keep(page, as: "serve-\(name)-\(width)")
            #expect(page.horizontalOverflow == 0, "\(name) at \(width) px: \(page.overflowingElements)")
            #expect(page.overflowingElements.isEmpty, "\(name) at \(width) px")
            #expect(page.consoleMessages.isEmpty, "\(name) at \(width) px: \(page.consoleMessages)")
        }
    }

    /// On a phone the trend chart keeps 720 px of its 800 (its words readable) in a box that scrolls
    /// sideways, and the analysis form has one field a line (a menu's choices are not cut off); on
    /// a desktop the chart is drawn at its own width and does not scroll.
    @Test func onAPhoneTheChartStaysReadableAndTheFormHasOneFieldALine() throws {
        let served = try ServedWarehouse()
        let browser = try HeadlessBrowser()
        let probe = "[document.querySelector('figure.chart svg').getBoundingClientRect().width, "
            + "getComputedStyle(document.querySelector('form.filters')).gridTemplateColumns.split(' ').length, "
            + "document.querySelector('figure.chart').scrollWidth > document.querySelector('figure.chart').clientWidth]"
        let path = "/analyses?query=yoy&partner=CN&from=2024-01&to=2025-09&lang=en"
        let phone = try browser.open(served.url(path), width: 390, height: 1600, probe: probe)
        #expect(phone.probe == "[720,1,true]")
        let desktop = try browser.open(served.url(path), width: 1280, height: 1600, probe: probe)
        #expect(desktop.probe.hasPrefix("[800,"))
        #expect(desktop.probe.hasSuffix(",false]"))
    }
}
