/// Partner and commodity names as a summary writes them mid-sentence: in its language (English
/// where no Vietnamese name is known), English partners with their article, commodities with a
/// lower-case first letter, and escaped for Markdown when the summary is Markdown.
struct SummaryNames {
    let language: Language
    let markdown: Bool

    /// "Hoa Kỳ", "the United States".
    func partner(_ name: (vi: String?, en: String)) -> String {
        escaped(language == .vi ? (name.vi ?? name.en) : EnglishArticles.withArticle(name.en))
    }

    /// "điện thoại các loại và linh kiện", "phones and parts".
    func commodity(_ name: (vi: String?, en: String)) -> String {
        let text = language == .vi ? (name.vi ?? name.en) : name.en
        return escaped(text.prefix(1).lowercased() + text.dropFirst())
    }

    private func escaped(_ name: String) -> String { markdown ? TableRenderer.markdownEscaped(name) : name }
}
