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
}

/// Everything the extractor recognizes in one sentence, by token index.
struct SentenceMentions {
    var money: [MoneyMention] = []
    var percents: [PercentMention] = []
    var flows: [(index: Int, word: FlowWord, subjectPartner: String?)] = []
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
}

/// Finds the mentions of one sentence, left to right, the longest match first.
struct SentenceScanner {
    let tokens: ArraySlice<Token>
    let language: Language
    let partners: Gazetteer
    let commodities: Gazetteer

    private static let scales = PhraseTable(ExtractionVocabulary.scales)
    private static let dollarsBefore = PhraseTable(ExtractionVocabulary.dollarsBefore, value: true)
    private static let dollarsAfter = PhraseTable(ExtractionVocabulary.dollarsAfter, value: true)
    private static let otherCurrencies = PhraseTable(ExtractionVocabulary.otherCurrencies, value: true)
    private static let qualifiers = PhraseTable(ExtractionVocabulary.qualifiers)
    private static let estimates = PhraseTable(ExtractionVocabulary.estimates, value: true)
    private static let changes = PhraseTable(ExtractionVocabulary.increases.map { ($0, Int64(1)) }
        + ExtractionVocabulary.decreases.map { ($0, Int64(-1)) })
    private static let changeTargets = PhraseTable(ExtractionVocabulary.changeTargets, value: true)
    private static let comparisons = PhraseTable(ExtractionVocabulary.comparisons, value: true)
    private static let monthOnMonth = PhraseTable(ExtractionVocabulary.monthOnMonth, value: true)
    private static let yearOnYear = PhraseTable(ExtractionVocabulary.yearOnYear, value: true)
    private static let flows = PhraseTable(ExtractionVocabulary.flows)
    private static let sectors = PhraseTable(ExtractionVocabulary.sectors)
    private static let anaphora = PhraseTable(ExtractionVocabulary.partnerAnaphora, value: true)
    private static let nonTrade = PhraseTable(ExtractionVocabulary.nonTrade, value: true)
    private static let exclusions = PhraseTable(ExtractionVocabulary.commodityExclusions, value: true)
    private static let trailingExclusions = PhraseTable(ExtractionVocabulary.commodityTrailingExclusions, value: true)
    private static let units = PhraseTable(ExtractionVocabulary.quantityUnits.map { ($0.0, ($0.1, $0.2)) })
    private static let periodComparisons = PhraseTable(ExtractionVocabulary.periodComparisons, value: true)
    private static let reporter = PhraseTable(ExtractionVocabulary.reporter, value: true)
    private static let periodAsides = PhraseTable(ExtractionVocabulary.periodAsides, value: true)
    private static let contrasts = PhraseTable(ExtractionVocabulary.contrasts, value: true)
    private static let amountNoise = PhraseTable(ExtractionVocabulary.amountNoise, value: true)
    private static let plans = PhraseTable(ExtractionVocabulary.plans, value: true)
    private static let priceMarkers = PhraseTable(ExtractionVocabulary.priceMarkers, value: true)
    private static let commodityAnaphora = PhraseTable(ExtractionVocabulary.commodityAnaphora, value: true)
    private static let sectorAnaphora = PhraseTable(ExtractionVocabulary.sectorAnaphora, value: true)
    private static let currentPeriodWords = PhraseTable(ExtractionVocabulary.currentPeriodWords)
    private static let subjectGlue: Set<String> = ["đã", "đang", "vẫn", "tiếp", "tục", "tăng", "giảm", "cũng", "mạnh",
                                                   "lại", "trở", "sẽ", "có", "đẩy", "nhẹ", "hàng", "hóa",
                                                   "alone", "itself"]

    func scan() -> SentenceMentions {
        var found = SentenceMentions()
        var index = tokens.startIndex
        while index < tokens.endIndex {
            index = scanOne(at: index, into: &found)
        }
        found.noisyAmounts = Set(found.money.indices.filter { isNoise(found.money[$0], found: found) })
        found.parenthesis = parenthesisGroups()
        return found
    }

    /// A target, forecast, average, threshold or price rather than a figure of the period: a noise word
    /// within two words before or after it, a price unit after it, or a count of items as its subject
    /// ("35 mặt hàng đạt trên 1 tỷ USD").
    private func isNoise(_ money: MoneyMention, found: SentenceMentions) -> Bool {
        let start = money.range.lowerBound, end = money.range.upperBound
        if (tokens.startIndex..<start).contains(where: { Self.plans.matches(tokens, at: $0) }) { return true }
        for offset in 0...2 where Self.plans.matches(tokens, at: end + offset) { return true }
        for offset in 0...3 where Self.nonTrade.matches(tokens, at: end + offset) { return true }
        for offset in 1...5 where Self.amountNoise.match(tokens, endingBefore: start - offset + 1) != nil { return true }
        for offset in 0...2 where Self.amountNoise.matches(tokens, at: end + offset) { return true }
        if Self.priceMarkers.matches(tokens, at: end) { return true }
        let clause = (found.clauseBreaks.last { $0 < start }).map { $0 + 1 } ?? tokens.startIndex
        let lastFlow = found.flows.last { $0.index < start }?.index ?? clause
        if found.nonTrade.contains(where: { $0 >= max(clause, lastFlow) && $0 < start }) { return true }
        return (clause..<start).contains { index in
            tokens[index].kind == .number && index + 1 < start
                && ["mặt", "nhóm", "products", "items", "commodities", "categories", "doanh"].contains(tokens[index + 1].key)
        }
    }

    private func parenthesisGroups() -> [Int] {
        var groups: [Int] = [], stack: [Int] = [], next = 0
        for token in tokens {
            if token.text == "(" { next += 1; stack.append(next) }
            groups.append(stack.last ?? 0)
            if token.text == ")", !stack.isEmpty { stack.removeLast() }
        }
        return groups
    }

    /// Records the mention at `index`, if any, and returns the index after it.
    private func scanOne(at index: Int, into found: inout SentenceMentions) -> Int {
        let token = tokens[index]
        if [";", ":"].contains(token.text) || (token.text == "-" && index > tokens.startIndex && tokens[index - 1].text == ".") {
            found.clauseBreaks.append(index)
            return index + 1
        }
        if let contrast = Self.contrasts.match(tokens, at: index) {
            found.clauseBreaks.append(index)
            return index + contrast.length
        }
        if let money = money(at: index) { found.money.append(money); return money.range.upperBound }
        if let end = otherCurrencyAmountEnd(at: index) { return end }
        if let percent = percent(at: index) { found.percents.append(percent); return percent.range.upperBound }
        if let quantity = quantity(at: index) { found.quantities.append((index, quantity.value, quantity.unit)); return quantity.end }
        if let mention = PeriodScanner(tokens).mention(at: index) {
            found.periods.append((mention, isPeriodComparison(before: index),
                                  Self.periodAsides.match(tokens, endingBefore: index) != nil
                                    || Self.periodAsides.matches(tokens, at: mention.range.upperBound)))
            return mention.range.upperBound
        }
        if let match = Self.reporter.match(tokens, at: index), token.isCapitalized || token.key == "vn" {
            found.reporter.append(index)
            return index + match.length
        }
        if let match = Self.flows.match(tokens, at: index) {
            let buyer = subjectPartner(for: match.value, at: index, found: found)
            let word = buyer == nil ? seenFromPartner(match.value, after: index + match.length) : .export
            found.flows.append((index, word, buyer))
            return index + match.length
        }
        if let match = Self.sectors.match(tokens, at: index) { found.sectors.append((index, match.value)); return index + match.length }
        if let match = partners.match(tokens, at: index, sentenceStart: tokens.startIndex) {
            found.partners.append((index..<(index + match.length), match.code))
            return index + match.length
        }
        if let match = commodities.match(tokens, at: index, sentenceStart: tokens.startIndex) {
            if Self.exclusions.match(tokens, endingBefore: index) == nil,
               !Self.trailingExclusions.matches(tokens, at: index + match.length + (tokens.indices.contains(index + match.length) && tokens[index + match.length].text == "," ? 1 : 0)) {
                let name = text(index..<(index + match.length))
                found.commodities.append((index..<(index + match.length), match.code, name))
            }
            return index + match.length
        }
        if let match = Self.estimates.match(tokens, at: index) { found.estimates.append(index); return index + match.length }
        if let match = Self.anaphora.match(tokens, at: index) { found.anaphora.append(index); return index + match.length }
        if let match = Self.sectorAnaphora.match(tokens, at: index) { found.sectorAnaphora.append(index); return index + match.length }
        if let match = Self.currentPeriodWords.match(tokens, at: index),
           !(index + 1..<index + match.length).contains(where: { PeriodScanner(tokens).mention(at: $0) != nil }) {
            found.currentPeriods.append((index, match.value))
            return index + match.length
        }
        if let match = Self.commodityAnaphora.match(tokens, at: index) {
            found.commodityAnaphora.append(index)
            return index + match.length
        }
        if let match = Self.nonTrade.match(tokens, at: index) { found.nonTrade.append(index); return index + match.length }
        return index + 1
    }

    // MARK: Money

    private func money(at index: Int) -> MoneyMention? {
        var numberIndex = index
        var hasDollarsBefore = false
        if let prefix = Self.dollarsBefore.match(tokens, at: index) {
            numberIndex = index + prefix.length
            hasDollarsBefore = true
        }
        guard numberIndex < tokens.endIndex, let number = TextNumber.parse(tokens[numberIndex].text, language: language)
        else { return nil }
        var end = numberIndex + 1
        var multiplier: Int64 = 1
        while let scale = Self.scales.match(tokens, at: end) {
            if scale.value == 1_000_000_000 && tokens[end].key == "b" && !hasDollarsBefore { break }
            if tokens[end].key == "m" && !hasDollarsBefore { break }
            // "tỉ tỉ tỉ…" in garbage text: an amount past Int64 is no amount.
            let (product, overflow) = multiplier.multipliedReportingOverflow(by: scale.value)
            if overflow { return nil }
            multiplier = product
            end += scale.length
        }
        if !hasDollarsBefore {
            guard let suffix = Self.dollarsAfter.match(tokens, at: end) else { return nil }
            end += suffix.length
        }
        guard multiplier > 1 || hasDollarsBefore || end > numberIndex + 1 else { return nil }
        let value = NSDecimalNumber(decimal: number * Decimal(multiplier))
            .rounding(accordingToBehavior: NSDecimalNumberHandler(roundingMode: .plain, scale: 0, raiseOnExactness: false,
                                                                  raiseOnOverflow: false, raiseOnUnderflow: false, raiseOnDivideByZero: false))
        guard value.doubleValue < 9e18 else { return nil }
        return MoneyMention(range: index..<end, value: value.int64Value, qualifier: qualifier(before: index), role: role(before: index))
    }

    /// "34,5 tỉ đồng": an amount in another currency, skipped whole so its number is not misread.
    private func otherCurrencyAmountEnd(at index: Int) -> Int? {
        guard TextNumber.parse(tokens[index].text, language: language) != nil else { return nil }
        var end = index + 1
        while let scale = Self.scales.match(tokens, at: end) { end += scale.length }
        guard let currency = Self.otherCurrencies.match(tokens, at: end) else { return nil }
        return end + currency.length
    }

    private func qualifier(before index: Int) -> Qualifier {
        var end = index
        if end > tokens.startIndex, ["mức", "con số"].contains(tokens[end - 1].key) { end -= 1 }
        return Self.qualifiers.match(tokens, endingBefore: end)?.value ?? .exact
    }

    /// Whether an amount is the period's figure, a change, or a figure of comparison, from the words before it.
    private func role(before index: Int) -> MoneyMention.Role {
        var end = index
        if let qualifier = Self.qualifiers.match(tokens, endingBefore: end) { end -= qualifier.length }
        if end > tokens.startIndex, ["mức", "con số", "of", "by", "thêm", "là"].contains(tokens[end - 1].key) { end -= 1 }
        if isAfterComparison(end) { return .comparison }
        if Self.changeTargets.match(tokens, endingBefore: end) != nil { return .fact }
        if let change = Self.changes.match(tokens, endingBefore: end) { return .delta(sign: change.value) }
        let afterPercent = tokens[max(tokens.startIndex, end - 8)..<end].contains { $0.text == "%" }
        if afterPercent, end - 1 > tokens.startIndex, tokens[end - 2].key == "tương", ["ứng", "đương"].contains(tokens[end - 1].key) {
            return .delta(sign: 1)
        }
        return .fact
    }

    /// "so với mức 31,4 tỉ USD", "compared with a surplus of nearly $2 billion", "trái ngược với mức xuất
    /// siêu 1,25 tỷ USD": a comparison phrase shortly before, with only flow words and fillers between.
    private func isAfterComparison(_ end: Int) -> Bool {
        var position = end
        for _ in 0..<6 {
            if Self.comparisons.match(tokens, endingBefore: position) != nil { return true }
            guard position > tokens.startIndex else { return false }
            let previous = tokens[position - 1]
            let isFiller = ["a", "an", "the", "of", "mức", "con", "số", "là"].contains(previous.key)
                || Self.flows.match(tokens, endingBefore: position) != nil
            guard isFiller, previous.kind == .word else { return false }
            position -= Self.flows.match(tokens, endingBefore: position)?.length ?? 1
        }
        return false
    }

    // MARK: Percentages and quantities

    private func percent(at index: Int) -> PercentMention? {
        var numberIndex = index
        var sign: Double?
        if ["+", "-", "−"].contains(tokens[index].text), index + 1 < tokens.endIndex {
            sign = tokens[index].text == "+" ? 1 : -1
            numberIndex += 1
        }
        guard let number = TextNumber.parse(tokens[numberIndex].text, language: language) else { return nil }
        var end = numberIndex + 1
        if end < tokens.endIndex, tokens[end].text == "%" { end += 1 }
        else if let word = ["percent", "per cent", "phần trăm"].first(where: { matches($0, at: end) }) {
            end += word.split(separator: " ").count
        } else { return nil }
        let before = changeSign(before: index)
        let after = Self.changes.match(tokens, at: end)
        guard let direction = sign ?? before.map(Double.init) ?? after.map({ Double($0.value) }) else { return nil }
        let value = NSDecimalNumber(decimal: number).doubleValue * direction
        var next = after.map { end + $0.length } ?? end
        if let basis = Self.yearOnYear.match(tokens, at: next) ?? Self.monthOnMonth.match(tokens, at: next) { next += basis.length }
        if next < tokens.endIndex, tokens[next].text == "," { next += 1 }
        let targetsNext = Self.changeTargets.matches(tokens, at: next)
        return PercentMention(range: index..<end, value: value, monthOnMonth: isMonthOnMonth(after: end),
                              describesFollowingFigure: targetsNext)
    }

    /// The sign of a change word just before a percentage, skipping qualifiers ("tăng gần 57%").
    private func changeSign(before index: Int) -> Int64? {
        var end = index
        for _ in 0..<3 {
            if let change = Self.changes.match(tokens, endingBefore: end) { return change.value }
            if let qualifier = Self.qualifiers.match(tokens, endingBefore: end) { end -= qualifier.length; continue }
            if end > tokens.startIndex, ["đến", "tới", "by", "of", "là", "mức", "được", "a", "an"].contains(tokens[end - 1].key) {
                end -= 1
                continue
            }
            return nil
        }
        return nil
    }

    /// Whether the words after a percentage compare with the previous period rather than a year earlier.
    private func isMonthOnMonth(after index: Int) -> Bool {
        var position = index
        while position < min(index + 10, tokens.endIndex) {
            if [";", "%"].contains(tokens[position].text) || TextNumber.parse(tokens[position].text, language: language) != nil {
                return false
            }
            if Self.monthOnMonth.matches(tokens, at: position) { return true }
            if Self.yearOnYear.matches(tokens, at: position) { return false }
            position += 1
        }
        return false
    }

    private func quantity(at index: Int) -> (value: Double, unit: String, end: Int)? {
        guard let number = TextNumber.parse(tokens[index].text, language: language) else { return nil }
        var end = index + 1
        var multiplier: Int64 = 1
        while let scale = Self.scales.match(tokens, at: end), !Self.units.matches(tokens, at: end) {
            // "tỉ tỉ tỉ…" in garbage text: an amount past Int64 is no amount.
            let (product, overflow) = multiplier.multipliedReportingOverflow(by: scale.value)
            if overflow { return nil }
            multiplier = product
            end += scale.length
        }
        guard let unit = Self.units.match(tokens, at: end) else { return nil }
        let value = NSDecimalNumber(decimal: number * Decimal(multiplier) * Decimal(unit.value.1)).doubleValue
        return (value, unit.value.0, end + unit.length)
    }

    // MARK: Context words

    /// Whether a period is the one compared with ("so với cùng kỳ năm 2023", "so với kết quả thực
    /// hiện trong nửa cuối tháng 4"), by the words before it, back to the previous punctuation.
    private func isPeriodComparison(before index: Int) -> Bool {
        for distance in 0...6 {
            let end = index - distance
            guard end > tokens.startIndex else { break }
            if Self.periodComparisons.match(tokens, endingBefore: end) != nil { return true }
            if [",", ";", ":", "(", ")", "."].contains(tokens[end - 1].text) || tokens[end - 1].kind == .number { break }
        }
        return false
    }

    /// "nhập khẩu 38,9 tỉ USD hàng hóa từ Việt Nam": a partner's imports from Vietnam are Vietnam's
    /// exports, and its exports to Vietnam are Vietnam's imports.
    private func seenFromPartner(_ word: FlowWord, after index: Int) -> FlowWord {
        guard word == .import || word == .export else { return word }
        let preposition = word == .import ? ["từ", "from", "of"] : ["sang", "to", "into"]
        for position in index..<min(index + 8, tokens.endIndex) where preposition.contains(tokens[position].key) {
            if Self.reporter.matches(tokens, at: position + 1) { return word == .import ? .export : .import }
        }
        return word
    }

    /// "Mỹ đã tăng nhập khẩu": a partner that is the subject of "imports" buys Vietnam's exports.
    /// Returns that partner when only auxiliary words stand between it and the flow word.
    private func subjectPartner(for word: FlowWord, at index: Int, found: SentenceMentions) -> String? {
        guard word == .import, let last = found.partners.last, last.range.upperBound <= index,
              index - last.range.upperBound <= 3,
              tokens[last.range.upperBound..<index].allSatisfy({ Self.subjectGlue.contains($0.key) })
        else { return nil }
        let following = tokens[(index + 1)..<min(index + 3, tokens.endIndex)]
        return following.contains { ["từ", "from"].contains($0.key) } ? nil : last.code
    }

    private func matches(_ phrase: String, at index: Int) -> Bool {
        let keys = phrase.split(separator: " ")
        guard index + keys.count <= tokens.endIndex else { return false }
        return keys.enumerated().allSatisfy { tokens[index + $0.offset].key == $0.element }
    }

    /// The document text a run of tokens covers, with single spaces.
    func text(_ range: Range<Int>) -> String {
        var result = ""
        for index in range {
            if index > range.lowerBound, tokens[index].start > tokens[index - 1].end { result += " " }
            result += tokens[index].text
        }
        return result
    }
}
