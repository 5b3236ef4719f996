import Foundation
import Testing

/// The browser harness itself: it must see overflow, console output and exceptions, or the page
/// tests built on it could not fail.
@Suite(.enabled(if: HeadlessBrowser.executable != nil, "no Chromium installed: browser checks skipped"))
struct HeadlessBrowserTests {
    @Test func aPageThatFitsHasNoOverflowAndNoMessages() throws {
        let scratch = try Scratch()
        let page = try scratch.write("fits.html", """
            <!doctype html><html><head><meta name="viewport" content="width=device-width"></head>
            <body><p class="lead">Xuất khẩu tháng 1</p></body></html>
            """)
        let browser = try HeadlessBrowser()
        let seen = try browser.open("file://" + page, width: 390, probe: "document.querySelector('p').textContent")
        #expect(seen.horizontalOverflow == 0)
        #expect(seen.overflowingElements.isEmpty)
        #expect(seen.consoleMessages.isEmpty)
        #expect(seen.probe == "\"Xuất khẩu tháng 1\"")
        #expect(seen.screenshot.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func aWideTableAndAScriptErrorAreSeen() throws {
        let scratch = try Scratch()
        let page = try scratch.write("wide.html", """
            <!doctype html><html><head><meta name="viewport" content="width=device-width"></head>
            <body style="margin:0"><table class="wide" style="width:600px"><tr><td>x</td></tr></table>
            <script>console.warn("late figure"); missingFunction();</script></body></html>
            """)
        let browser = try HeadlessBrowser()
        let seen = try browser.open("file://" + page, width: 390)
        #expect(seen.horizontalOverflow == 210)
        #expect(seen.overflowingElements.first == "table.wide")
        #expect(seen.consoleMessages.count == 2)
        #expect(seen.consoleMessages.first == "console.warning: late figure")
        #expect(seen.consoleMessages.last?.hasPrefix("exception: ReferenceError: missingFunction is not defined") == true)
    }
}
