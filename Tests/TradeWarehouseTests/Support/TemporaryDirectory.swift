import Foundation

/// A fresh, uniquely named folder under the system temporary directory, removed when the value
/// is released (or earlier, by `remove()`).
///
///     let dir = try TemporaryDirectory()
///     let store = try TradeStore.open(path: dir.path("trade.sqlite"))
///
/// Keep `dir` alive for as long as the files are used: the folder goes away in `deinit`.
final class TemporaryDirectory: Sendable {
    /// The folder.
    let url: URL

    /// Creates the folder; `prefix` shows up in its name, to tell test leftovers apart.
    init(prefix: String = "tradewh-tests") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        remove()
    }

    /// The folder's own path.
    var path: String { url.path }

    /// The path of `name` inside the folder (the file need not exist).
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// True when `name` exists inside the folder.
    func contains(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: path(name))
    }

    /// Writes `text` as UTF-8 to `name` inside the folder and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let target = path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Deletes the folder and everything in it now; safe to call more than once.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
