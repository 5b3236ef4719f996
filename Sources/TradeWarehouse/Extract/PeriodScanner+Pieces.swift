/// The pieces period phrases are built of: words, numbers, years, month names and dates.
extension PeriodScanner {
    /// The index after the longest of `phrases` that is at `index`.
    func firstOf(_ phrases: [String], at index: Int) -> Int? {
        phrases.compactMap { words(index, $0) }.max()
    }

    /// The value of the longest of `phrases` at `index`, and the index after it.
    func longest<Value>(of phrases: [(String, Value)], at index: Int) -> (Value, Int)? {
        phrases.compactMap { phrase, value in words(index, phrase).map { (value, $0) } }.max { $0.1 < $1.1 }
    }

    /// The index after `phrase` if it is at `index`.
    func words(_ index: Int, _ phrase: String) -> Int? {
        let keys = phrase.contains("-") ? Tokenizer.tokens(of: phrase).map(\.key) : phrase.split(separator: " ").map(String.init)
        guard index >= tokens.startIndex, index + keys.count <= tokens.endIndex else { return nil }
        for (offset, key) in keys.enumerated() where tokens[index + offset].key != key { return nil }
        return index + keys.count
    }

    func integer(_ index: Int) -> Int? {
        guard index < tokens.endIndex, tokens[index].kind == .number else { return nil }
        return Int(tokens[index].text)
    }

    func isYear(_ value: Int) -> Bool { (1990...2100).contains(value) }

    func isYearToken(_ index: Int) -> Bool { integer(index).map(isYear) ?? false }

    /// A month after "tháng", with the year written with it: "5/2024", "1.2024", "5 năm 2024", "5", "Giêng".
    func monthWithYear(_ index: Int) -> (month: Int, year: Int?, end: Int)? {
        if index < tokens.endIndex, tokens[index].kind == .number, let (month, year) = monthYear(tokens[index].text) {
            return (month, year, index + 1)
        }
        guard let (month, end) = monthNumber(index) else { return nil }
        let (year, last) = yearAfter(end)
        return (month, year, last)
    }

    /// A month as a number (1-12) or a Vietnamese month word, after "tháng".
    func monthNumber(_ index: Int) -> (Int, Int)? {
        if let value = integer(index), (1...12).contains(value) { return (value, index + 1) }
        if index < tokens.endIndex, let found = Self.vietnameseMonths.match(tokens, at: index), tokens[index].isCapitalized || found.value != 5 {
            return (found.value, index + found.length)
        }
        return nil
    }

    /// An English month name; "May" and "March" must be capitalized (else they are verbs).
    func monthName(_ index: Int) -> (Int, Int)? {
        guard index < tokens.endIndex, tokens[index].isCapitalized, let found = Self.months.match(tokens, at: index) else { return nil }
        var end = index + found.length
        if end < tokens.endIndex, tokens[end].text == ".", tokens[index].key.count == 3 { end += 1 }
        return (found.value, end)
    }

    /// A count of months: "7", "bảy", "seven".
    func countAt(_ index: Int) -> (Int, Int)? {
        if let value = integer(index) { return (value, index + 1) }
        return Self.counts.match(tokens, at: index).map { ($0.value, index + $0.length) }
    }

    /// A year right after `index` ("/2024", "năm 2024", "2024", "of 2024"), and the index after it.
    func yearAfter(_ index: Int) -> (Int?, Int) {
        var j = index
        if j < tokens.endIndex, ExtractionVocabulary.yearJoiners.contains(tokens[j].key), isYearToken(j + 1) { j += 1 }
        if isYearToken(j) { return (integer(j), j + 1) }
        return (nil, index)
    }

    /// "1.2024", "01/2024", "1/2024" → (month, year).
    func monthYear(_ text: String) -> (Int, Int?)? {
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" })
        guard parts.count == 2, let month = Int(parts[0]), (1...12).contains(month), let year = Int(parts[1]), isYear(year)
        else { return nil }
        return (month, year)
    }

    /// "15/9", "15/9/2024" or "15-5-2016" → (day, month, year?, index after it).
    func date(_ index: Int) -> (Int, Int, Int?, Int)? {
        guard index < tokens.endIndex, tokens[index].kind == .number else { return nil }
        var parts = tokens[index].text.split(separator: "/").compactMap { Int($0) }
        var next = index + 1
        while parts.count < 3, next + 1 < tokens.endIndex, tokens[next].text == "-", let part = integer(next + 1) {
            parts.append(part)
            next += 2
        }
        guard parts.count >= 2, (1...31).contains(parts[0]), (1...12).contains(parts[1]) else { return nil }
        return (parts[0], parts[1], parts.count == 3 && isYear(parts[2]) ? parts[2] : nil, next)
    }
}
