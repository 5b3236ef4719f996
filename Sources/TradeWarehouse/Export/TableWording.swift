import Foundation

/// How a query's table reads for a person rather than a program, in Vietnamese or English: headers
/// in words, partner and commodity codes as their names, flows and other codes in words, periods as
/// bulletins name them ("tháng 2/2026"), amounts as bulletins write them ("34,53 tỷ USD"), changes
/// with their sign. The report (`ReportTable`) and `tradewh serve`'s pages read tables this way;
/// CSV, JSON, XLSX and the API keep the codes and whole dollars.
///
///     let wording = try TableWording.load(db, language: .vi)
///     wording.header("value_usd")                               // "Trị giá"
///     wording.text(.integer(34_530_000_000), column: "value_usd") // "34,53 tỷ USD"
public struct TableWording: Sendable {
    public let language: Language
    private let partners: [String: ReferenceName]
    private let commodities: [String: ReferenceName]

    /// A partner's or commodity's names: Vietnamese (where known) and English.
    public typealias ReferenceName = (vi: String?, en: String)

    /// Columns holding a partner code, and a commodity code.
    static let partnerColumns: Set<String> = ["partner", "of", "member", "group"]
    static let commodityColumns: Set<String> = ["commodity"]
    /// Columns holding a code that `TablePhrases.values` puts in words.
    static let codeColumns: Set<String> = ["flow", "sector", "basis", "source", "status", "check_name", "kind", "flows",
                                           "qualifier", "estimate", "standing"]
    /// Columns holding a period code, and numbers that are identifiers (never grouped).
    static let periodColumns: Set<String> = ["period", "previous_period"]
    static let identifierColumns: Set<String> = ["id", "release_id", "replaced_by", "line", "rank"]

    /// `partners` and `commodities`: names by code (a code without a name is shown as the code).
    public init(language: Language, partners: [String: ReferenceName] = [:], commodities: [String: ReferenceName] = [:]) {
        self.language = language
        self.partners = partners
        self.commodities = commodities
    }

    /// The wording of `language` with every partner's and commodity's names in `db`.
    public static func load(_ db: Database, language: Language) throws -> TableWording {
        TableWording(language: language, partners: try names(db, commodities: false), commodities: try names(db, commodities: true))
    }

    /// The names of every partner (or commodity) by code.
    public static func names(_ db: Database, commodities: Bool) throws -> [String: ReferenceName] {
        let table = commodities ? try Listings.commodities(db, matching: nil) : try Listings.partners(db, matching: nil)
        guard let code = table.columns.firstIndex(of: "code"), let vi = table.columns.firstIndex(of: "name_vi"),
              let en = table.columns.firstIndex(of: "name_en") else { return [:] }
        var names: [String: ReferenceName] = [:]
        for row in table.rows {
            guard let key = row[code].text, let english = row[en].text else { continue }
            names[key] = (row[vi].text, english)
        }
        return names
    }

    /// A name in this language (English where no Vietnamese name is known).
    public func name(_ names: ReferenceName) -> String {
        language == .vi ? (names.vi ?? names.en) : names.en
    }

    /// The header of `column`; a column it has no words for (the user's own SQL) as named.
    public func header(_ column: String) -> String {
        TablePhrases.of(language).headers[column] ?? column
    }

    /// A cell of `column` in words; NULL is empty.
    public func text(_ cell: CellValue, column: String) -> String {
        switch cell {
        case .null: return ""
        case .text(let text): return words(text, column: column)
        case .integer(let value):
            if column.hasSuffix("_usd") { return money(value) }
            if Self.identifierColumns.contains(column) { return String(value) }
            return NumberText.format(Decimal(value), language: language, fractionDigits: 0)
        case .real(let value):
            let text = decimal(value)
            return column == "delta_pct" && value > 0 ? "+" + text : text
        case .bool(let flag): return String(flag)
        }
    }

    /// "34,53 tỷ USD" / "US$34.53 billion" from a million up; below, the whole dollars ("5.000 USD").
    public func money(_ value: Int64) -> String {
        guard abs(value) < 1_000_000 else { return BulletinWording(language: language).money(value) }
        let number = NumberText.format(Decimal(value), language: language, fractionDigits: 0)
        return language == .vi ? number + " USD" : (value < 0 ? "-US$" + number.dropFirst() : "US$" + number)
    }

    /// "+46,3" / "+46.3": a change in percent, one decimal, as the report's tables write it.
    public func change(_ percent: Double) -> String {
        (percent > 0 ? "+" : "") + NumberText.format(Decimal(percent), language: language, fractionDigits: 1)
    }

    /// A decimal number with the digits it has, up to two (`30.11` → "30,11"; `5.7` → "5,7").
    private func decimal(_ value: Double) -> String {
        let digits = min(2, value.description.split(separator: ".").dropFirst().first.map { $0 == "0" ? 0 : $0.count } ?? 0)
        return NumberText.format(Decimal(value), language: language, fractionDigits: digits)
    }

    private func words(_ text: String, column: String) -> String {
        if Self.partnerColumns.contains(column) { return partners[text].map(name) ?? text }
        if Self.commodityColumns.contains(column) { return commodities[text].map(name) ?? text }
        if Self.codeColumns.contains(column) { return TablePhrases.of(language).values[text] ?? text }
        if Self.periodColumns.contains(column), let period = try? Period.parse(text) {
            return BulletinWording(language: language).period(period)
        }
        return text
    }
}
