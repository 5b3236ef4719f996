import Foundation


/// Finds the mentions of one sentence, left to right, the longest match first.
struct SentenceScanner {
    let tokens: ArraySlice<Token>
    let language: Language
    let partners: Gazetteer
    let commodities: Gazetteer

    static let scales = PhraseTable(ExtractionVocabulary.scales)
    static let dollarsBefore = PhraseTable(ExtractionVocabulary.dollarsBefore, value: true)
    static let dollarsAfter = PhraseTable(ExtractionVocabulary.dollarsAfter, value: true)
    static let otherCurrencies = PhraseTable(ExtractionVocabulary.otherCurrencies, value: true)
    static let qualifiers = PhraseTable(ExtractionVocabulary.qualifiers)
    static let estimates = PhraseTable(ExtractionVocabulary.estimates, value: true)
    static let changes = PhraseTable(ExtractionVocabulary.increases.map { ($0, Int64(1)) }
        + ExtractionVocabulary.decreases.map { ($0, Int64(-1)) })
    static let changeTargets = PhraseTable(ExtractionVocabulary.changeTargets, value: true)
    static let levelPhrasalVerbs = PhraseTable(ExtractionVocabulary.levelPhrasalVerbs, value: true)
    static let comparisons = PhraseTable(ExtractionVocabulary.comparisons, value: true)
    static let monthOnMonth = PhraseTable(ExtractionVocabulary.monthOnMonth, value: true)
    static let yearOnYear = PhraseTable(ExtractionVocabulary.yearOnYear, value: true)
    static let flows = PhraseTable(ExtractionVocabulary.flows)
    static let sectors = PhraseTable(ExtractionVocabulary.sectors)
    static let anaphora = PhraseTable(ExtractionVocabulary.partnerAnaphora, value: true)
    static let nonTrade = PhraseTable(ExtractionVocabulary.nonTrade, value: true)
    static let exclusions = PhraseTable(ExtractionVocabulary.commodityExclusions, value: true)
    static let trailingExclusions = PhraseTable(ExtractionVocabulary.commodityTrailingExclusions, value: true)
    static let units = PhraseTable(ExtractionVocabulary.quantityUnits.map { ($0.0, ($0.1, $0.2)) })
    static let periodComparisons = PhraseTable(ExtractionVocabulary.periodComparisons, value: true)
    static let adjacentPeriodComparisons = PhraseTable(ExtractionVocabulary.adjacentPeriodComparisons, value: true)
    static let reporter = PhraseTable(ExtractionVocabulary.reporter, value: true)
    static let periodAsides = PhraseTable(ExtractionVocabulary.periodAsides, value: true)
    static let clauseAsides = PhraseTable(ExtractionVocabulary.clauseAsides, value: true)
    static let contrasts = PhraseTable(ExtractionVocabulary.contrasts, value: true)
    static let amountNoise = PhraseTable(ExtractionVocabulary.amountNoise, value: true)
    static let plans = PhraseTable(ExtractionVocabulary.plans, value: true)
    static let priceMarkers = PhraseTable(ExtractionVocabulary.priceMarkers, value: true)
    static let restatements = PhraseTable(ExtractionVocabulary.restatements)
    static let quantityScopes = PhraseTable(ExtractionVocabulary.quantityScopes, value: true)
    static let comparativesAfter = PhraseTable(ExtractionVocabulary.comparativesAfter)
    static let commodityAnaphora = PhraseTable(ExtractionVocabulary.commodityAnaphora, value: true)
    static let sectorAnaphora = PhraseTable(ExtractionVocabulary.sectorAnaphora, value: true)
    static let currentPeriodWords = PhraseTable(ExtractionVocabulary.currentPeriodWords)
    static let figureNouns = PhraseTable(ExtractionVocabulary.figureNouns, value: true)
    static let percentWords = PhraseTable(ExtractionVocabulary.percentWords, value: true)
    static let purposes = PhraseTable(ExtractionVocabulary.purposeWords, value: true)

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
    func isNoise(_ money: MoneyMention, found: SentenceMentions) -> Bool {
        let start = money.range.lowerBound, end = money.range.upperBound
        if (tokens.startIndex..<start).contains(where: { Self.plans.matches(tokens, at: $0) && !isForecastToMeet(planAt: $0) }) {
            return true
        }
        for offset in 0...2 where Self.plans.matches(tokens, at: end + offset) { return true }
        for offset in 0...3 where Self.nonTrade.matches(tokens, at: end + offset)
            && !isFlowRevenue(at: end + offset, amountStart: start, found: found) { return true }
        // A noise word before the amount counts up to a comma or clause break: "vượt mốc 500 tỷ USD", not
        // "surpassed the $700 billion mark, reaching $786 billion".
        for offset in 1...5 where Self.amountNoise.match(tokens, endingBefore: start - offset + 1) != nil
            && !(start - offset + 1..<start).contains(where: { tokens[$0].text == "," || found.clauseBreaks.contains($0) }) { return true }
        for offset in 0...2 where Self.amountNoise.matches(tokens, at: end + offset) { return true }
        if Self.priceMarkers.matches(tokens, at: end) { return true }
        let clause = (found.clauseBreaks.last { $0 < start }).map { $0 + 1 } ?? tokens.startIndex
        let lastFlow = found.flows.last { $0.index < start }?.index ?? clause
        // "total import-export revenue reached ...": revenue right after a flow word is that flow's own noun.
        let flowNouns = Set(found.flows.map { $0.index + $0.length }.filter {
            $0 < tokens.endIndex && ExtractionVocabulary.flowRevenueWords.contains(tokens[$0].key)
        })
        if found.nonTrade.contains(where: { $0 >= max(clause, lastFlow) && $0 < start && !flowNouns.contains($0) }) { return true }
        return (clause..<start).contains { index in
            tokens[index].kind == .number && index + 1 < start
                && ExtractionVocabulary.countedNouns.contains(tokens[index + 1].key)
        }
    }

    /// "are expected to reach the target of 13.2 billion USD", "dự kiến đạt mục tiêu 300 tỷ USD": a forecast that
    /// the plan will be met is a forecast of the figure, not the plan alone.
    func isForecastToMeet(planAt index: Int) -> Bool {
        let verbEnd = index - (index > tokens.startIndex && ExtractionVocabulary.articles.contains(tokens[index - 1].key) ? 1 : 0)
        guard verbEnd > tokens.startIndex, ExtractionVocabulary.planMeetingVerbs.contains(tokens[verbEnd - 1].key) else { return false }
        return Self.estimates.match(tokens, endingBefore: verbEnd) != nil || Self.estimates.match(tokens, endingBefore: verbEnd - 1) != nil
    }

    /// "rice exports ... raking in US$334 million in revenue": revenue after an amount is the flow's own
    /// when a flow word stands before the amount in its clause.
    func isFlowRevenue(at index: Int, amountStart: Int, found: SentenceMentions) -> Bool {
        guard index < tokens.endIndex, ExtractionVocabulary.flowRevenueWords.contains(tokens[index].key) else { return false }
        let clause = (found.clauseBreaks.last { $0 < amountStart }).map { $0 + 1 } ?? tokens.startIndex
        // ... or it is part of the flow's own name: "US$134 billion in trade revenue".
        return found.flows.contains { ($0.index >= clause && $0.index < amountStart) || ($0.index < index && $0.index >= index - 2) }
    }

    func parenthesisGroups() -> [Int] {
        var groups: [Int] = [], stack: [Int] = [], next = 0
        for token in tokens {
            if token.text == "(" { next += 1; stack.append(next) }
            groups.append(stack.last ?? 0)
            if token.text == ")", !stack.isEmpty { stack.removeLast() }
        }
        return groups
    }

    /// Records the mention at `index`, if any, and returns the index after it.
    func scanOne(at index: Int, into found: inout SentenceMentions) -> Int {
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
        let listSign = found.percents.last.map { $0.value < 0 ? -1.0 : 1.0 }
        if let percent = percent(at: index, listSign: listSign) { found.percents.append(percent); return percent.range.upperBound }
        if let quantity = quantity(at: index) { found.quantities.append((index, quantity.value, quantity.unit)); return quantity.end }
        if let mention = PeriodScanner(tokens).mention(at: index) {
            found.periods.append((mention, isPeriodComparison(before: index),
                                  Self.periodAsides.match(tokens, endingBefore: index) != nil
                                    || Self.periodAsides.matches(tokens, at: mention.range.upperBound)
                                    || followsAClauseAside(index)))
            return mention.range.upperBound
        }
        if let match = Self.reporter.match(tokens, at: index), token.isCapitalized || token.key == "vn" {
            found.reporter.append(index)
            return index + match.length
        }
        if let match = Self.flows.match(tokens, at: index), isShareReference(at: index) || isPurpose(at: index) {
            return index + match.length
        }
        if let match = Self.flows.match(tokens, at: index) {
            let buyer = subjectPartner(for: match.value, at: index, found: found)
            let word = buyer != nil ? .export : sellsToVietnam(match.value, at: index, found: found)
                ? .import : seenFromPartner(match.value, at: index, length: match.length)
            found.flows.append((index, word, buyer, match.length))
            return index + match.length
        }
        if let match = Self.sectors.match(tokens, at: index) { found.sectors.append((index, match.value)); return index + match.length }
        if let match = partners.match(tokens, at: index, sentenceStart: tokens.startIndex) {
            found.partners.append((index..<(index + match.length), match.code))
            return index + match.length
        }
        if let match = commodities.match(tokens, at: index, sentenceStart: tokens.startIndex) {
            if Self.exclusions.match(tokens, endingBefore: index) == nil || ownsAmount(after: index + match.length),
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

    // MARK: Context words

    /// Whether a period is the one compared with ("so với cùng kỳ năm 2023", "so với kết quả thực
    /// hiện trong nửa cuối tháng 4"), by the words before it, back to the previous punctuation.
    func isPeriodComparison(before index: Int) -> Bool {
        for distance in 0...6 {
            let end = index - distance
            guard end > tokens.startIndex else { break }
            if Self.periodComparisons.match(tokens, endingBefore: end) != nil { return true }
            if distance == 0, Self.adjacentPeriodComparisons.match(tokens, endingBefore: end) != nil { return true }
            if ExtractionVocabulary.comparisonBarriers.contains(tokens[end - 1].key) || tokens[end - 1].kind == .number { break }
        }
        return false
    }

    /// "chiếm 74,1% tổng kim ngạch xuất khẩu", "accounting for 70% of the total export value": a flow named
    /// after a share is what the share is of, not the flow of the figures around it.
    func isShareReference(at index: Int) -> Bool {
        var position = index
        while position > tokens.startIndex, ExtractionVocabulary.shareOfWords.contains(tokens[position - 1].key) {
            position -= 1
        }
        return position > tokens.startIndex && tokens[position - 1].text == "%"
    }

    /// "..., qua đó nâng tổng kim ngạch 4 tháng lên ...": a clause-opening aside since the last comma.
    func followsAClauseAside(_ index: Int) -> Bool {
        var position = index - 1
        while position >= tokens.startIndex, ![",", ";", "."].contains(tokens[position].text) {
            if Self.clauseAsides.matches(tokens, at: position) { return true }
            position -= 1
        }
        return false
    }

    /// "including computers, electronics and components (US$23.15 billion)": a name followed by its own
    /// amount is an item of a list, not one only mentioned in passing ("including crude oil").
    func ownsAmount(after index: Int) -> Bool {
        var position = index
        while position < tokens.endIndex, ["(", ":"].contains(tokens[position].text) { position += 1 }
        guard position < tokens.endIndex else { return false }
        return tokens[position].kind == .number || Self.dollarsBefore.matches(tokens, at: position)
    }

    /// "serving production for exports", "phục vụ sản xuất hàng xuất khẩu": a flow named as a purpose is
    /// not the flow of the figures around it.
    func isPurpose(at index: Int) -> Bool {
        Self.purposes.match(tokens, endingBefore: index) != nil
    }

    func matches(_ phrase: String, at index: Int) -> Bool {
        let keys = phrase.split(separator: " ")
        guard index + keys.count <= tokens.endIndex else { return false }
        return keys.enumerated().allSatisfy { tokens[index + $0.offset].key == $0.element }
    }

    /// The document text a run of tokens covers, with single spaces.
    func text(_ range: Range<Int>) -> String { tokens.text(range) }
}
