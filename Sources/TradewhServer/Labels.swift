import TradeWarehouse

/// The web app's words in English and Vietnamese, read from the embedded `labels.tsv` (key, English,
/// Vietnamese), so that no page's wording is in code.
struct Labels: Sendable {
    let language: Language
    private let words: [String: String]

    /// The labels of `language`; a key missing from the file is a broken build, shown as the key itself.
    init(language: Language) {
        self.language = language
        words = Self.table[language] ?? [:]
    }

    subscript(_ key: String) -> String { words[key] ?? key }

    /// A label with one `%d` filled with `number`.
    func filled(_ key: String, _ number: Int) -> String {
        self[key].replacingOccurrences(of: "%d", with: String(number))
    }

    /// The other language, which the switch on every page leads to.
    var other: Language { language == .vi ? .en : .vi }

    private static let table: [Language: [String: String]] = {
        var table: [Language: [String: String]] = [.en: [:], .vi: [:]]
        for line in (WebAssets.text("labels.tsv") ?? "").split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { continue }
            table[.en]?[fields[0]] = fields[1]
            table[.vi]?[fields[0]] = fields[2]
        }
        return table
    }()
}
