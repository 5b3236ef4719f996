/// The small words the extraction rules look at around a figure, in both languages.
extension ExtractionVocabulary {
    /// "and" in both languages: joins two months into a span ("May and June") or two flows into one.
    static let conjunctions: Set<String> = ["and", "và"]

    /// Words that join a percentage to the one before it, which then lends it its direction.
    static let listJoiners: Set<String> = ["and", "và", ",", "but", "nhưng"]

    /// Words between an amount and a period that make the period another clause's ("..., còn tháng 5").
    static let clauseJoiners: Set<String> = ["và", "and", "còn", "while"]

    /// Prepositions of time before "the same period last year" right after an amount.
    static let timePrepositions: Set<String> = ["in", "at", "during", "trong"]

    /// "last year's US$32.4 billion": the amount after them is the year before's.
    static let previousYearPossessives = ["last year's", "last year’s"]

    /// Qualifiers that may stand between "last year's" and its amount.
    static let leadingQualifierWords: Set<String> = ["just", "nearly", "about", "around", "some", "over", "almost"]

    /// Words just before "last year" / "năm ngoái" that make it a comparison, not the figure's own time.
    static let comparisonLeadWords: Set<String> = ["so", "với", "than", "from", "cùng", "kỳ", "same", "period", "of"]

    /// After a figure of comparison, words that place it a year before the figure it is compared with.
    static let yearEarlierWords = ["cùng kỳ", "a year earlier", "a year ago", "last year", "năm trước", "năm ngoái", "year-earlier"]

    /// "tổng", "total": national markers that do not, alone, make a figure the country's total.
    static let totalWords: Set<String> = ["tổng", "total"]

    /// "made by the FDI sector", "của khu vực FDI": what puts a sector named after an amount on it.
    static let agentPrepositions: Set<String> = ["by", "from", "of", "của", "từ", "do"]

    /// Words that point back to the group of countries last named, not to the last country ("the bloc").
    static let blocAnaphora = ["the bloc", "this bloc"]

    /// Partners that are groups, which "khối này" / "this bloc" may point back to (codes of the reference data).
    static let blocPartners: Set<String> = ["EU", "ASEAN"]

    /// Nouns before an amount that name it, not change it: "mức 34,5 tỉ USD", "con số 10 tỉ USD".
    static let figureNouns = ["mức", "con số"]

    /// Words just before an amount, after its qualifier, that still leave it the figure: "of", "là".
    static let amountLeadWords: Set<String> = ["of", "by", "thêm", "là"]

    /// "%", "percent", "phần trăm": a percentage within the eight words before a restatement.
    static let percentMarkers: Set<String> = ["%", "percent", "per", "phần"]

    /// Words for "percent" after a number.
    static let percentWords = ["percent", "per cent", "phần trăm"]

    /// Words a comparison may skip on its way back to "so với" / "than": "than the US$3 billion of".
    static let comparisonFillers: Set<String> = ["a", "an", "the", "of", "mức", "con", "số", "là"]

    /// Words between a change word and its percentage: "tăng đến 12%", "up by 5%", "giảm ở mức 3%".
    static let changeFillers: Set<String> = ["đến", "tới", "by", "of", "là", "mức", "được", "a", "an"]

    /// Words that may stand between a partner and "nhập khẩu" when the partner is the buyer ("Mỹ đã tăng nhập khẩu").
    static let subjectGlue: Set<String> = [
        "đã", "đang", "vẫn", "tiếp", "tục", "tăng", "giảm", "cũng", "mạnh", "lại", "trở", "sẽ", "có", "đẩy", "nhẹ",
        "hàng", "hóa", "alone", "itself",
    ]

    /// Nouns after a number that make it a count of things, not an amount's context ("5 mặt hàng", "29 items").
    static let countedNouns: Set<String> = ["mặt", "nhóm", "products", "items", "commodities", "categories", "doanh"]

    /// Where the search for "so với" before a period stops: punctuation, "và", "and".
    static let comparisonBarriers: Set<String> = [",", ";", ":", "(", ")", ".", "và", "and"]

    /// Words between a percentage and the flow it is a share of ("chiếm 74% tổng kim ngạch", "70% of the total").
    static let shareOfWords: Set<String> = ["của", "of", "the", "total", "tổng", "in"]

    /// A flow named as a purpose: "for exports", "phục vụ xuất khẩu".
    static let purposeWords = ["for", "cho", "phục vụ"]

    /// Prepositions before Vietnam that turn a partner's imports into Vietnam's exports ("imports from Vietnam").
    static let sourcePrepositions: Set<String> = ["từ", "from", "of"]

    /// Prepositions before Vietnam that turn a partner's exports into Vietnam's imports ("exports to Vietnam").
    static let destinationPrepositions: Set<String> = ["sang", "to", "into", "vào"]

    /// A participle of "import" whose subject is the partner opening the sentence ("..., importing $3 billion").
    static let importParticiples: Set<String> = ["importing"]

    /// Verbs of spending: the flow right after the amount they spend is what it buys ("spending $5 billion on imports").
    static let spendingVerbs: Set<String> = ["spending", "spent", "spend", "spends", "chi"]

    /// Words between a spent amount and what it buys: "on imports", "để nhập khẩu".
    static let spendingLinks: Set<String> = ["on", "để", "cho"]

    /// Words of rank between a flow word and "to Vietnam": "nước xuất khẩu lớn nhất vào Việt Nam".
    static let rankWords: Set<String> = ["lớn", "nhất", "largest", "biggest", "chính", "main", "top", "hàng", "đầu"]

    /// Articles that may stand before a partner opening a sentence.
    static let articles: Set<String> = ["the"]

    /// "from": after a buyer and "nhập khẩu", it names the seller, so the buyer is not the subject.
    static let fromWords: Set<String> = ["từ", "from"]

    /// Words that open a subordinate clause after a figure: a partner named in it is that clause's
    /// ("$122.5 billion, as shipments to the US soared").
    static let subordinators: Set<String> = ["as", "while", "whereas", "since", "because", "khi", "nhờ"]

    /// After an amount of a flow, these are its value, not a company's takings ("US$334 million in revenue").
    static let flowRevenueWords: Set<String> = ["revenue", "revenues", "earnings"]

    /// Words that make a figure a province's or a city's, not the country's, when they come before it in
    /// its sentence ("Ho Chi Minh City took the lead with US$34 billion").
    static let subnational = [
        "province", "provinces", "provincial", "locality", "localities", "city", "municipality", "tỉnh", "thành phố",
        "địa phương", "TP.HCM", "TP. HCM",
    ]

    /// "Thereby raising the total to": the total that follows is of what the figure before it was for.
    static let raisingTotal = [
        "qua đó nâng tổng", "qua đó nâng", "nâng tổng", "đưa tổng", "bringing the total", "bringing its total",
        "raising the total", "lifting the total", "taking the total",
    ]

    /// After an export word, these make the exports the partner's to Vietnam: Vietnam's imports.
    static let toTheReporter = ["to vietnam", "to viet nam", "sang việt nam", "vào việt nam", "sang thị trường việt nam"]

    /// Dashes between two numbers of one amount: a range ("US$3.2-3.3 billion").
    static let amountRangeJoiners: Set<String> = ["-", "–"]

    /// Words for the two sides of a bilateral trade: at the head of a paragraph they point back to the partner
    /// the bulletin is about, not to one named in passing just before.
    static let bilateralAnaphora = ["the two economies", "the two countries", "hai nước"]

    /// Verbs that, forecast, say a plan will be met ("expected to reach the target of"): the plan's amount is then forecast.
    static let planMeetingVerbs: Set<String> = ["reach", "meet", "hit", "đạt"]

    /// Openings of a paragraph that continues the one before it, keeping its partner in focus.
    static let paragraphContinuations = [
        "additionally", "in addition", "besides", "furthermore", "moreover", "also", "ngoài ra", "bên cạnh đó",
        "thêm vào đó", "đồng thời",
    ]
}
