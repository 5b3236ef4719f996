import Foundation
import TradeWarehouse

/// A one-line progress bar on standard error for the ingest of a large file: how far through the
/// file, figures read, figures per second. Drawn only on a terminal, at most ten times a second,
/// and wiped when the file is done, so that nothing of it stays in the output.
final class ProgressBar: @unchecked Sendable {
    /// Files smaller than this load too fast to need a bar.
    static let minimumBytes = 8 << 20

    private let label: String
    private let started = Date()
    private let lock = NSLock()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    /// A bar for `source`, or nil when standard error is not a terminal or the file is small.
    static func forSource(_ source: InputSource, quiet: Bool) -> ProgressBar? {
        guard !quiet, isatty(STDERR_FILENO) == 1, (source.size ?? 0) >= minimumBytes else { return nil }
        return ProgressBar(label: Terminal.visible((source.path as NSString).lastPathComponent))
    }

    private init(label: String) {
        self.label = label
    }

    /// Redraws the bar, unless it was drawn less than a tenth of a second ago.
    func update(_ progress: IngestProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        drawn = true
        Terminal.writeError("\r\u{1B}[K" + line(progress, elapsed: now.timeIntervalSince(started)))
    }

    /// Wipes the bar's line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { Terminal.writeError("\r\u{1B}[K") }
    }

    /// `2024.csv [########............]  41%  1,234,567 rows  512,345 rows/s`
    func line(_ progress: IngestProgress, elapsed: TimeInterval) -> String {
        let rate = elapsed > 0 ? Int(Double(progress.rows) / elapsed) : 0
        var text = label
        if let total = progress.totalBytes, total > 0 {
            let fraction = min(1, Double(progress.bytesRead) / Double(total))
            let filled = Int(fraction * 20)
            text += " [" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "] "
                + String(format: "%3d%%", Int(fraction * 100))
        }
        return text + "  \(TableRenderer.grouped(Int64(progress.rows))) rows  \(TableRenderer.grouped(Int64(rate))) rows/s"
    }
}
