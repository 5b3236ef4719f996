import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A headless Chromium driven over the DevTools protocol, for tests that look at a page as a reader
/// would: its layout at a given width, what it logged, and a screenshot.
///
/// The protocol runs over a pipe (`--remote-debugging-pipe`: the browser reads commands on file
/// descriptor 3 and answers on 4, each message JSON ending in a NUL byte), so no port and no WebSocket
/// client are needed. Tests that use it are enabled only where a browser is installed
/// (`HeadlessBrowser.executable`); `.ci/run` installs Debian's `chromium`.
///
///     let browser = try HeadlessBrowser()
///     let page = try browser.open("file:///tmp/report.html", width: 390)
///     #expect(page.horizontalOverflow == 0)
final class HeadlessBrowser {
    /// What a page looked like once loaded.
    struct Page {
        /// How far the page is wider than the window, in CSS pixels (0 when it fits).
        let horizontalOverflow: Int
        /// Up to five elements sticking out of the window on the right, as `tag.class` (for messages).
        let overflowingElements: [String]
        /// Everything the page wrote to the console and every uncaught exception, in order.
        let consoleMessages: [String]
        /// The window as a PNG.
        let screenshot: Data
        /// The answer of `probe`, a JavaScript expression evaluated after load, as JSON text.
        let probe: String
    }

    /// The first Chromium on `PATH`, if any.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    /// Where screenshots are kept after the tests: `.build/test-artifacts/` in the package.
    static let artifacts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/test-artifacts")

    /// Keeps `page`'s screenshot as `name`.png among the test artifacts and returns its path.
    @discardableResult
    static func keep(_ page: Page, as name: String) throws -> String {
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
        let file = artifacts.appendingPathComponent(name + ".png")
        try page.screenshot.write(to: file)
        return file.path
    }

    private let pid: pid_t
    private let commands: Int32
    private let answers: Int32
    private let profile: String
    private var buffer = [UInt8]()
    private var nextID = 0
    private var events = [[String: Any]]()

    /// Starts the browser with a fresh profile.
    init() throws {
        guard let executable = Self.executable else { throw BrowserError("no Chromium on PATH") }
        profile = NSTemporaryDirectory() + "tradewh-browser-\(UUID().uuidString)"
        var toBrowser: [Int32] = [0, 0], fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw BrowserError("pipe failed") }
        let arguments = [executable, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                         "--no-first-run", "--remote-debugging-pipe", "--user-data-dir=\(profile)", "about:blank"]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toBrowser[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser[1], 4)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var child: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&child, executable, &actions, nil, argv, environ) == 0 else {
            throw BrowserError("could not start \(executable)")
        }
        close(toBrowser[0])
        close(fromBrowser[1])
        pid = child
        commands = toBrowser[1]
        answers = fromBrowser[0]
    }

    deinit {
        close(commands)
        close(answers)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// Opens `url` in a new tab `width` × `height` CSS pixels wide, waits for it to load, and
    /// measures it; `probe` is a JavaScript expression whose value the page reports as JSON.
    func open(_ url: String, width: Int, height: Int = 900, probe: String = "null") throws -> Page {
        let target = try send("Target.createTarget", ["url": "about:blank"])["targetId"] as? String ?? ""
        let attached = try send("Target.attachToTarget", ["targetId": target, "flatten": true])
        let session = attached["sessionId"] as? String ?? ""
        defer { _ = try? send("Target.closeTarget", ["targetId": target]) }
        try send("Emulation.setDeviceMetricsOverride",
                 ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600], session: session)
        for domain in ["Runtime.enable", "Page.enable"] { try send(domain, [:], session: session) }
        events.removeAll()
        try send("Page.navigate", ["url": url], session: session)
        try waitForEvent("Page.loadEventFired", session: session)
        let layout = try evaluate(Self.layoutScript(width: width), session: session)
        let probed = try evaluate("JSON.stringify(\(probe))", session: session)
        let shot = try send("Page.captureScreenshot", ["format": "png"], session: session)
        let data = Data(base64Encoded: shot["data"] as? String ?? "") ?? Data()
        let measured = (try? JSONSerialization.jsonObject(with: Data(layout.utf8))) as? [String: Any] ?? [:]
        return Page(horizontalOverflow: measured["overflow"] as? Int ?? -1,
                    overflowingElements: measured["offenders"] as? [String] ?? [],
                    consoleMessages: consoleMessages(session: session), screenshot: data, probe: probed)
    }

    /// How far the document is wider than the window, and which elements stick out of it (an
    /// element inside a box that fits the window and scrolls sideways, such as a wide chart on a
    /// phone, does not: the page itself stays still).
    private static func layoutScript(width: Int) -> String {
        """
        (() => {
          const insideScrollingBox = e => {
            for (let box = e.parentElement; box; box = box.parentElement) {
              const scrolls = ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
              if (scrolls && box.getBoundingClientRect().right <= \(width) + 1) return true;
            }
            return false;
          };
          return JSON.stringify({overflow: Math.max(0, document.documentElement.scrollWidth - \(width)),
            offenders: Array.from(document.querySelectorAll('body *'))
              .filter(e => e.getBoundingClientRect().right > \(width) + 1 && !insideScrollingBox(e))
              .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))});
        })()
        """
    }

    private func evaluate(_ expression: String, session: String) throws -> String {
        let answer = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true], session: session)
        return ((answer["result"] as? [String: Any])?["value"] as? String) ?? "null"
    }

    private func consoleMessages(session: String) -> [String] {
        events.filter { $0["sessionId"] as? String == session }.compactMap { event in
            let params = event["params"] as? [String: Any] ?? [:]
            switch event["method"] as? String {
            case "Runtime.consoleAPICalled":
                let arguments = params["args"] as? [[String: Any]] ?? []
                return "console.\(params["type"] ?? ""): " + arguments.map { "\($0["value"] ?? $0["description"] ?? "")" }
                    .joined(separator: " ")
            case "Runtime.exceptionThrown":
                let details = params["exceptionDetails"] as? [String: Any] ?? [:]
                let exception = details["exception"] as? [String: Any] ?? [:]
                return "exception: \(exception["description"] ?? details["text"] ?? "")"
            default:
                return nil
            }
        }
    }

    @discardableResult
    private func send(_ method: String, _ params: [String: Any], session: String? = nil) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": params]
        if let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        guard bytes.withUnsafeBytes({ write(commands, $0.baseAddress, $0.count) }) == bytes.count else {
            throw BrowserError("could not write \(method)")
        }
        while true {
            let reply = try readMessage()
            if reply["id"] as? Int == nextID {
                if let error = reply["error"] { throw BrowserError("\(method): \(error)") }
                return reply["result"] as? [String: Any] ?? [:]
            }
            events.append(reply)
        }
    }

    private func waitForEvent(_ method: String, session: String) throws {
        if events.contains(where: { $0["method"] as? String == method }) { return }
        while true {
            let message = try readMessage()
            events.append(message)
            if message["method"] as? String == method, message["sessionId"] as? String == session { return }
        }
    }

    /// The next message, waiting at most 30 seconds for it.
    private func readMessage() throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let message = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                return (try JSONSerialization.jsonObject(with: Data(message))) as? [String: Any] ?? [:]
            }
            var poller = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 30_000) > 0 else { throw BrowserError("the browser did not answer in 30 s") }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = read(answers, &chunk, chunk.count)
            guard count > 0 else { throw BrowserError("the browser closed its pipe") }
            buffer.append(contentsOf: chunk[..<count])
        }
    }
}

/// Why the browser could not be driven.
struct BrowserError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
