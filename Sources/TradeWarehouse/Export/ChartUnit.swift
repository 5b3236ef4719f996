import Foundation

/// The one unit a chart's axis and labels share, chosen from its largest value: billions when it
/// rounds to a thousand millions or more (so that no label reads "1.000 triệu"), else millions.
struct ChartUnit {
    let divisor: Int64
    let language: Language

    init(largest: Int64, language: Language) {
        self.divisor = abs(largest) >= 999_995_000 ? 1_000_000_000 : 1_000_000
        self.language = language
    }

    /// "Tỷ USD", "US$ billion", "Triệu USD", "US$ million".
    var label: String {
        let billions = divisor == 1_000_000_000
        return ChartPhrases.of(language).units[billions ? 0 : 1]
    }

    /// A value in the unit, two decimals at most, trailing zeros dropped, the sign kept: "9,6", "-1,48".
    func number(_ value: Int64, fractionDigits: Int = 2) -> String {
        var input = Decimal(value) / Decimal(divisor), rounded = Decimal()
        NSDecimalRound(&rounded, &input, fractionDigits, .plain)
        let text = NumberText.format(rounded, language: language, fractionDigits: fractionDigits)
        let mark: Character = language == .vi ? "," : "."
        guard text.contains(mark) else { return text }
        var result = text
        while result.last == "0" { result.removeLast() }
        if result.last == mark { result.removeLast() }
        return result
    }
}
