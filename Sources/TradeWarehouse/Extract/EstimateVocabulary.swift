/// The words that make a figure an estimate, a count or a plan, in both languages.
extension ExtractionVocabulary {
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

    /// Words that make every amount after them in the sentence a plan, not a result.
    /// (A forecast is not a plan: it is kept, as an estimate.)
    static let plans = [
        "mục tiêu", "kế hoạch", "chỉ tiêu", "phấn đấu", "cán đích", "target", "targets", "plan", "planned",
        "goal", "aiming", "aims", "aim", "to achieve",
    ]
}
