/// The words on charts, one set per language: data, not code.
struct ChartPhrases {
    /// Legend: exports, imports, surplus, deficit.
    let exports: String, imports: String, surplus: String, deficit: String
    /// Units: billions, millions.
    let units: [String]
    /// A month on the time axis: "T{m}/{y}" or the English month's short name and the year.
    let monthNames: [String]?
    /// Notes: "{s}: no figures for {a}", "No figures for {a}" (either flow), a range of months
    /// "{a}–{b}", the separator of a list.
    let missing: String, missingAll: String, range: String, separator: String

    static let vietnamese = ChartPhrases(
        exports: "Xuất khẩu", imports: "Nhập khẩu", surplus: "Xuất siêu", deficit: "Nhập siêu",
        units: ["Tỷ USD", "Triệu USD"], monthNames: nil,
        missing: "{s}: không có số liệu {a}.", missingAll: "Không có số liệu {a}.", range: "{a}–{b}", separator: ", ")

    static let english = ChartPhrases(
        exports: "Exports", imports: "Imports", surplus: "Surplus", deficit: "Deficit",
        units: ["US$ billion", "US$ million"],
        monthNames: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        missing: "{s}: no figures for {a}.", missingAll: "No figures for {a}.", range: "{a}–{b}", separator: ", ")

    static func of(_ language: Language) -> ChartPhrases { language == .vi ? vietnamese : english }

    /// "T1/2024", "Jan 2024" for a month counted from year 0 (`year * 12 + month - 1`).
    func month(_ index: Int) -> String {
        let year = index / 12, month = index % 12 + 1
        if let monthNames { return "\(monthNames[month - 1]) \(year)" }
        return "T\(month)/\(year)"
    }
}
