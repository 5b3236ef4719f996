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

    /// Words right before a period that make it the period of comparison ("up 5% from May"); further back
    /// they belong to something else ("imports from Japan in May").
    static let adjacentPeriodComparisons = ["from"]

    /// Words before a period that make it the period of comparison, not the figure's own.
    static let periodComparisons = [
        "so với", "cùng kỳ", "cùng kì", "cùng", "same", "compared with", "compared to", "than", "against",
        "với mức", "of last year", "versus", "had been", "previous", "trước đó", "over last", "against last", "from last",
    ]

    // MARK: The period grammar's words, pattern by pattern (PeriodScanner tries the patterns in its
    // `mention(at:)` order; within a list the longest phrase that matches wins).

    /// Words that join the two ends of a range: "January–June", "từ tháng 1 đến tháng 7", "May 1-15".
    static let rangeJoiners: Set<String> = ["-", "–", "to", "through", "đến", "tới", "and", "và"]

    /// Words opening a range: "from January to July", "từ tháng 1", "between January and June".
    static let rangeOpenings = ["from", "từ", "between"]

    /// Words that join a year to what it dates: "1/2024", "tháng 5 năm 2024", "May of 2024", "May, 2024".
    static let yearJoiners: Set<String> = ["/", "-", ".", "năm", "of", ","]

    /// "từ đầu năm đến hết / giữa / trung tuần / cuối tháng 9": where in the month a span ends.
    static let pointInMonth = ["hết", "giữa", "trung tuần", "cuối", "nửa đầu", "hết nửa đầu", "nửa cuối", "hết nửa cuối"]

    /// Openings that need a date or a month after them ("đến 15/9", "tới tháng 9"); alone they name nothing.
    static let untilWords: Set<String> = ["đến", "tới", "hết"]

    /// The last word of a mid-month ending ("giữa tháng 9", "trung tuần tháng 9"): the span ends on the 15th.
    /// "đến nửa đầu tháng 8" ends there too ("đầu" is reached only after "nửa").
    static let midMonthEndings: Set<String> = ["giữa", "tuần", "đầu"]

    /// "từ ngày 1 đến ngày 15/5": what joins the days of a half-month written as dates.
    static let dayRangeJoiners = ["đến", "tới", "-"]

    /// A span from January to the period in force, with no end stated: "từ đầu năm", "year-to-date".
    static let toDatePhrases = [
        "từ đầu năm đến nay", "từ đầu năm", "tính từ đầu năm", "lũy kế từ đầu năm", "lũy kế",
        "year-to-date", "year to date", "since the start of the year", "since the beginning of the year",
        "so far this year", "so far", "this year",
    ]

    /// English openings of a span from January to a month's middle or end: "as of mid-December", "through July".
    static let toDateEndOpenings = [
        "year to date through", "year-to-date through", "as of", "through", "by", "in the year to", "up to",
        "the period ended", "the period ended last", "the period ending", "the period ending last", "the period to",
        "the period through", "the period up to",
    ]

    /// "through the end of July", "end-July".
    static let monthEndWords = ["the end of", "end-"]

    /// "as of mid-December", "mid - May".
    static let midWords = ["mid", "mid -", "mid-"]

    /// The whole year: "cả năm", "trong năm", "full year", "for the year".
    static let wholeYearPhrases = [
        "cả năm", "trong năm", "full year", "full-year", "for the year", "the whole year", "whole of", "năm nay",
    ]

    /// Words after a whole-year phrase that make it something else ("trong năm nhóm hàng", "trong năm tháng").
    static let wholeYearNotBefore: Set<String> = ["nhóm", "mặt", "tháng", "qua"]

    /// The word of a half-month in Vietnamese releases: "kỳ 1 tháng 5", "kì 2 tháng 5".
    static let halfMonthWords = ["kỳ", "kì"]

    /// Vietnamese halves of a month, before "tháng": "nửa đầu tháng 5" (1), "15 ngày cuối tháng 5" (2).
    static let halfOfMonthVietnamese: [(String, Int)] = [
        ("nửa đầu", 1), ("15 ngày đầu", 1), ("nửa tháng đầu", 1),
        ("nửa cuối", 2), ("nửa sau", 2), ("nửa tháng cuối", 2), ("15 ngày cuối", 2), ("nửa tháng sau", 2),
    ]

    /// English halves of a month, before its name: "first half of May" (1), "last two weeks of May" (2).
    static let halfOfMonthEnglish: [(String, Int)] = [
        ("first half of", 1), ("second half of", 2), ("first fortnight of", 1), ("second fortnight of", 2),
        ("first two weeks of", 1), ("first 15 days of", 1), ("the first 15 days of", 1), ("last two weeks of", 2),
    ]

    /// Openings of a count of months: "lũy kế 9 tháng", "the first seven months".
    static let monthCountOpenings = ["lũy kế", "the first", "first", "the"]

    /// The word "months" after a count.
    static let monthWords = ["tháng", "months", "month"]

    /// What may follow "7 tháng" / "seven months" and still be the same span, applied in this order.
    static let monthCountTails = ["đầu năm", "đầu", "năm", "qua", "của năm", "of the year", "of", "period", "period of"]

    /// "the five months ending in May": a count of months ending in a named month.
    static let monthCountEndings = ["ending in", "ending last", "ended last", "ending", "ended", "to", "through"]

    /// Words after a count of months that make it a duration, not a span of this year ("7 tháng liên tiếp",
    /// "seven consecutive months", "five months earlier").
    static let monthCountStreakWords: Set<String> = [
        "liên", "consecutive", "straight", "in", "trước", "tới", "nữa", "sau", "earlier", "ago",
    ]

    /// "seven months and a half": to the middle of the month after.
    static let andAHalf = ["and a half"]

    /// Halves of a year (true for the first): "nửa đầu năm", "6 tháng cuối năm", "the second half", "H1".
    static let halfYearPhrases: [(String, Bool)] = [
        ("nửa đầu năm", true), ("nửa cuối năm", false), ("6 tháng cuối năm", false), ("sáu tháng cuối năm", false),
        ("nửa đầu của năm", true), ("nửa cuối của năm", false),
        ("first half of", true), ("second half of", false), ("first half", true), ("second half", false),
        ("h1", true), ("h2", false),
    ]

    /// Half-years written short, which may take a two-digit year: "H1-19", "H2/20".
    static let shortHalfYears: Set<String> = ["h1", "h2"]

    /// "of the year", "this year", "năm nay" after a half or quarter: no year stated, this one meant.
    static let thisYearWords = ["the year", "this year", "năm nay"]

    /// The word for a quarter before its number: "quý I", "quí 2".
    static let quarterWords = ["quý", "quí"]

    /// The word for a quarter after its ordinal: "the third quarter".
    static let quarterAfterOrdinal = ["quarter"]

    /// The first month of the year: "tháng đầu tiên của năm 2024", "the first month of 2021".
    static let firstMonthPhrases = [
        "tháng đầu tiên của năm", "tháng đầu tiên năm", "tháng đầu năm", "tháng đầu tiên",
        "first month of the year", "first month of", "first month",
    ]

    /// Words before a first-month phrase that make it a description ("các tháng đầu năm", "là tháng đầu tiên").
    static let firstMonthNotAfter: Set<String> = ["các", "những", "mấy", "là", "was", "is"]

    /// The month word of Vietnamese dates: "tháng 5", and the day word: "ngày 15/5".
    static let monthWord = "tháng"
    static let dayWord = "ngày"

    /// Words before a bare year: "năm 2023", "cả năm 2023", "full year 2023".
    static let yearLeadWords = ["cả năm", "năm", "full year", "full-year"]

    /// The words a line that only dates an article may hold besides numbers and month names: "Cập nhật: 16/07/2024
    /// 08:30", "Published: Monday, July 15, 2024 (GMT+7)", "Thứ Hai, ngày 15 tháng 7 năm 2024".
    static let datelineWords: Set<String> = [
        "cập", "nhật", "ngày", "đăng", "lúc", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "tháng",
        "published", "updated", "posted", "last", "on", "at", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "am", "pm", "gmt", "ict", "utc",
    ]

    /// Words opening a clause about what was just named ("the same period last year, which hit ...", "cùng kỳ năm
    /// trước, khi đạt ...").
    static let relativeHeads = ["which", "when", "khi", "khi đó", "lúc đó"]

    /// Words before a year only looked back to ("the highest since 2008", "kể từ năm 2008"): it dates no figure.
    static let sinceWords = ["since", "kể từ"]

    /// Words between an amount and a bare year that make the year the amount's own: "3.2 billion USD in 2011",
    /// "3,2 tỷ USD năm 2011" (the year word itself is part of the mention).
    static let amountYearJoiners: Set<String> = ["in", "during", "for", "trong", "vào"]
}
