import Foundation

/// Amounts, percentages and quantities: the numbers of a sentence and what they measure.
extension SentenceScanner {
    func money(at index: Int) -> MoneyMention? {
        var numberIndex = index
        var hasDollarsBefore = false
        if let prefix = Self.dollarsBefore.match(tokens, at: index) {
            numberIndex = index + prefix.length
            hasDollarsBefore = true
        }
        guard numberIndex < tokens.endIndex, let number = NumberText.parse(tokens[numberIndex].text, language: language)
        else { return nil }
        var end = numberIndex + 1
        var multiplier: Int64 = 1
        // "US$3.2-3.3 billion", "3,2–3,3 tỷ USD": a range, stored as its lower bound, which the value is over.
        let isRange = end + 1 < tokens.endIndex && ExtractionVocabulary.amountRangeJoiners.contains(tokens[end].text)
            && NumberText.parse(tokens[end + 1].text, language: language) != nil
        if isRange { end += 2 }
        // "a US$17.8-billion deficit"
        if end + 1 < tokens.endIndex, tokens[end].text == "-", tokens[end].start == tokens[end - 1].end,
           Self.scales.matches(tokens, at: end + 1) { end += 1 }
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
        return MoneyMention(range: index..<end, value: value.int64Value, qualifier: isRange ? .over : qualifier(before: index),
                            role: role(before: index))
    }

    /// "34,5 tỉ đồng": an amount in another currency, skipped whole so its number is not misread.
    func otherCurrencyAmountEnd(at index: Int) -> Int? {
        guard NumberText.parse(tokens[index].text, language: language) != nil else { return nil }
        var end = index + 1
        while let scale = Self.scales.match(tokens, at: end) { end += scale.length }
        guard let currency = Self.otherCurrencies.match(tokens, at: end) else { return nil }
        return end + currency.length
    }

    func qualifier(before index: Int) -> Qualifier {
        var end = index
        if let noun = Self.figureNouns.match(tokens, endingBefore: end) { end -= noun.length }
        return Self.qualifiers.match(tokens, endingBefore: end)?.value ?? .exact
    }

    /// Whether an amount is the period's figure, a change, or a figure of comparison, from the words before it.
    func role(before index: Int) -> MoneyMention.Role {
        var end = index
        if let qualifier = Self.qualifiers.match(tokens, endingBefore: end) { end -= qualifier.length }
        if let noun = Self.figureNouns.match(tokens, endingBefore: end) { end -= noun.length }
        else if end > tokens.startIndex, ExtractionVocabulary.amountLeadWords.contains(tokens[end - 1].key) { end -= 1 }
        if isAfterComparison(end) { return .comparison }
        if Self.changeTargets.match(tokens, endingBefore: end) != nil || Self.levelPhrasalVerbs.match(tokens, endingBefore: end) != nil {
            return .fact
        }
        if let change = Self.changes.match(tokens, endingBefore: end) { return .delta(sign: change.value) }
        let afterPercent = tokens[max(tokens.startIndex, end - 8)..<end].contains { ExtractionVocabulary.percentMarkers.contains($0.key) }
        if afterPercent, let restatement = Self.restatements.match(tokens, endingBefore: end) {
            return .delta(sign: restatement.value)
        }
        if let after = changeAfter(amountEndingAt: amountEnd(from: index)) { return .delta(sign: after) }
        return .fact
    }

    /// "$2.3 billion higher than", "3 tỷ USD cao hơn": an amount that a comparative follows is a change.
    private func changeAfter(amountEndingAt end: Int?) -> Int64? {
        guard let end else { return nil }
        return Self.comparativesAfter.match(tokens, at: end)?.value
    }

    /// Where the amount starting at `index` ends (its number, scale and currency), for looking past it.
    private func amountEnd(from index: Int) -> Int? {
        var end = index
        if let prefix = Self.dollarsBefore.match(tokens, at: end) { end += prefix.length }
        guard end < tokens.endIndex, tokens[end].kind == .number else { return nil }
        end += 1
        if end < tokens.endIndex, tokens[end].text == "-" { end += 1 }
        while let scale = Self.scales.match(tokens, at: end) { end += scale.length }
        if let suffix = Self.dollarsAfter.match(tokens, at: end) { end += suffix.length }
        return end
    }

    /// "so với mức 31,4 tỉ USD", "compared with a surplus of nearly $2 billion", "trái ngược với mức xuất
    /// siêu 1,25 tỷ USD": a comparison phrase shortly before, with only flow words and fillers between.
    func isAfterComparison(_ end: Int) -> Bool {
        var position = end
        for _ in 0..<6 {
            if Self.comparisons.match(tokens, endingBefore: position) != nil { return true }
            guard position > tokens.startIndex else { return false }
            let previous = tokens[position - 1]
            // "cao hơn so với cùng kỳ năm trước (7,58 tỷ USD)": the compared figure in parentheses.
            if previous.text == "(", position == end {
                position -= 1
                continue
            }
            let isFiller = ExtractionVocabulary.comparisonFillers.contains(previous.key)
                || Self.flows.match(tokens, endingBefore: position) != nil
            guard isFiller, previous.kind == .word else { return false }
            position -= Self.flows.match(tokens, endingBefore: position)?.length ?? 1
        }
        return false
    }

    // MARK: Percentages and quantities

    /// A percent change at `index`. With no change word of its own, one joined to the previous percentage
    /// ("rose 5.7% over the previous month and 15.8% year-on-year") takes that one's direction, `listSign`.
    func percent(at index: Int, listSign: Double? = nil) -> PercentMention? {
        var numberIndex = index
        var sign: Double?
        if ["+", "-", "−"].contains(tokens[index].text), index + 1 < tokens.endIndex {
            sign = tokens[index].text == "+" ? 1 : -1
            numberIndex += 1
        }
        guard let number = NumberText.parse(tokens[numberIndex].text, language: language) else { return nil }
        var end = numberIndex + 1
        if end < tokens.endIndex, tokens[end].text == "%" { end += 1 }
        else if let word = Self.percentWords.match(tokens, at: end) {
            end += word.length
        } else { return nil }
        let before = changeSign(before: index)
        let after = Self.changes.match(tokens, at: end)
        let joined = index > tokens.startIndex && ExtractionVocabulary.listJoiners.contains(tokens[index - 1].key) ? listSign : nil
        guard let direction = sign ?? before.map(Double.init) ?? after.map({ Double($0.value) }) ?? joined else { return nil }
        let value = NSDecimalNumber(decimal: number).doubleValue * direction
        var next = after.map { end + $0.length } ?? end
        if let basis = Self.yearOnYear.match(tokens, at: next) ?? Self.monthOnMonth.match(tokens, at: next) { next += basis.length }
        if next < tokens.endIndex, tokens[next].text == "," { next += 1 }
        let targetsNext = Self.changeTargets.matches(tokens, at: next)
        return PercentMention(range: index..<end, value: value, monthOnMonth: isMonthOnMonth(after: end) || isMonthOnMonth(before: index),
                              describesFollowingFigure: targetsNext, ofQuantity: Self.quantityScopes.matches(tokens, at: end))
    }

    /// The sign of a change word just before a percentage, skipping qualifiers ("tăng gần 57%").
    func changeSign(before index: Int) -> Int64? {
        var end = index
        for _ in 0..<3 {
            if let change = Self.changes.match(tokens, endingBefore: end) { return change.value }
            if let qualifier = Self.qualifiers.match(tokens, endingBefore: end) { end -= qualifier.length; continue }
            if end > tokens.startIndex, ExtractionVocabulary.changeFillers.contains(tokens[end - 1].key) {
                end -= 1
                continue
            }
            return nil
        }
        return nil
    }

    /// Whether the words after a percentage compare with the previous period rather than a year earlier.
    func isMonthOnMonth(after index: Int) -> Bool {
        var position = index
        while position < min(index + 10, tokens.endIndex) {
            if [";", "%"].contains(tokens[position].text) || NumberText.parse(tokens[position].text, language: language) != nil {
                return false
            }
            if Self.monthOnMonth.matches(tokens, at: position) || comparesWithAnEarlierMonth(at: position) { return true }
            if Self.yearOnYear.matches(tokens, at: position) { return false }
            position += 1
        }
        return false
    }

    /// "a month-on-month increase of 5.3 percent": the basis named in the few words before the percentage,
    /// back to a comma, "and" or another number.
    private func isMonthOnMonth(before index: Int) -> Bool {
        var position = index - 1
        while position >= max(tokens.startIndex, index - 8) {
            if ExtractionVocabulary.listJoiners.contains(tokens[position].key) || tokens[position].kind == .number { return false }
            if Self.monthOnMonth.matches(tokens, at: position) { return true }
            position -= 1
        }
        return false
    }

    /// "so với tháng 1", "versus April": a month named without its year, compared with, is the month before;
    /// so is one named with its year when the sentence is about another month ("Tháng 1, ... so với tháng 12/2023").
    private func comparesWithAnEarlierMonth(at index: Int) -> Bool {
        guard let head = Self.comparisons.match(tokens, at: index),
              let mention = PeriodScanner(tokens).mention(at: index + head.length),
              let period = mention.period(contextYear: 2000), [.month, .half].contains(period.kind)
        else { return false }
        guard mention.statedYear != nil else { return true }
        return (tokens.startIndex..<index).contains { position in
            guard let own = PeriodScanner(tokens).mention(at: position)?.period(contextYear: 2000), own.kind == period.kind else { return false }
            return own.firstHalf % 24 != period.firstHalf % 24
        }
    }

    func quantity(at index: Int) -> (value: Double, unit: String, end: Int)? {
        guard let number = NumberText.parse(tokens[index].text, language: language) else { return nil }
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
}
