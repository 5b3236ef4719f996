/// The words of written summaries, one set per language: data, not code. `SummaryWriter` puts them
/// together; `{p}` stands for a period's name, `{s}` for a subject, `{a}` and `{b}` for figures.
struct SummaryPhrases {
    /// The page title: "Xuất nhập khẩu hàng hóa {p}".
    let title: String
    /// Subjects of the totals paragraph.
    let turnover: String, exportsOpening: String, exports: String, imports: String
    /// True when `turnover` takes a singular verb (English "total trade was").
    let turnoverIsSingular: Bool
    /// "đạt" / "reached"; estimated: "ước đạt" / "were estimated to reach" (plural) or the singular.
    let reached: String, estimatedPlural: String, estimatedSingular: String
    /// Before a figure as published: "hơn", "khoảng", "dưới".
    let over: String, approx: String, under: String
    /// After a year-on-year change the first time in a paragraph: "so với cùng kỳ năm trước".
    let yearOnYear: String
    /// A change on the previous period after a year-on-year change: " và {a} so với tháng trước"
    /// (month), quarter; and with none before it: ", {a} so với tháng trước".
    let monthOnMonth: String, quarterOnQuarter: String, monthOnMonthAlone: String, quarterOnQuarterAlone: String
    /// A share of the flow's total: ", chiếm {a}" / " ({a} of the total)".
    let share: String
    /// A balance: "Cán cân thương mại {p} xuất siêu {a}." (surplus, deficit; estimated forms).
    let surplus: String, deficit: String, estimatedSurplus: String, estimatedDeficit: String
    /// Paragraph leads: the year to date, markets, imports after exports, products.
    let yearToDate: String, markets: String, importsAfterExports: String, products: String
    /// List subjects: "xuất khẩu sang {s}" in full, "sang {s}" continuing a list.
    let exportsTo: String, exportsToShort: String, importsFrom: String, importsFromShort: String
    let product: String, productShort: String
    /// Paragraph openers by period kind: "Tháng 3/2024", "Tính chung 2 tháng năm 2024", "In March 2024".
    let opener: String, spanOpener: String
    /// Headings in Markdown.
    let marketsHeading: String, productsHeading: String, notesHeading: String

    static let vietnamese = SummaryPhrases(
        title: "Xuất nhập khẩu hàng hóa {p}",
        turnover: "tổng kim ngạch xuất nhập khẩu hàng hóa", exportsOpening: "kim ngạch xuất khẩu hàng hóa",
        exports: "xuất khẩu", imports: "nhập khẩu", turnoverIsSingular: true,
        reached: "đạt", estimatedPlural: "ước đạt", estimatedSingular: "ước đạt",
        over: "hơn", approx: "khoảng", under: "dưới",
        yearOnYear: "so với cùng kỳ năm trước",
        monthOnMonth: " và {a} so với tháng trước", quarterOnQuarter: " và {a} so với quý trước",
        monthOnMonthAlone: ", {a} so với tháng trước", quarterOnQuarterAlone: ", {a} so với quý trước",
        share: ", chiếm {a}",
        surplus: "Cán cân thương mại {p} xuất siêu {a}.", deficit: "Cán cân thương mại {p} nhập siêu {a}.",
        estimatedSurplus: "Cán cân thương mại {p} ước xuất siêu {a}.",
        estimatedDeficit: "Cán cân thương mại {p} ước nhập siêu {a}.",
        yearToDate: "Tính chung {p}, ", markets: "Về thị trường, trong {p}, ", importsAfterExports: "Ở chiều nhập khẩu, ",
        products: "Về mặt hàng xuất khẩu, trong {p}, ",
        exportsTo: "xuất khẩu sang {s}", exportsToShort: "sang {s}", importsFrom: "nhập khẩu từ {s}",
        importsFromShort: "từ {s}", product: "{s}", productShort: "{s}",
        opener: "{P}, ", spanOpener: "Tính chung {p}, ",
        marketsHeading: "Thị trường", productsHeading: "Mặt hàng", notesHeading: "Lưu ý về số liệu")

    static let english = SummaryPhrases(
        title: "Vietnam's merchandise trade in {p}",
        turnover: "total trade", exportsOpening: "Vietnam's merchandise exports", exports: "exports", imports: "imports",
        turnoverIsSingular: true,
        reached: "reached", estimatedPlural: "were estimated to reach", estimatedSingular: "was estimated to reach",
        over: "more than", approx: "about", under: "less than",
        yearOnYear: "year on year",
        monthOnMonth: " and {a} from the previous month", quarterOnQuarter: " and {a} from the previous quarter",
        monthOnMonthAlone: ", {a} from the previous month", quarterOnQuarterAlone: ", {a} from the previous quarter",
        share: " ({a} of the total)",
        surplus: "In {p}, the country posted a trade surplus of {a}.",
        deficit: "In {p}, the country posted a trade deficit of {a}.",
        estimatedSurplus: "In {p}, the country posted an estimated trade surplus of {a}.",
        estimatedDeficit: "In {p}, the country posted an estimated trade deficit of {a}.",
        yearToDate: "In {p}, ", markets: "By market, in {p}, ", importsAfterExports: "On the import side, ",
        products: "Among export products in {p}, ",
        exportsTo: "exports to {s}", exportsToShort: "exports to {s}", importsFrom: "imports from {s}",
        importsFromShort: "imports from {s}", product: "exports of {s}", productShort: "exports of {s}",
        opener: "In {p}, ", spanOpener: "In {p}, ",
        marketsHeading: "Markets", productsHeading: "Products", notesHeading: "Notes on the figures")

    static func of(_ language: Language) -> SummaryPhrases { language == .vi ? vietnamese : english }
}
