/// The words of periods: month names, counts, ordinals, and what makes a period the one compared with.
extension ExtractionVocabulary {
    /// Month names: English (capitalized "May" only, see PeriodScanner) and Vietnamese words after "tháng".
    static let monthNames: [(String, Int)] = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
        ("september", 9), ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11),
        ("december", 12), ("dec", 12),
    ]

    static let vietnameseMonthWords: [(String, Int)] = [
        ("một", 1), ("giêng", 1), ("hai", 2), ("ba", 3), ("tư", 4), ("bốn", 4), ("năm", 5), ("sáu", 6), ("bảy", 7),
        ("tám", 8), ("chín", 9), ("mười", 10), ("mười một", 11), ("mười hai", 12), ("chạp", 12),
    ]

    /// Words before a spelled count of months that make it a span ("trong mười tháng", "over the course of five months").
    static let spanIntroductions: Set<String> = ["trong", "sau", "chung", "over", "in", "during", "for", "after", "of", "qua"]

    /// Counts of months ("bảy tháng", "seven months").
    static let numberWords: [(String, Int)] = [
        ("hai", 2), ("ba", 3), ("bốn", 4), ("năm", 5), ("sáu", 6), ("bảy", 7), ("tám", 8), ("chín", 9), ("mười", 10),
        ("mười một", 11), ("mười hai", 12), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
    ]

    static let ordinals: [(String, Int)] = [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("1st", 1), ("2nd", 2), ("3rd", 3), ("4th", 4),
        ("đầu", 1), ("đầu tiên", 1), ("thứ nhất", 1), ("thứ hai", 2), ("thứ ba", 3), ("thứ tư", 4), ("cuối", 4),
    ]

    static let romanNumerals: [(String, Int)] = [("i", 1), ("ii", 2), ("iii", 3), ("iv", 4)]

    /// Openings of a span from January to a date or a month's end: "từ đầu năm đến 15/9", "tính hết tháng 5".
    /// ("hết tháng 5" alone, with no opening, means the same.)
    static let yearToDateOpenings = [
        "từ đầu năm đến", "từ đầu năm tới", "lũy kế đến", "tính đến", "lũy kế từ đầu năm đến", "tính từ đầu năm đến",
        "tính từ đầu năm tới", "tính tới", "tính hết", "lũy kế hết", "đến", "tới",
    ]

    /// Words before a period that make it the period of comparison, not the figure's own.
    static let periodComparisons = [
        "so với", "cùng kỳ", "cùng kì", "cùng", "same", "compared with", "compared to", "from", "than", "against",
        "với mức", "of last year", "versus", "had been", "previous", "trước đó", "over last", "against last", "from last",
    ]
}
