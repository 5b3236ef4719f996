import Foundation

/// Reads the meaning of table headers, titles and row names: periods, flows and scales.
enum TableWords {
    /// Words for "from January to the end of the period" without an end of their own.
    static let toDateWords = ["luy ke", "cong don", "tu dau nam", "year to date", "year-to-date", "ytd", "cumulative",
                              "accumulated", "luy ke tu dau nam"]

    /// The first period `text` names, read with `contextYear` when it states none. `toDate` is true
    /// when the text says "cumulative" without naming the span.
    static func period(in text: String, contextYear: Int?) -> (period: Period?, toDate: Bool) {
        let tokens = ArraySlice(Tokenizer.tokens(of: withPeriodDiacritics(PlainText.normalize(text))))
        let scanner = PeriodScanner(tokens)
        for index in tokens.indices {
            guard let mention = scanner.mention(at: index) else { continue }
            if mention.isToDate { return (nil, true) }
            if let period = mention.period(contextYear: contextYear) { return (period, false) }
        }
        return (nil, TableText.containsAny(TableText.folded(text), toDateWords))
    }

    /// Period words typed without diacritics, as the period scanner reads them ("thang 01/2024" →
    /// "tháng 01/2024"); text with any diacritic is left as it is.
    private static func withPeriodDiacritics(_ text: String) -> String {
        guard TableText.folded(text) == NameKey.exact(text) else { return text }
        let words = ["thang": "tháng", "nam": "năm", "ky": "kỳ", "quy": "quý", "dau": "đầu", "tu": "từ", "den": "đến",
                     "het": "hết", "ngay": "ngày", "nua": "nửa", "cuoi": "cuối", "luy": "lũy", "ke": "kế"]
        return text.split(separator: " ", omittingEmptySubsequences: false)
            .map { words[$0.lowercased()] ?? String($0) }.joined(separator: " ")
    }

    /// The flow `folded` text names; nil if none, or if it names both exports and imports apart
    /// from turnover ("xuất khẩu, nhập khẩu").
    static func flow(in folded: String) -> Flow? {
        if TableText.containsAny(folded, TableVocabulary.turnoverWords) { return .turnover }
        if TableText.containsAny(folded, TableVocabulary.balanceWords) { return .balance }
        let exports = TableText.containsAny(folded, TableVocabulary.exportWords)
        let imports = TableText.containsAny(folded, TableVocabulary.importWords)
        switch (exports, imports) {
        case (true, false): return .export
        case (false, true): return .import
        default: return nil
        }
    }

    /// The multiplier to whole US dollars that `folded` text states (`nghìn USD` → 1000), if any.
    static func scale(in folded: String) -> Int64? {
        TableVocabulary.scales.first { TableText.containsAny(folded, $0.words) }?.multiplier
    }

    /// How the dry run names a scale.
    static func scaleName(_ multiplier: Int64) -> String {
        switch multiplier {
        case 1_000: return "thousand USD (×1,000)"
        case 1_000_000: return "million USD (×1,000,000)"
        case 1_000_000_000: return "billion USD (×1,000,000,000)"
        default: return "USD"
        }
    }

    /// Quantity units as stored (`Tấn` → `tonne`); other units are kept as written, lowercased.
    static func quantityUnit(_ text: String) -> String? {
        let folded = TableText.folded(text).trimmingCharacters(in: CharacterSet(charactersIn: "()[] "))
        if folded.isEmpty || TableVocabulary.scales.contains(where: { $0.words.contains(folded) }) { return nil }
        let known: [String: String] = [
            "tan": "tonne", "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "t": "tonne",
            "kg": "kg", "chiec": "piece", "cai": "piece", "piece": "piece", "pieces": "piece", "pcs": "piece",
            "lit": "litre", "litre": "litre", "liter": "litre", "m3": "m3", "bo": "set", "set": "set", "doi": "pair",
            "pair": "pair", "pairs": "pair", "con": "head", "head": "head", "thung": "carton", "met": "metre", "m2": "m2",
        ]
        return known[folded] ?? PlainText.clean(text).lowercased()
    }

    /// A row's name without its running number, bullet or "of which" (`1. Hàng thủy sản` → `Hàng thủy sản`,
    /// `Trong đó: Doanh nghiệp FDI` → `Doanh nghiệp FDI`).
    static func rowName(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return text }
        var name = strippingEnumeration(PlainText.clean(text))
        let folded = TableText.folded(name)
        for prefix in TableVocabulary.ofWhichPrefixes where folded.hasPrefix(prefix) {
            let rest = folded.dropFirst(prefix.count)
            guard rest.first.map({ !$0.isLetter }) ?? true else { continue }
            name = String(name.dropFirst(prefix.count)).trimmingCharacters(in: CharacterSet(charactersIn: " :-–"))
            break
        }
        return strippingEnumeration(name)
    }

    private static func strippingEnumeration(_ text: String) -> String {
        let pattern = #"^(?:[0-9]{1,3}[.)]\s*|(?:[IVX]{1,5}|[a-z])[.)]\s+|[-+•*–]\s*)"#
        guard let range = text.range(of: pattern, options: .regularExpression) else { return text }
        return String(text[range.upperBound...])
    }
}
