/// A publication date at the top of a bulletin ("Hà Nội, 15/2/2024", "February 15, 2024"), or on a line of its own
/// anywhere in it ("Cập nhật: 16/07/2024 08:30", "Published: 2024-07-16", "Monday, July 15, 2024").
enum Dateline {
    /// A dateline's year, and its month and day when it states them. `monthFirst` is the other reading of a date
    /// written with numbers that could be either way round ("10/7/2023": 10 July, or 7 October US-style).
    struct Found: Equatable {
        let year: Int
        var month: Int?
        var day: Int?
        var monthFirst: MonthDay?
    }

    struct MonthDay: Equatable {
        let month: Int, day: Int
    }

    /// The date of the first forty tokens, else of the first line that is only a date.
    static func date(in tokens: [Token]) -> Found? {
        headerDate(tokens) ?? lineDate(tokens)
    }

    private static func headerDate(_ tokens: [Token]) -> Found? {
        for index in tokens.indices.prefix(40) where tokens[index].kind == .number {
            if let found = numericDate(tokens, at: index) { return found }
            let parts = numberParts(tokens[index].text)
            // "February 15, 2024", "ngày 12 tháng 5 năm 2025" (not a bare "năm 2012" in the text).
            if parts.count == 1, (1990...2100).contains(parts[0]), index > 0,
               tokens[index - 1].key == "," || tokens[index - 1].kind == .number
                || (tokens[index - 1].key == "năm" && index >= 3 && tokens[index - 3].key == "tháng") {
                return Found(year: parts[0])
            }
        }
        return nil
    }

    /// "15/7/2024", "15.7.2024", "15-7-2024", "2024-07-15" at `index`. Day first unless the second number cannot be
    /// a month; when both could be months, `monthFirst` keeps the other reading.
    static func numericDate(_ tokens: [Token], at index: Int) -> Found? {
        var parts = numberParts(tokens[index].text)
        var next = index + 1
        while parts.count < 3, next + 1 < tokens.count, tokens[next].text == "-", tokens[next + 1].kind == .number,
              let part = Int(tokens[next + 1].text) {
            parts.append(part)
            next += 2
        }
        guard parts.count == 3 else { return nil }
        if (1990...2100).contains(parts[0]) {
            return (1...12).contains(parts[1]) && (1...31).contains(parts[2]) ? Found(year: parts[0], month: parts[1], day: parts[2])
                : Found(year: parts[0])
        }
        guard (1990...2100).contains(parts[2]) else { return nil }
        let (first, second) = (parts[0], parts[1])
        if (1...12).contains(first), (13...31).contains(second) { return Found(year: parts[2], month: first, day: second) }
        guard (1...31).contains(first), (1...12).contains(second) else { return Found(year: parts[2]) }
        let other = first <= 12 && first != second ? MonthDay(month: first, day: second) : nil
        return Found(year: parts[2], month: second, day: first, monthFirst: other)
    }

    private static func numberParts(_ text: String) -> [Int] {
        text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).compactMap { Int($0) }
    }

    /// The first line of a dozen tokens or fewer whose words are all a date's ("Cập nhật", "Published", a weekday,
    /// a month name, a time zone) and that holds a full date.
    private static func lineDate(_ tokens: [Token]) -> Found? {
        var start = 0
        while start < tokens.count {
            let end = tokens[start...].firstIndex { $0.kind == .lineBreak } ?? tokens.count
            let line = Array(tokens[start..<end])
            start = end + 1
            guard !line.isEmpty, line.count <= 12,
                  line.allSatisfy({ $0.kind != .word || ExtractionVocabulary.datelineWords.contains($0.key) || month($0) != nil })
            else { continue }
            if let found = line.indices.lazy.compactMap({ numericDate(line, at: $0) }).first ?? writtenDate(line) { return found }
        }
        return nil
    }

    /// "July 15, 2024", "15 July 2024", "ngày 15 tháng 7 năm 2024" on a line.
    private static func writtenDate(_ line: [Token]) -> Found? {
        func number(_ index: Int) -> Int? {
            line.indices.contains(index) && line[index].kind == .number ? Int(line[index].text) : nil
        }
        guard let yearIndex = line.indices.first(where: { number($0).map { (1990...2100).contains($0) } == true }) else { return nil }
        var month: Int?, day: Int?
        if let index = line.indices.first(where: { Self.month(line[$0]) != nil }) {
            month = Self.month(line[index])
            day = [index + 1, index - 1].lazy.filter { $0 != yearIndex }.compactMap(number).first { (1...31).contains($0) }
        } else if let index = line.indices.first(where: { line[$0].key == ExtractionVocabulary.monthWord }) {
            month = number(index + 1).flatMap { (1...12).contains($0) ? $0 : nil }
            day = number(index - 1).flatMap { (1...31).contains($0) ? $0 : nil }
        }
        guard let month, let day else { return nil }
        return Found(year: number(yearIndex)!, month: month, day: day)
    }

    private static func month(_ token: Token) -> Int? {
        guard token.kind == .word, token.isCapitalized else { return nil }
        return ExtractionVocabulary.monthNames.first { $0.0 == token.key }?.1
    }
}
