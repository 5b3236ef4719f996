/// The words trade bulletins use, in Vietnamese and English: the extractor's data.
///
/// Each list maps a phrase, written as in running text, to what it means. Matching is by lowercased
/// tokens, so "Xuất khẩu" and "xuất khẩu" are one entry; spelling variants (tỉ/tỷ, kỳ/kì) are
/// separate entries. Adding a phrase here, not code, is how the extractor learns a new wording.
enum ExtractionVocabulary {
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

    /// Words that make a figure an estimate when they come before it in its sentence.
    /// Forecasts are estimates too: "dự báo", "có thể đạt", "is forecast to", "projected".
    static let estimates = [
        "ước", "ước tính", "ước đạt", "ước khoảng", "dự kiến", "dự tính", "estimated", "estimate", "estimates",
        "an estimated", "is expected", "are expected", "preliminary estimate",
        "dự báo", "có thể đạt", "sẽ đạt", "dự kiến đạt", "kỳ vọng", "sẽ cán mốc", "có thể cán mốc", "sẽ vượt", "có khả năng",
        "forecast", "forecasts", "forecasted", "projected", "projection", "projections", "expects", "expected to reach",
        "expected to", "could reach", "could hit", "may reach", "may hit", "is expected to", "likely to", "is likely to",
        "would total", "will reach", "is set to", "on track to", "may bring in", "could bring in", "may climb to",
        "could climb to", "may rise to", "could rise to", "may top", "could top", "may exceed", "could exceed",
        "will account for", "will make up", "will stand at", "will total", "will hit", "will surpass", "will exceed",
        "will top", "will amount to",
    ]

    /// The words of a statistics office's estimate release, before its first figure ("Kim ngạch xuất khẩu tháng
    /// Năm ước tính đạt ..."): with no customs office named, every figure of the bulletin is an estimate.
    /// (Forecast words are not among them: a forecast first does not make later counts estimates.)
    static let releaseEstimates = ["ước tính", "ước đạt", "ước tính đạt", "estimated at", "is estimated", "are estimated"]

    /// A statistics office, whose monthly figures are estimates: after a sentence that gives its estimates
    /// ("ước đạt", "estimated"), every figure is estimated until the bulletin turns to the customs office's.
    static let estimatingSources = [
        "Tổng cục Thống kê", "Cục Thống kê", "TCTK", "General Statistics Office", "GSO", "National Statistics Office",
        "statistics office", "Statistics Office",
    ]

    /// The customs office, whose figures are counted, not estimated.
    static let countingSources = [
        "Tổng cục Hải quan", "Cục Hải quan", "hải quan", "Customs", "customs", "General Department of Customs",
    ]

    /// Words that make a sentence's figures counted ones, whatever is in force ("Số liệu thực hiện tháng 10").
    static let actualFigures = ["số liệu thực hiện", "số thực hiện", "actual figures", "final figures"]

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

    /// Words that introduce a figure of comparison, which is not a fact of the period.
    static let comparisons = [
        "so với", "so với mức", "so với con số", "compared with", "compared to", "from", "than", "against",
        "versus", "vs", "up from", "down from", "so với cùng kỳ", "double", "twice", "triple", "gấp đôi", "gấp",
        "trái ngược với", "ngược với", "trái với", "in contrast to", "in contrast with", "so với cùng kỳ năm trước",
        "so với cùng kỳ năm ngoái", "against the same period last year",
        "compared with the same period last year", "over the same period last year",
    ]

    /// A percentage or change measured against the previous period.
    static let monthOnMonth = [
        "so với tháng trước", "so với tháng trước đó", "so với tháng liền trước", "so với kỳ trước",
        "so với kỳ 1", "so với nửa đầu tháng", "so với quý trước", "month-on-month", "month on month", "m-o-m", "mom",
        "from the previous month", "from a month earlier", "from the prior month", "compared with the previous month",
        "compared to the previous month", "over the previous month", "from last month", "compared with last month",
        "quarter-on-quarter", "from the previous quarter", "than the previous month",
        "against the month earlier", "against a month earlier", "against the previous month", "versus the previous month",
        "over the month before", "against last month", "from the month before",
    ]

    /// A percentage or change measured against the same period a year earlier.
    static let yearOnYear = [
        "so với cùng kỳ", "cùng kỳ", "so với cùng kỳ năm trước", "so với cùng kỳ năm ngoái", "year-on-year",
        "year on year", "y-o-y", "yoy", "from a year earlier", "from a year ago", "a year earlier", "a year ago",
        "same period last year", "the same period last year", "the same period of last year", "year-over-year",
        "against the same period last year", "versus the same period last year", "over the same period last year",
        "against a year earlier",
    ]

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
        ("chi ra", .import), ("thu về", .export), ("mang về", .export), ("brought in", .export), ("bring in", .export),
        ("brings in", .export), ("spent", .import), ("spend", .import), ("spends", .import),
        ("trade surplus", .surplus), ("surplus", .surplus), ("trade deficit", .deficit), ("deficit", .deficit),
        ("shortfall", .deficit), ("trade gap", .deficit),
        ("trade balance", .balance),
    ]

    /// Which enterprises a figure covers.
    static let sectors: [(String, Sector)] = [
        ("khu vực có vốn đầu tư nước ngoài", .fdi), ("doanh nghiệp có vốn đầu tư nước ngoài", .fdi),
        ("doanh nghiệp có vốn đầu tư trực tiếp nước ngoài", .fdi), ("khu vực có vốn đầu tư trực tiếp nước ngoài", .fdi),
        ("khu vực đầu tư nước ngoài", .fdi), ("doanh nghiệp đầu tư nước ngoài", .fdi), ("foreign-invested sector", .fdi),
        ("khu vực vốn đầu tư nước ngoài", .fdi), ("khu vực FDI", .fdi), ("doanh nghiệp FDI", .fdi),
        ("khối FDI", .fdi), ("khối doanh nghiệp FDI", .fdi), ("các doanh nghiệp FDI", .fdi),
        ("foreign-invested", .fdi), ("foreign invested", .fdi), ("FDI sector", .fdi), ("FDI firms", .fdi),
        ("foreign direct investment (FDI) sector", .fdi), ("foreign direct investment sector", .fdi),
        ("foreign direct investment (FDI)", .fdi), ("foreign direct investment (FDI) enterprises", .fdi),
        ("FDI businesses", .fdi), ("FDI companies", .fdi), ("foreign firms", .fdi), ("foreign-invested enterprises", .fdi),
        ("DN FDI", .fdi), ("khối DN FDI", .fdi), ("các DN FDI", .fdi), ("khu vực đầu tư trực tiếp nước ngoài", .fdi),
        ("doanh nghiệp vốn đầu tư nước ngoài", .fdi), ("khối doanh nghiệp có vốn đầu tư nước ngoài", .fdi),
        ("DN trong nước", .domestic), ("khối DN trong nước", .domestic), ("domestic-invested", .domestic),
        ("FDI enterprises", .fdi), ("foreign direct invested", .fdi), ("foreign-owned", .fdi),
        ("khu vực kinh tế trong nước", .domestic), ("doanh nghiệp trong nước", .domestic),
        ("khu vực trong nước", .domestic), ("khối doanh nghiệp trong nước", .domestic), ("khối trong nước", .domestic),
        ("doanh nghiệp 100% vốn trong nước", .domestic), ("domestic sector", .domestic), ("domestic firms", .domestic),
        ("domestic enterprises", .domestic), ("domestic companies", .domestic), ("domestic businesses", .domestic),
        ("domestic economic sector", .domestic), ("local firms", .domestic), ("locally-owned", .domestic),
    ]

    /// Words that point back to the sector just named ("xuất khẩu của khối này").
    static let sectorAnaphora = ["khối này", "khu vực này", "this sector", "the sector", "these firms", "this group"]

    /// Words for "in the month" / "in the fortnight": the month or half-month last named. Those marked
    /// `.span` ("during the period") mean the period in force, whatever its kind.
    static let currentPeriodWords: [(String, Period.Kind)] = [
        ("trong tháng", .month), ("trong kỳ", .half), ("trong kì", .half), ("kỳ này", .half), ("in the month", .month),
        ("during the month", .month), ("for the month", .month), ("in the fortnight", .half), ("for the fortnight", .half),
        ("during the fortnight", .half), ("trong quý", .quarter), ("in the quarter", .quarter),
        ("trong kỳ 1", .half), ("trong kỳ 2", .half), ("this month", .month), ("tháng này", .month),
        ("in the period", .span), ("during the period", .span), ("in the reviewed period", .span),
        ("over the period", .span), ("in the review period", .span), ("trong giai đoạn này", .span),
        ("trong thời gian này", .span), ("cùng giai đoạn", .span),
    ]

    /// Words right before a time phrase that make it the period compared with ("against the same period last year").
    static let comparisonHeads: Set<String> = [
        "than", "from", "with", "to", "against", "versus", "over", "compared", "so", "với", "on",
    ]

    /// Words that point back to the partner of the previous sentence.
    static let partnerAnaphora = [
        "thị trường này", "nước này", "quốc gia này", "đối tác này", "khu vực này", "this market", "that market",
        "bạn hàng này", "nước bạn", "thị trường bạn", "the neighbouring country", "the neighboring country",
        "its northern neighbour", "its northern neighbor", "the northern neighbour", "the northern neighbor", "the partner",
        "this partner", "the country's largest trading partner", "the two economies", "the two countries", "hai nước",
        "the bloc", "this bloc",
    ]

    /// Words that start a contrasting clause ("trong khi nửa cuối tháng 8 còn xuất siêu ...").
    static let contrasts = ["trong khi", "trong khi đó", "while", "whereas", "ngược lại"]

    /// Words before a verb ("would total", "to total"): the word after them is not a noun.
    static let auxiliaries: Set<String> = ["would", "will", "to", "could", "may", "might", "should", "did", "does"]

    /// Words that make a clause about the whole country, not the partner named earlier in the sentence.
    static let nationalMarkers = [
        "tổng kim ngạch", "tổng trị giá", "tổng giá trị", "total", "cả nước", "overall", "nationwide", "toàn quốc",
    ]

    /// Words before a period that make it hold for its own sentence only ("Riêng tháng 12/2023, ...").
    static let periodAsides = ["riêng", "riêng trong", "alone", "separately", "in december alone"]

    /// Words that open a clause looking past the sentence's own period ("qua đó nâng tổng kim ngạch 4 tháng
    /// lên ...", "bringing the five-month total to ..."): periods named after them are asides.
    static let clauseAsides = [
        "qua đó nâng", "nâng tổng", "đưa tổng", "qua đó đưa", "bringing", "taking the total", "lifting the total",
        "bringing the total",
    ]

    /// Words of a sentence about what is to come, whose period does not become the period in force
    /// ("Trong nửa cuối năm, xuất khẩu được kỳ vọng ...", "In the second half, shipments are expected to recover").
    static let outlookWords = [
        "expected", "will", "would", "sẽ", "kỳ vọng", "dự kiến", "triển vọng", "outlook", "hopes", "hope", "forecast",
        "dự báo", "likely", "được dự báo", "có thể",
    ]

    /// Words next to an amount that make it something other than a trade figure of the period:
    /// an average, a threshold, a price.
    static let amountNoise = [
        "bình quân", "trung bình", "mốc", "ngưỡng", "cột mốc", "average", "averaged", "mark", "milestone", "threshold",
        "mỗi tháng", "per month",
    ]

    /// Words that make every amount after them in the sentence a plan, not a result.
    /// (A forecast is not a plan: it is kept, as an estimate.)
    static let plans = [
        "mục tiêu", "kế hoạch", "chỉ tiêu", "phấn đấu", "cán đích", "target", "targets", "plan", "planned",
        "goal", "aiming", "aims", "aim", "to achieve",
    ]

    /// A time adverbial for the same period a year earlier ("cùng kỳ năm trước cả nước còn xuất siêu ...").
    static let yearEarlierAdverbials = [
        "cùng kỳ năm trước", "cùng kỳ năm ngoái", "in the same period last year",
        "the same period last year", "a year earlier", "a year ago", "the same time last year", "same time last year",
        "at the same time last year", "cùng thời gian năm trước", "cùng thời điểm năm trước", "cùng thời gian năm ngoái",
    ]

    /// A time adverbial for the whole previous year ("Năm ngoái, ...", "Last year, ...").
    static let previousYearAdverbials = ["năm ngoái", "năm trước", "last year", "in the previous year"]

    /// Words that tie a partner named after an amount to it ("$1.2 billion with South Korea").
    static let trailingPartnerPrepositions: Set<String> = ["with", "với", "to", "sang", "from", "từ", "xứ", "in", "of", "on"]

    /// Words that continue a list of the figure just given ("Trong đó, ...", "Of the total, ...").
    static let listContinuations = [
        "trong đó", "cụ thể", "bao gồm", "gồm", "specifically", "of the total", "of which", "in which", "including",
        "of this", "of that", "among them", "among which",
    ]

    /// Words that point back to the previous sentence's total from anywhere in a sentence ("... accounted for
    /// $20.4 billion of the total"); the other list continuations ("of which", "trong đó") point back only when they open
    /// the sentence — in mid-sentence they break down a figure of the same sentence.
    static let totalBackReferences = ["of the total", "of this", "of that", "trong tổng số", "trong số này", "trong số đó"]

    /// "lần lượt", "respectively": amounts listed in the order of the partners before them.
    static let respectively = ["lần lượt", "respectively", "tương ứng là"]

    /// Words after an amount that make it a price ("650 USD/tấn", "$650 a tonne").
    static let priceMarkers = ["/", "per", "a tonne", "a ton", "một tấn", "mỗi tấn", "each"]

    /// Words for "this product" that point back to the commodity just named.
    static let commodityAnaphora = [
        "nhóm hàng này", "mặt hàng này", "ngành hàng này", "sản phẩm này", "this product", "these products",
        "the product", "the commodity", "this commodity", "the sector's", "ngành này",
    ]

    /// Money near these words is not trade (investment, revenue, remittances...).
    static let nonTrade = [
        "vốn đầu tư", "vốn FDI", "vốn đăng ký", "vốn điều lệ", "giải ngân", "kiều hối", "doanh thu", "lợi nhuận",
        "thu ngân sách", "thuế", "dự án", "registered capital", "disbursed", "disbursement", "remittances",
        "investment", "investments", "revenue", "profit", "budget", "tax", "taxes", "project", "projects",
        "investors", "nhà đầu tư", "registered",
    ]

    /// Before a commodity name, these mean it is only mentioned in passing ("kể cả dầu thô").
    static let commodityExclusions = [
        "kể cả", "không kể", "bao gồm cả", "trừ", "including", "excluding", "except", "including those in", "those in",
        "không tính", "không bao gồm", "chưa kể", "loại trừ", "not including", "excluding those of",
    ]

    /// Words that may stand between an amount and the commodity it is for ("1,89 tỉ USD nhập khẩu nguyên phụ
    /// liệu", "7.69 billion USD of Vietnamese garments", "$2 billion from exporting rice").
    static let commodityAfterAmountGlue: Set<String> = [
        "nhập", "xuất", "khẩu", "worth", "of", "hàng", "in", "vietnamese", "việt", "nam", "mặt", "nhóm", "from",
        "exporting", "importing", "selling", "để", "mua", "to", "buy",
    ]

    /// "turnover" or "tổng kim ngạch" with no export or import word: the value of the flow named before it.
    static let genericTurnover = ["turnover", "tổng kim ngạch", "trade value", "value"]

    /// After a commodity name, these mean it is only mentioned in passing ("crude oil included").
    static let commodityTrailingExclusions = ["included", "excluded", "aside"]

    /// Quantity units, with the unit code stored and a multiplier.
    static let quantityUnits: [(String, String, Int64)] = [
        ("tấn", "tonne", 1), ("nghìn tấn", "tonne", 1_000), ("ngàn tấn", "tonne", 1_000), ("triệu tấn", "tonne", 1_000_000),
        ("tonnes", "tonne", 1), ("tonne", "tonne", 1), ("tons", "tonne", 1), ("ton", "tonne", 1),
        ("metric tons", "tonne", 1), ("million tonnes", "tonne", 1_000_000), ("million tons", "tonne", 1_000_000),
    ]

    /// Currencies other than the US dollar: a number followed by these is not a USD figure.
    static let otherCurrencies = ["đồng", "VND", "VNĐ", "yen", "yên", "euro", "EUR", "nhân dân tệ", "yuan", "won", "baht"]

    /// Words a commodity name may carry or drop without naming something else ("all kinds of", "các loại").
    static let nameFillers: Set<String> = [
        "and", "of", "the", "all", "kinds", "kind", "types", "various", "its", "their", "thereof", "vietnamese",
        "và", "các", "loại", "mặt", "nhóm", "hàng", "những", "cùng", "ngành", "&", ",", "-",
    ]

    /// Words a name may be written without: "electronics" for "electronic products", "bộ phận" aside.
    static let nameSoftWords: Set<String> = ["product", "other", "sản", "phẩm", "khác", "good", "item"]

    /// Words folded together when names are compared by their content words (English, singular).
    static let nameSynonyms: [String: String] = [
        "telephone": "phone", "smartphone": "phone", "handset": "phone", "mobile": "phone",
        "component": "part", "accessory": "part", "spare": "part", "electronics": "electronic",
        "apparel": "garment", "clothing": "garment", "clothe": "garment", "textile-garment": "garment",
        "machine": "machinery", "tool": "instrument", "timber": "wood", "seafood": "seafood", "aquatic": "seafood",
        "vehicle": "vehicle", "transport": "transportation", "transportation": "transportation",
    ]

    /// Names never taken as a partner or a commodity in prose: too common as ordinary words.
    static let ambiguousNames: Set<String> = ["điều", "tiêu", "than"]

    /// Partners named by an adjective ("Chinese imports" are imports from China, not China's imports).
    static let partnerAdjectives: Set<String> = [
        "Chinese", "South Korean", "Korean", "Japanese", "Thai", "Indian", "Taiwanese", "Indonesian", "Malaysian",
        "Cambodian", "German", "Australian", "Russian", "American", "European", "Asian", "African", "Southeast Asian",
    ]

    /// The reporting country itself: never a partner.
    static let reporter = ["Việt Nam", "Vietnam", "Viet Nam", "VN", "Vietnamese"]
}

/// A flow as bulletins word it; surplus and deficit are balances with a sign.
enum FlowWord: Equatable, Sendable {
    case export, `import`, turnover, surplus, deficit, balance

    var flow: Flow {
        switch self {
        case .export: return .export
        case .import: return .import
        case .turnover: return .turnover
        case .surplus, .deficit, .balance: return .balance
        }
    }

}
