/// How a table writes decimals and thousands: `1,234.5` or, as Vietnamese tables do, `1.234,5`.
enum NumberStyle: String, Sendable {
    /// `1,234,567.5`: commas group thousands, a dot starts the decimals.
    case dotDecimal
    /// `1.234.567,5`: dots group thousands, a comma starts the decimals.
    case commaDecimal

    /// How the dry run names it.
    var example: String { self == .dotDecimal ? "1,234.5" : "1.234,5" }

    /// How `language` writes numbers: Vietnamese `1.234,5`, English `1,234.5`.
    init(_ language: Language) {
        self = language == .vi ? .commaDecimal : .dotDecimal
    }
}
