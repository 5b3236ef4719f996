/// The words that tie a sentence to the ones around it or set its figures apart, in both languages.
extension ExtractionVocabulary {
    /// Words that start a contrasting clause ("trong khi nửa cuối tháng 8 còn xuất siêu ...").
    static let contrasts = ["trong khi", "trong khi đó", "while", "whereas", "ngược lại"]

    /// Words before a verb ("would total", "to total"): the word after them is not a noun.
    static let auxiliaries: Set<String> = ["would", "will", "to", "could", "may", "might", "should", "did", "does"]

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

    /// Money near these words is not trade (investment, revenue, remittances...).
    static let nonTrade = [
        "vốn đầu tư", "vốn FDI", "vốn đăng ký", "vốn điều lệ", "giải ngân", "kiều hối", "doanh thu", "lợi nhuận",
        "thu ngân sách", "thuế", "dự án", "registered capital", "disbursed", "disbursement", "remittances",
        "investment", "investments", "revenue", "profit", "budget", "tax", "taxes", "project", "projects",
        "investors", "nhà đầu tư", "registered",
    ]
}
