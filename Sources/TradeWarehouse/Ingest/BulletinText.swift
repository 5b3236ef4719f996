import Foundation

/// Reads a bulletin's text from a file or standard input.
public enum BulletinText {
    /// The largest bulletin read: press reports run to a few kilobytes, and a file a thousand times
    /// that is not one (it would take minutes to scan).
    public static let maxBytes = 1 << 20

    public static func read(_ path: String) throws -> String {
        let source = path == "-" ? InputSource.standardInput() : InputSource(path: path)
        if let size = source.size, size > maxBytes { throw tooLarge(path, size: size) }
        return try decode(source.allBytes(), path: path)
    }

    /// The text of a bulletin's bytes (UTF-8, UTF-16 already transcoded by `InputSource`): refused when
    /// over `maxBytes` or not UTF-8.
    static func decode(_ data: Data, path: String) throws -> String {
        if data.count > maxBytes { throw tooLarge(path, size: data.count) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw IngestError.malformed(file: path, message: "the text is not valid UTF-8")
        }
        return text
    }

    private static func tooLarge(_ path: String, size: Int) -> IngestError {
        .malformed(file: path, message: "\(size) bytes is too large for a bulletin (at most \(maxBytes)); "
            + "a press report is a few kilobytes of prose")
    }
}
