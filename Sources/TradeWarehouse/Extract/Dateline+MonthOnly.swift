extension Dateline {
    /// A dateline that gives a month but no day ("Hà Nội, tháng 5/2024", "Hà Nội, tháng 5 năm 2024",
    /// "Hanoi, May 2024"): the first line of the text, a place, a comma, then the month and nothing
    /// after it. Such a line dates no release (a day would be invented), so ingest stores no
    /// publication date and says so; `offset` is where the month starts, for the warning's line.
    static func monthWithoutDay(of text: String) -> (year: Int, month: Int, offset: Int)? {
        let tokens = Tokenizer.tokens(of: PlainText.normalize(text))
        let line = Array(tokens.drop { $0.kind == .lineBreak }.prefix { $0.kind != .lineBreak })
        let words = line.last?.key == "." ? Array(line.dropLast()) : line
        guard let comma = words.firstIndex(where: { $0.key == "," }), comma > 0 else { return nil }
        let date = Array(words[(comma + 1)...])
        guard let first = date.first, let (year, month) = monthAndYear(date.map(\.key)), (1990...2100).contains(year),
              (1...12).contains(month) else { return nil }
        return (year, month, first.start)
    }

    /// "tháng 5/2024", "tháng 5 năm 2024", "may 2024" as (year, month).
    private static func monthAndYear(_ keys: [String]) -> (Int, Int)? {
        switch keys.count {
        case 2 where keys[0] == "tháng":
            let parts = keys[1].split(separator: "/").compactMap { Int($0) }
            return parts.count == 2 ? (parts[1], parts[0]) : nil
        case 4 where keys[0] == "tháng" && keys[2] == "năm":
            return Int(keys[1]).flatMap { month in Int(keys[3]).map { ($0, month) } }
        case 2:
            let month = ExtractionVocabulary.monthNames.first { $0.0 == keys[0] }?.1
            return month.flatMap { month in Int(keys[1]).map { ($0, month) } }
        default:
            return nil
        }
    }
}
