/// The words that say what a figure is of: exports, imports, turnover or a balance, in both languages.
extension ExtractionVocabulary {
    /// What a figure is of. Longer phrases win ("xuất nhập khẩu" is turnover, not imports).
    static let flows: [(String, FlowWord)] = [
        ("xuất khẩu", .export), ("xuất khẩu hàng hóa", .export), ("kim ngạch xuất khẩu", .export), ("XK", .export),
        ("xuất sang", .export), ("bán sang", .export), ("bán", .export), ("khách mua hàng", .export), ("khách hàng", .export), ("người mua", .export), ("buyer", .export),
        ("biggest buyer", .export), ("largest buyer", .export), ("exporters", .export), ("shipped", .export),
        ("bought", .import), ("purchased", .import), ("mua", .import),
        ("seller", .import), ("largest seller", .import), ("supplier", .import), ("largest supplier", .import),
        ("source of imports", .import), ("importers", .export), ("nhà cung cấp", .import), ("nguồn nhập khẩu", .import),
        ("thị trường cung cấp", .import), ("nguồn cung", .import),
        ("nhập khẩu", .import), ("kim ngạch nhập khẩu", .import), ("NK", .import), ("nhập từ", .import),
        ("mua từ", .import), ("mua hàng từ", .import),
        ("xuất nhập khẩu", .turnover), ("xuất, nhập khẩu", .turnover), ("tổng kim ngạch xuất nhập khẩu", .turnover), ("xuất - nhập khẩu", .turnover),
        ("xuất-nhập khẩu", .turnover), ("XNK", .turnover), ("thương mại hai chiều", .turnover),
        ("kim ngạch thương mại", .turnover), ("tổng kim ngạch thương mại", .turnover),
        ("kim ngạch song phương", .turnover), ("thương mại song phương", .turnover),
        ("xuất siêu", .surplus), ("thặng dư", .surplus), ("thặng dư thương mại", .surplus), ("seo xuất siêu", .surplus),
        ("nhập siêu", .deficit), ("thâm hụt", .deficit), ("thâm hụt thương mại", .deficit),
        ("cán cân thương mại", .balance),
        ("exports", .export), ("export", .export), ("exported", .export), ("exporting", .export),
        ("earned", .export), ("earner", .export), ("earners", .export), ("earnings", .export),
        ("outbound shipments", .export), ("shipments", .export), ("export turnover", .export),
        ("export revenue", .export), ("export earnings", .export), ("overseas sales", .export),
        ("imports", .import), ("import", .import), ("imported", .import), ("importing", .import),
        ("import bill", .import), ("inbound shipments", .import), ("purchases from", .import),
        ("total trade", .turnover), ("two-way trade", .turnover), ("trade turnover", .turnover),
        ("import-export turnover", .turnover), ("export-import turnover", .turnover), ("bilateral trade", .turnover),
        ("total import and export", .turnover), ("total export and import", .turnover), ("trade value", .turnover),
        ("imports and exports", .turnover), ("exports and imports", .turnover), ("foreign trade", .turnover),
        ("import and export", .turnover), ("export and import", .turnover), ("import-export", .turnover),
        ("export-import", .turnover), ("import and export turnover", .turnover), ("import-export value", .turnover),
        ("turnover", .turnover), ("trade revenue", .turnover), ("total trade value", .turnover),
        ("tổng kim ngạch", .turnover), ("tổng kim ngạch thương mại", .turnover),
        ("import revenue", .import), ("import value", .import), ("export value", .export), ("export revenues", .export),
        ("import turnover", .import), ("imports turnover", .import),
        // A country that is "the largest importer" in news of Vietnam's trade buys Vietnam's goods.
        ("importer", .export), ("largest importer", .export), ("biggest importer", .export), ("importers of", .export),
        ("export market", .export), ("export markets", .export), ("import market", .import), ("import markets", .import),
        ("thị trường xuất khẩu", .export), ("thị trường nhập khẩu", .import), ("nhập hàng", .import), ("nhập về", .import),
        ("sold", .export), ("sells", .export), ("trade with", .turnover), ("overall trade", .turnover), ("chi ra", .import), ("supplied", .import), ("supplies", .import), ("thu về", .export), ("mang về", .export), ("brought in", .export), ("bring in", .export),
        ("brings in", .export), ("spent", .import), ("spend", .import), ("spends", .import),
        ("trade surplus", .surplus), ("surplus", .surplus), ("trade deficit", .deficit), ("deficit", .deficit), ("deficits", .deficit), ("surpluses", .surplus),
        ("shortfall", .deficit), ("trade gap", .deficit),
        ("trade balance", .balance),
    ]

    /// "turnover" or "tổng kim ngạch" with no export or import word: the value of the flow named before it.
    static let genericTurnover = ["turnover", "tổng kim ngạch", "trade value", "value"]

    /// "thị trường nhập khẩu", "import market": a market that imports; "of Vietnam" after it makes it a buyer
    /// of Vietnam's goods (exports), "of this group" or nothing a source of Vietnam's imports.
    static let importingMarkets = ["thị trường nhập khẩu", "import market", "import markets"]

    /// Words that, after an importing market, lead to Vietnam as the owner of the goods: "của Việt Nam",
    /// "hàng hóa Việt Nam".
    static let marketOwnerWords: Set<String> = ["của", "hóa", "hoá"]

    /// Import words said from Vietnam's side, whose partner sells to Vietnam: neither a partner as their subject
    /// nor "of Vietnam" after them makes them exports ("Thailand supplied ...", "the largest supplier of Vietnam").
    static let sellerWords = [
        "supplied", "supplies", "supplier", "largest supplier", "seller", "largest seller", "source of imports",
        "nhà cung cấp", "thị trường cung cấp", "nguồn cung", "nguồn nhập khẩu",
    ]

    /// Verbs of selling: with a partner as their subject they are Vietnam's imports ("China sold goods worth ...").
    static let sellingVerbs = ["sold", "sells", "bán"]
}
