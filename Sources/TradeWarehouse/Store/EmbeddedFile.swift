import Foundation

/// A schema file the build plugin embedded in the binary (a view, a reference CSV, the baseline):
/// its name, and its bytes as base64, decoded only when the text is read, since most commands only
/// compare checksums.
public struct EmbeddedFile: Sendable, Equatable {
    /// The file name, e.g. `yoy.sql` or `partners.csv`.
    public let name: String
    private let source: Source

    private enum Source: Sendable, Equatable {
        case text(String)
        case base64(String)
    }

    /// A file from its text (tests build warehouses from files of their own).
    public init(name: String, text: String) {
        self.name = name
        source = .text(text)
    }

    init(name: String, base64: String) {
        self.name = name
        source = .base64(base64)
    }

    /// The file's text.
    public var text: String {
        switch source {
        case .text(let text): text
        // The build plugin wrote it; a failure here is a broken build, not bad input.
        case .base64(let base64): String(decoding: Data(base64Encoded: base64)!, as: UTF8.self)
        }
    }
}
