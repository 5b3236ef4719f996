/// The titles of tradewh's charts, in Vietnamese or English: `export chart` and the report's page
/// title their charts with the same words.
///
///     ChartTitle.ranking(byCommodity: false, flow: .export, period: try Period.parse("2024-01"), language: .en)
///     // "Largest export markets in January 2024"
public enum ChartTitle {
    /// A partner's monthly trade: `Monthly trade — United States`, `Xuất nhập khẩu hàng tháng — Hoa Kỳ`.
    public static func trend(partner: ReferenceEntry, language: Language) -> String {
        language == .vi ? "Xuất nhập khẩu hàng tháng — \(partner.nameVietnamese ?? partner.nameEnglish)"
            : "Monthly trade — \(partner.nameEnglish)"
    }

    /// A period's largest partners (markets) or commodities (products) of a flow (imports, or else
    /// exports): `Largest export markets in January 2024`, `Các thị trường xuất khẩu lớn nhất, tháng 1/2024`.
    public static func ranking(byCommodity: Bool, flow: Flow, period: Period, language: Language) -> String {
        let vietnamese = language == .vi
        let what = byCommodity ? (vietnamese ? "mặt hàng" : "products") : (vietnamese ? "thị trường" : "markets")
        let flowWord = flow == .import ? (vietnamese ? "nhập khẩu" : "import") : (vietnamese ? "xuất khẩu" : "export")
        return vietnamese ? "Các \(what) \(flowWord) lớn nhất, \(BulletinPeriod.vietnamese(period))"
            : "Largest \(flowWord) \(what) in \(BulletinPeriod.english(period))"
    }
}
