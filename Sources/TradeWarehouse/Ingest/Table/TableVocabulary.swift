/// The words of customs tables, Vietnamese and English, folded (lowercase, no diacritics: see
/// `TableText.folded`), so that a header typed without diacritics matches too.
enum TableVocabulary {
    // MARK: Header columns

    /// The column naming each row's commodity group.
    static let commodityHeaders = ["mat hang", "ten hang", "nhom hang", "hang hoa", "ten mat hang",
                                   "commodity", "commodities", "product", "products", "goods", "item"]
    /// The column naming each row's partner country or group.
    static let partnerHeaders = ["ten nuoc", "nuoc", "thi truong", "quoc gia", "doi tac", "vung lanh tho", "khoi nuoc",
                                 "country", "countries", "partner", "partners", "market", "markets", "territory"]
    /// A running number column, ignored.
    static let serialHeaders = ["stt", "tt", "so tt", "no", "no.", "#", "s/n"]
    /// The unit of each row's quantity.
    static let unitHeaders = ["don vi tinh", "dvt", "don vi", "unit", "units"]
    /// A remarks column, ignored.
    static let remarkHeaders = ["ghi chu", "note", "notes", "remarks"]

    // MARK: Measures

    static let valueWords = ["tri gia", "kim ngach", "gia tri", "value", "values", "usd", "us$"]
    static let quantityWords = ["luong", "khoi luong", "so luong", "quantity", "volume", "qty"]
    /// Units that head a quantity column on their own (`Tấn` under a merged `Tháng 01/2024`).
    static let quantityUnitWords = ["tan", "tonne", "tonnes", "tons", "kg", "chiec", "cai", "lit", "litre", "m3", "bo", "doi",
                                    "pieces", "units"]
    /// A percentage against the same period a year earlier (a change unless an index is said).
    static let comparisonWords = ["so voi", "so sanh", "tang/giam", "tang giam", "tang", "giam", "toc do",
                                  "change", "growth", "compared", "y/y", "yoy", "year-on-year", "%"]
    /// Said of a comparison column that gives an index (same period a year earlier = 100), not a change.
    static let indexWords = ["chi so", "index", "= 100", "=100"]
    /// A comparison with the previous month: not stored (month-on-month changes follow from the months).
    static let previousMonthWords = ["thang truoc", "ky truoc", "previous month", "month-on-month", "m/m", "mom"]
    /// A share of the total: not stored (shares follow from the figures).
    static let shareWords = ["ty trong", "share", "co cau"]
    /// A value column for the same period a year earlier.
    static let samePeriodWords = ["cung ky", "same period"]

    // MARK: Flows

    static let turnoverWords = ["xuat nhap khau", "xnk", "tong kim ngach xuat nhap khau", "turnover", "total trade",
                                "two-way trade", "exports and imports", "import-export", "export-import"]
    static let balanceWords = ["can can", "can can thuong mai", "chenh lech", "balance", "trade balance"]
    static let exportWords = ["xuat khau", "xk", "export", "exports"]
    static let importWords = ["nhap khau", "nk", "import", "imports"]

    // MARK: Scale (multipliers to whole US dollars)

    static let scales: [(words: [String], multiplier: Int64)] = [
        (["nghin usd", "ngan usd", "1000 usd", "1.000 usd", "1,000 usd", "000 usd", "thousand usd", "usd thousand",
          "thousands of usd", "us$ thousand", "thousand us$", "usd '000", "'000 usd", "kusd"], 1_000),
        (["trieu usd", "million usd", "usd million", "us$ million", "million us$", "mln usd", "usd mn", "musd"], 1_000_000),
        (["ty usd", "ti usd", "billion usd", "usd billion", "us$ billion", "bn usd", "usd bn"], 1_000_000_000),
        (["usd", "us$", "dollars", "do la my"], 1),
    ]

    // MARK: Title and rows

    /// Title words for the end-of-month estimate (stored with estimated = true).
    static let estimateWords = ["uoc tinh", "uoc", "estimate", "estimated", "estimates"]
    /// Title words for customs' preliminary figures (stored as customs figures, estimated = false).
    static let preliminaryWords = ["so bo", "preliminary", "provisional"]
    /// A title line stating the unit of the table's values ("Đơn vị tính: nghìn USD").
    static let unitLineWords = ["don vi tinh", "dvt", "don vi", "unit"]
    /// Rows of the grand total.
    static let totalWords = ["tong", "tong cong", "tong so", "tong tri gia", "tong kim ngach", "cong", "total", "grand total"]
    /// Rows of foreign-invested enterprises.
    static let fdiWords = ["fdi", "co von dau tu nuoc ngoai", "von dau tu truc tiep nuoc ngoai", "foreign-invested",
                           "foreign invested", "foreign direct investment"]
    /// Rows of domestic enterprises.
    static let domesticWords = ["trong nuoc", "kinh te trong nuoc", "domestic", "vietnamese-owned"]
    /// A prefix meaning "of which", stripped from row names.
    static let ofWhichPrefixes = ["trong do:", "trong do", "of which:", "of which", "including:", "incl."]
    /// Continents and world regions that partner tables subtotal by; they are not partners here.
    static let regions = ["chau a", "chau au", "chau my", "chau phi", "chau dai duong", "chau uc", "bac my", "my latinh",
                          "trung dong", "asia", "europe", "america", "americas", "africa", "oceania", "middle east",
                          "north america", "latin america"]
    /// Rows after the table that are its notes.
    static let noteWords = ["ghi chu", "nguon", "chu thich", "luu y", "note", "notes", "source", "sources"]
}
