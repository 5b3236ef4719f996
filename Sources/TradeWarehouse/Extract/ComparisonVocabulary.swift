/// The words that make a figure or a period one of comparison, and the time words of the discourse, in both languages.
extension ExtractionVocabulary {
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

    /// A time adverbial for the same period a year earlier ("cùng kỳ năm trước cả nước còn xuất siêu ...").
    static let yearEarlierAdverbials = [
        "cùng kỳ năm trước", "cùng kỳ năm ngoái", "in the same period last year",
        "the same period last year", "a year earlier", "a year ago", "the same time last year", "same time last year",
        "at the same time last year", "cùng thời gian năm trước", "cùng thời điểm năm trước", "cùng thời gian năm ngoái",
    ]

    /// A time adverbial for the whole previous year ("Năm ngoái, ...", "Last year, ...").
    static let previousYearAdverbials = ["năm ngoái", "năm trước", "last year", "in the previous year"]
}
