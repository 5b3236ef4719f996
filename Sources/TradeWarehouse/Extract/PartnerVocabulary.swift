/// The words that name, or point back to, the partner of a figure and the reporting country, in both languages.
extension ExtractionVocabulary {
    /// Words that point back to the partner of the previous sentence.
    static let partnerAnaphora = [
        "thị trường này", "nước này", "quốc gia này", "đối tác này", "khu vực này", "this market", "that market",
        "bạn hàng này", "nước bạn", "thị trường bạn", "the neighbouring country", "the neighboring country",
        "its northern neighbour", "its northern neighbor", "the northern neighbour", "the northern neighbor", "the partner",
        "this partner", "the country's largest trading partner", "the two economies", "the two countries", "hai nước",
        "the bloc", "this bloc",
    ]

    /// Words that make a clause about the whole country, not the partner named earlier in the sentence.
    static let nationalMarkers = [
        "tổng kim ngạch", "tổng trị giá", "tổng giá trị", "total", "cả nước", "overall", "nationwide", "toàn quốc",
    ]

    /// Words that tie a partner named after an amount to it ("$1.2 billion with South Korea").
    static let trailingPartnerPrepositions: Set<String> = ["with", "với", "to", "sang", "from", "từ", "xứ", "in", "of", "on"]

    /// Partners named by an adjective ("Chinese imports" are imports from China, not China's imports).
    static let partnerAdjectives: Set<String> = [
        "Chinese", "South Korean", "Korean", "Japanese", "Thai", "Indian", "Taiwanese", "Indonesian", "Malaysian",
        "Cambodian", "German", "Australian", "Russian", "American", "European", "Asian", "African", "Southeast Asian",
    ]

    /// The reporting country itself: never a partner.
    static let reporter = ["Việt Nam", "Vietnam", "Viet Nam", "VN", "Vietnamese"]

    /// Verbs of overtaking: the partner right after them is the one left behind, not the figure's
    /// ("Hàn Quốc đã vượt qua ASEAN để trở thành ...", "Japan overtook China as ...").
    static let overtakingVerbs = [
        "vượt qua", "vượt", "vượt lên", "qua mặt", "surpassed", "surpassing", "surpass", "surpasses", "overtook", "overtaking",
        "overtake", "overtakes", "overtaken", "outpaced", "outstripped", "ahead of",
    ]

    /// Words that may stand between a preposition and the partner named after an amount: "14 tỉ USD từ thị
    /// trường Trung Quốc", "$2 billion to the US".
    static let partnerLeadWords: Set<String> = ["the", "thị", "trường", "market"]

    /// Relative pronouns after a partner and a comma: the partner is the subject of the verb after them
    /// ("the US, which bought $5 billion of them").
    static let relativePronouns: Set<String> = ["which", "who", "mà"]
}
