import Foundation

/// A USD amount in a sentence and what it is.
struct MoneyMention {
    enum Role: Equatable {
        /// A figure of the period ("đạt 34,5 tỉ USD").
        case fact
        /// A change on a year earlier ("tương ứng tăng 3,9 tỉ USD"), with its sign.
        case delta(sign: Int64)
        /// A figure of comparison ("so với mức 31,4 tỉ USD"): a fact of the earlier period, if it can be told.
        case comparison

        var isDelta: Bool {
            if case .delta = self { return true }
            return false
        }
    }

    let range: Range<Int>
    let value: Int64
    let qualifier: Qualifier
    let role: Role
}

/// A percent change in a sentence.
struct PercentMention {
    let range: Range<Int>
    let value: Double
    let monthOnMonth: Bool
    /// True when it comes before the figure it describes ("rose 9.7% to $34.5 billion").
    let describesFollowingFigure: Bool
    /// True for a change in quantity, not value ("giảm 65,1% về lượng", "up 17.2 percent in quantity").
    var ofQuantity = false
}

/// Everything the extractor recognizes in one sentence, by token index.
struct SentenceMentions {
    var money: [MoneyMention] = []
    var percents: [PercentMention] = []
    var flows: [(index: Int, word: FlowWord, subjectPartner: String?, length: Int)] = []
    var partners: [(range: Range<Int>, code: String)] = []
    var commodities: [(range: Range<Int>, code: String, name: String)] = []
    var sectors: [(index: Int, sector: Sector)] = []
    /// Periods; a comparison one is the period compared with, an aside one ("Riêng tháng 12") holds for
    /// its sentence only.
    var periods: [(mention: PeriodMention, isComparison: Bool, isAside: Bool)] = []
    /// Amounts next to a word that makes them a target, an average, a threshold or a price.
    var noisyAmounts: Set<Int> = []
    /// "nhóm hàng này": the commodity just named.
    var commodityAnaphora: [Int] = []
    /// "khối này": the sector just named.
    var sectorAnaphora: [Int] = []
    /// "trong tháng", "in the fortnight": the month (or half-month, quarter) last named.
    var currentPeriods: [(index: Int, kind: Period.Kind)] = []
    /// For each token, the innermost parenthesis it is in (0 outside any).
    var parenthesis: [Int] = []
    /// Estimate words: those right before an amount ("an estimated $30.65 billion") are its own.
    var estimates: [Int] = []
    var anaphora: [Int] = []
    var clauseBreaks: [Int] = []
    var quantities: [(index: Int, value: Double, unit: String)] = []
    var nonTrade: [Int] = []
    var reporter: [Int] = []

    /// Where the sentence's first figure starts (an amount stated as a fact, not a change and not noise), or nil
    /// when it states none.
    var firstFigureStart: Int? {
        money.indices.first { money[$0].role == .fact && !noisyAmounts.contains($0) }.map { money[$0].range.lowerBound }
    }
}
