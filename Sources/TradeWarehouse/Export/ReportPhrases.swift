/// The words of the HTML report, one set per language: data, not code.
struct ReportPhrases {
    /// Table captions: by partner, by commodity, the balance; `{p}` is the period.
    let byPartner: String, byCommodity: String, balance: String
    /// Column headers: name of a partner, of a commodity, flow, value, a year earlier, change,
    /// exports, imports, balance.
    let partner: String, commodity: String, flow: String, value: String, prior: String, change: String
    let exports: String, imports: String, balanceColumn: String
    /// The heading of the notes section at the end.
    let notes: String

    static let vietnamese = ReportPhrases(
        byPartner: "Theo thị trường, {p}", byCommodity: "Theo mặt hàng, {p}", balance: "Cán cân thương mại, {p}",
        partner: "Thị trường", commodity: "Mặt hàng", flow: "Chiều", value: "Trị giá (triệu USD)",
        prior: "Cùng kỳ năm trước (triệu USD)", change: "So với cùng kỳ (%)",
        exports: "Xuất khẩu (triệu USD)", imports: "Nhập khẩu (triệu USD)", balanceColumn: "Cán cân (triệu USD)",
        notes: "Lưu ý về số liệu")

    static let english = ReportPhrases(
        byPartner: "By partner, {p}", byCommodity: "By commodity, {p}", balance: "Trade balance, {p}",
        partner: "Partner", commodity: "Commodity", flow: "Flow", value: "Value (US$ million)",
        prior: "A year earlier (US$ million)", change: "Change on a year earlier (%)",
        exports: "Exports (US$ million)", imports: "Imports (US$ million)", balanceColumn: "Balance (US$ million)",
        notes: "Notes on the figures")

    static func of(_ language: Language) -> ReportPhrases { language == .vi ? vietnamese : english }
}
