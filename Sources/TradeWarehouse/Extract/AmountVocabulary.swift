/// The words around an amount: its scale, currency, qualifier, change and unit, in both languages.
extension ExtractionVocabulary {
    /// Multipliers after a number: "34,5 tỉ", "$688 million".
    static let scales: [(String, Int64)] = [
        ("tỉ", 1_000_000_000), ("tỷ", 1_000_000_000), ("triệu", 1_000_000), ("nghìn", 1_000), ("ngàn", 1_000),
        ("billion", 1_000_000_000), ("bn", 1_000_000_000), ("bln", 1_000_000_000), ("b", 1_000_000_000),
        ("million", 1_000_000), ("mn", 1_000_000), ("mln", 1_000_000), ("m", 1_000_000),
        ("trillion", 1_000_000_000_000), ("thousand", 1_000),
    ]

    /// US dollars written after the number: "34,5 tỉ USD", "10 tỉ đô la".
    static let dollarsAfter = [
        "USD", "đô la", "đô la Mỹ", "đôla", "đô", "US dollars", "U.S. dollars", "dollars", "US$", "Mỹ kim",
    ]

    /// US dollars written before the number: "US$34.5 billion", "$688 million", "USD 1.39 bn".
    static let dollarsBefore = ["US$", "U.S.$", "$", "USD", "US $", "US dollars", "US dollar"]

    /// Qualifiers written just before a figure.
    static let qualifiers: [(String, Qualifier)] = [
        ("hơn", .over), ("trên", .over), ("vượt", .over), ("hơn mức", .over), ("more than", .over), ("over", .over),
        ("above", .over), ("in excess of", .over), ("upwards of", .over), ("just over", .over), ("nearly over", .over),
        ("gần", .approx), ("xấp xỉ", .approx), ("khoảng", .approx), ("chừng", .approx), ("ước chừng", .approx),
        ("nearly", .approx), ("almost", .approx), ("about", .approx), ("around", .approx), ("roughly", .approx),
        ("approximately", .approx), ("some", .approx), ("close to", .approx), ("nearly reaching", .approx),
        ("dưới", .under), ("chưa tới", .under), ("chưa đến", .under), ("less than", .under), ("under", .under),
        ("below", .under), ("just under", .under), ("fewer than", .under),
        ("surpass", .over), ("surpassed", .over), ("surpassing", .over), ("exceed", .over), ("exceeded", .over),
        ("exceeding", .over), ("exceeds", .over),
    ]

    /// Words for "rose" / "fell", before a percentage or an amount.
    static let increases = [
        "tăng", "tăng trưởng", "tăng thêm", "tăng đến", "tăng tới", "tăng mạnh", "tăng nhẹ", "tăng vọt", "tăng hơn",
        "up", "rose", "rise", "rises", "rising", "risen", "increase", "increased", "increases", "increasing",
        "grew", "grow", "grows", "growth", "gain", "gained", "gains", "jumped", "jump", "jumps", "surged", "surge",
        "climbed", "climb", "higher", "expanded", "soared", "advanced", "went up", "picked up", "higher by",
        "grown", "rocketed", "shot up", "edged up", "inched up", "more", "tăng trưởng đạt",
    ]

    static let decreases = [
        "giảm", "giảm mạnh", "giảm nhẹ", "giảm đến", "giảm tới", "sụt giảm", "suy giảm", "giảm sút", "giảm hơn", "mất",
        "down", "fell", "fall", "falls", "falling", "fallen", "decrease", "decreased", "decreases", "decline",
        "declined", "declines", "drop", "dropped", "drops", "slid", "slipped", "plunged", "plummeted", "lower",
        "contracted", "shrank", "went down", "eased", "dipped", "lower by",
        "sank", "tumbled", "slumped", "edged down", "slipped by",
    ]

    /// After a percentage, these restate the change in dollars ("tăng 16,4%, tương ứng tăng 13,95 tỷ USD",
    /// "up 16.4 percent (or US$85.82 billion)"), with the change's sign when they carry one.
    static let restatements: [(String, Int64)] = [
        ("tương ứng", 1), ("tương đương", 1), ("tương ứng tăng", 1), ("tương đương tăng", 1), ("tương ứng giảm", -1),
        ("tương đương giảm", -1), ("or", 1), ("or nearly", 1), ("or about", 1), ("or more than", 1), ("equivalent to", 1),
        ("equal to", 1), ("equivalent to a rise of", 1), ("equivalent to a drop of", -1), ("or an increase of", 1),
        ("or a decrease of", -1), ("an increase of", 1), ("a decrease of", -1), ("a rise of", 1), ("a drop of", -1),
    ]

    /// After a percentage, these make it a change in quantity, not in value ("giảm 65,1% về lượng").
    static let quantityScopes = [
        "về lượng", "về khối lượng", "về sản lượng", "in volume", "in quantity", "by volume", "in terms of volume",
        "in terms of quantity", "in tonnage",
    ]

    /// After an amount, these make it a difference between two figures, not a figure ("$2.3 billion higher than").
    static let comparativesAfter: [(String, Int64)] = [
        ("higher than", 1), ("more than", 1), ("greater than", 1), ("above", 1), ("up from", 1), ("lower than", -1),
        ("less than", -1), ("below", -1), ("cao hơn", 1), ("nhiều hơn", 1), ("thấp hơn", -1), ("ít hơn", -1),
    ]

    /// Verbs ending in a change word that state a level, not a change ("imports will make up $11.5 billion").
    static let levelPhrasalVerbs = [
        "make up", "makes up", "made up", "making up", "take up", "takes up", "took up", "taking up",
    ]

    /// After a change word, these make the figure the new level ("rose to $X"), not the change.
    static let changeTargets = ["lên", "lên mức", "lên tới", "lên đến", "xuống", "xuống còn", "xuống mức", "còn", "to", "at"]

    /// Words next to an amount that make it something other than a trade figure of the period:
    /// an average, a threshold, a price.
    static let amountNoise = [
        "bình quân", "trung bình", "mốc", "ngưỡng", "cột mốc", "average", "averaged", "mark", "milestone", "threshold",
        "mỗi tháng", "per month", "trở lên",
    ]

    /// Words after an amount that make it a price ("650 USD/tấn", "$650 a tonne").
    static let priceMarkers = ["/", "per", "a tonne", "a ton", "một tấn", "mỗi tấn", "each"]

    /// Quantity units, with the unit code stored and a multiplier.
    static let quantityUnits: [(String, String, Int64)] = [
        ("tấn", "tonne", 1), ("nghìn tấn", "tonne", 1_000), ("ngàn tấn", "tonne", 1_000), ("triệu tấn", "tonne", 1_000_000),
        ("tonnes", "tonne", 1), ("tonne", "tonne", 1), ("tons", "tonne", 1), ("ton", "tonne", 1),
        ("metric tons", "tonne", 1), ("million tonnes", "tonne", 1_000_000), ("million tons", "tonne", 1_000_000),
    ]

    /// Currencies other than the US dollar: a number followed by these is not a USD figure.
    static let otherCurrencies = ["đồng", "VND", "VNĐ", "yen", "yên", "euro", "EUR", "nhân dân tệ", "yuan", "won", "baht"]
}
