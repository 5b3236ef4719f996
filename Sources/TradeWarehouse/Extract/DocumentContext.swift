/// What earlier sentences established, carried into later ones.
struct DocumentContext {
    /// The year from `--year` or the dateline, used until the text states one.
    let fallbackYear: Int?
    var statedYear: Int?
    /// The period last stated (resolved with the year in force then).
    private(set) var period: Period?
    /// The period a shorter one was stated within ("Năm 2020 ... Trong tháng 12, ..."): it returns
    /// at the next paragraph.
    private var outerPeriod: Period?
    /// The last month, half-month and quarter named, for "trong tháng" / "in the fortnight".
    var lastNamed: [Period.Kind: Period] = [:]
    /// The sector last named, for "khối này".
    var sector: Sector?
    var flow: FlowWord?
    /// The partner the previous sentence was about, for lists and "thị trường này".
    var focusPartner: String?
    /// The group of countries last named (EU, ASEAN), for "the bloc".
    var lastBloc: String?
    /// The one partner, other than the world, of every figure of the previous sentence with figures: the partner of
    /// a total that a sentence breaking it down ("... of the total") is about.
    var totalPartner: String?
    /// Whether the previous sentence with figures gave a two-way trade figure, for the exports and imports that split it.
    var totalWasTurnover = false
    /// The partner of the bulletin's first figures, when they are of one partner: what "the two economies" means
    /// at the head of a paragraph.
    var topicPartner: String?
    /// The flow of the bulletin's first figure, when an export or an import: the flow of a commodity's figure that
    /// opens a paragraph with no flow word of its own ("Nhóm hàng công nghiệp chế biến ước đạt ...").
    var topicFlow: FlowWord?
    /// Whether `topicPartner` has been decided (by the first sentence with figures).
    var topicDecided = false
    /// Set at a new paragraph: the focus partner then holds only for "thị trường này", not for lists.
    var focusIsStale = false
    /// The last figure of a paragraph's list of markets for one commodity ("Malaysia ... 236,7 triệu USD").
    var lastMarketFact: ExtractedFact?
    /// The commodity last named, for "nhóm hàng này" (this product group).
    var commodity: (code: String, name: String)?
    /// The one commodity the whole bulletin names, if it names only one ("Xuất khẩu gỗ năm 2018...").
    var soleCommodity: String?
    /// That commodity as the text first wrote it, once a figure for it is found.
    var topicCommodity: (code: String, name: String)?
    var paragraph = 0
    /// The paragraph the period in force was stated in.
    private(set) var periodParagraph = 0
    /// Set from a sentence that gives a statistics office's estimates ("theo ước tính của Tổng cục Thống kê",
    /// "according to estimates released by the GSO") until one names the customs office.
    var estimating = false
    /// The commodity every figure of the previous sentence was for; it holds through its paragraph for
    /// figures of a partner ("Shipments to the EU were worth ...").
    var paragraphCommodity: (code: String, name: String)?
    /// The first period the bulletin states for its own figures, for figures before any is stated.
    var openingPeriod: Period?
    /// The period of the last figure, for "during the period" / "trong kỳ".
    var lastFactPeriod: Period?
    /// Whether the last figure was an estimate, for lists that continue it ("Trong đó, ...").
    var lastWasEstimated = false

    var year: Int? { statedYear ?? fallbackYear }

    init(fallbackYear: Int?) {
        self.fallbackYear = fallbackYear
    }

    /// Whether the period in force was that of figures, not only named by a sentence without any.
    private(set) var periodHadFigures = false

    /// Makes `new` the period in force, remembering the one it lies within.
    mutating func setPeriod(_ new: Period, ofFigures: Bool = true) {
        periodHadFigures = ofFigures
        if let current = period, current != new, current.firstHalf <= new.firstHalf, new.lastHalf <= current.lastHalf {
            outerPeriod = outerPeriod ?? current
        } else if outerPeriod.map({ !($0.firstHalf <= new.firstHalf && new.lastHalf <= $0.lastHalf) }) ?? false {
            outerPeriod = nil
        }
        period = new
        periodParagraph = paragraph
    }

    /// At a paragraph break, a sub-period ends and the period it lay within is in force again — unless
    /// the sub-period is a half-month release's own, the first it states ("kỳ 2 tháng 6" in a release
    /// that also gives the year to date).
    mutating func leaveSubPeriod() {
        if let opening = openingPeriod, opening.kind == .half, let current = period, current != opening,
           current.firstHalf <= opening.firstHalf, opening.lastHalf == current.lastHalf {
            // A half-month release's year to date holds for its paragraph; the next is about the half-month again.
            period = opening
            outerPeriod = nil
        } else if let outer = outerPeriod, !(period == openingPeriod && period?.kind == .half) {
            period = outer
            outerPeriod = nil
        }
    }
}
