import Foundation
import TradeWarehouse

/// Addresses inside the app, each keeping the page's language (`lang=`), and the addresses of the
/// current page in the other language and as a download.
struct Links: Sendable {
    let language: Language
    /// The current page's path and form values.
    let path: String
    let form: FormValues

    /// `path` with `pairs` and the language as its query string.
    func href(_ path: String, _ pairs: [(String, String)] = []) -> String {
        path + "?" + FormValues.encoded(pairs.filter { !$0.1.isEmpty } + [("lang", language.rawValue)])
    }

    /// A path segment holding `code` (a partner or commodity code, a release id), percent-encoded.
    static func segment(_ code: String) -> String {
        code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? code
    }

    /// The current page in `other`.
    func switched(to other: Language) -> String {
        path + "?" + FormValues.encoded(form.pairs.filter { $0.name != "lang" }.map { ($0.name, $0.value) } + [("lang", other.rawValue)])
    }

    /// Table `index` of the current page in `format`.
    func download(table index: Int, format: String) -> String {
        let kept = form.pairs.filter { !["format", "table"].contains($0.name) }.map { ($0.name, $0.value) }
        return path + "?" + FormValues.encoded(kept + [("format", format), ("table", String(index))])
    }
}
