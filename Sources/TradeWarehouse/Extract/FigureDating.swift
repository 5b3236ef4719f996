/// Dates a bulletin that states no year ("so far this year", "5 tháng đầu năm") the way a reader who
/// knows the figures would: its figures, read in some year, are matched against Vietnam's published
/// figures (`PublishedFigure`) of the same flow, partner, commodity, sector and period shifted by
/// whole years. Each year's figures differ from the next year's by several percent, so the year whose
/// published figures the bulletin's agree with is its year.
///
/// A figure matches a published one within `tolerance`; where both state a change on a year earlier,
/// the changes must agree within `changeTolerance` points. Balances are not matched: a balance is a
/// small difference of two large figures, and its estimates and counts differ by far more than the
/// tolerance. A year is chosen only by a clear majority (`decide`).
struct FigureDating {
    /// What the figures showed.
    enum Outcome: Equatable {
        /// The figures agree on `year`; `matches` says which published figures they matched.
        case dated(year: Int, matches: [Match])
        /// Figures matched the published figures of several years, none by a clear majority.
        case ambiguous(years: [Int])
        /// No figure matched.
        case unmatched
    }

    /// One figure of the bulletin (read in the probe year) and the published figure it matched.
    struct Match: Equatable {
        let fact: ExtractedFact
        let figure: PublishedFigure
    }

    /// Of the 112 figures other than balances that `Samples/history/` holds in two published versions (an
    /// estimate, then the customs office's count or a revision), the two differ by a median 0.8%, and by
    /// 2% or less for 75 of them; the wider gaps are early estimates of one month. A bulletin's figure has
    /// to match only one published version, and a figure rounded to one decimal of a billion adds under
    /// 0.5%. The same period's figure of another year is usually several percent away, but of the ~1,600
    /// published figures 66 pairs of different years lie within 2% of each other, which is why one
    /// matching figure decides nothing when another year matches as many (`decide`).
    static let tolerance = 0.02
    /// A figure that alone dates a bulletin must agree within this: at 2% the published figures hold 64 pairs of
    /// different years' figures (same flow, partner, commodity, sector and period shape) that one figure could not
    /// tell apart, at 0.5% 15, of ~1,680. The tolerance of a figure rounded to one decimal of ten billion or more.
    /// (An undated article's 80.4 billion of half-year imports, 1.35% off one year's 81.5, dated it a year early.)
    static let loneTolerance = 0.005
    /// Estimates and counts of the same change differ by up to about a point.
    static let changeTolerance = 1.0

    private let byKey: [Key: [PublishedFigure]]

    private struct Key: Hashable {
        let flow: Flow, partner: String, commodity: String, sector: Sector
        /// The period's first half-month within its year and its length in half-months: its shape.
        let start: Int, length: Int
    }

    init(_ figures: [PublishedFigure]) {
        byKey = Dictionary(grouping: figures.filter { $0.flow != .balance && $0.valueUSD > 0 }, by: { Self.key($0.period, $0.flow, $0.partner, $0.commodity, $0.sector) })
    }

    private static func key(_ period: Period, _ flow: Flow, _ partner: String, _ commodity: String, _ sector: Sector) -> Key {
        Key(flow: flow, partner: partner, commodity: commodity, sector: sector,
            start: period.firstHalf % 24, length: period.lastHalf - period.firstHalf)
    }

    /// The year `facts` are of, when they were read as if of the year of their own periods: each
    /// match says the bulletin's year is the probe year shifted by the years between the two periods.
    /// `probeYear` is the year the undated months were read in.
    func date(_ facts: [ExtractedFact], probeYear: Int) -> Outcome {
        var matchesByYear: [Int: [Match]] = [:]
        for fact in facts where fact.flow != .balance && fact.valueUSD > 0 {
            let candidates = byKey[Self.key(fact.period, fact.flow, fact.partner, fact.commodity, fact.sector)] ?? []
            var years = Set<Int>()
            for figure in candidates where Self.agree(fact, figure) {
                let year = probeYear + (figure.period.firstHalf - fact.period.firstHalf) / 24
                if years.insert(year).inserted { matchesByYear[year, default: []].append(Match(fact: fact, figure: figure)) }
            }
        }
        let outcome = Self.decide(matchesByYear)
        if case .dated(_, let matches) = outcome, matches.count == 1, let lone = matches.first,
           abs(Double(lone.fact.valueUSD) - Double(lone.figure.valueUSD)) > Self.loneTolerance * Double(lone.figure.valueUSD) {
            return .unmatched
        }
        return outcome
    }

    private static func agree(_ fact: ExtractedFact, _ figure: PublishedFigure) -> Bool {
        let value = Double(fact.valueUSD), published = Double(figure.valueUSD)
        guard abs(value - published) <= tolerance * published else { return false }
        guard let stated = fact.yoyPct, let publishedChange = figure.yoyPct else { return true }
        return abs(stated - publishedChange) <= changeTolerance
    }

    /// A year is the bulletin's when its figures matched at least twice as many more as all other
    /// years' together, plus one: every match agreeing (2 to 0, or 1 to 0), or 3 to 1, 5 to 2. A
    /// single coincidence of another year then cannot outvote several agreeing figures, nor can one
    /// figure decide against another that points elsewhere.
    private static func decide(_ matchesByYear: [Int: [Match]]) -> Outcome {
        guard let best = matchesByYear.max(by: { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }) else { return .unmatched }
        let others = matchesByYear.filter { $0.key != best.key }.values.reduce(0) { $0 + $1.count }
        if best.value.count >= 2 * others + 1 { return .dated(year: best.key, matches: best.value) }
        return .ambiguous(years: matchesByYear.keys.sorted())
    }
}
