import Foundation

/// The values of a request's query string (`a=1&b=x+y`), as a browser's form sends them: `+` is a
/// space and `%XX` a byte of UTF-8. A name may come several times (`partner=US&partner=CN`).
struct FormValues: Sendable {
    private(set) var pairs: [(name: String, value: String)]

    init(query: String?) {
        pairs = (query ?? "").split(separator: "&").compactMap { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = pieces.first.map(Self.decoded), !name.isEmpty else { return nil }
            return (name, pieces.count > 1 ? Self.decoded(pieces[1]) : "")
        }
    }

    /// The first value of `name`, trimmed; nil when missing or empty.
    subscript(_ name: String) -> String? {
        let value = pairs.first { $0.name == name }?.value.trimmingCharacters(in: .whitespacesAndNewlines)
        return value?.isEmpty == false ? value : nil
    }

    /// The value of `name` as written, untrimmed (SQL keeps its own spacing); nil when missing.
    func raw(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Replaces every value of `name` with `value`.
    mutating func set(_ name: String, _ value: String) {
        pairs = pairs.filter { $0.name != name } + [(name, value)]
    }

    /// Every non-empty value of `name`, in order.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map { $0.value.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    private static func decoded(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// `pairs` written back as a query string, each part percent-encoded.
    static func encoded(_ pairs: [(String, String)]) -> String {
        pairs.map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
