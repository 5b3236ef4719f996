/// A publication date at the top of a bulletin ("Hà Nội, 15/2/2024", "February 15, 2024").
enum Dateline {
    /// The year of the dateline, and its month and day when written as `15/2/2024`.
    static func date(in tokens: [Token]) -> (year: Int, month: Int?, day: Int?)? {
        for (index, token) in tokens.prefix(40).enumerated() where token.kind == .number {
            let parts = token.text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).compactMap { Int($0) }
            if parts.count == 3, (1990...2100).contains(parts[2]) {
                let valid = (1...31).contains(parts[0]) && (1...12).contains(parts[1])
                return (parts[2], valid ? parts[1] : nil, valid ? parts[0] : nil)
            }
            // "February 15, 2024", "ngày 12 tháng 5 năm 2025" (not a bare "năm 2012" in the text).
            if parts.count == 1, (1990...2100).contains(parts[0]), index > 0,
               tokens[index - 1].key == "," || tokens[index - 1].kind == .number
                || (tokens[index - 1].key == "năm" && index >= 3 && tokens[index - 3].key == "tháng") {
                return (parts[0], nil, nil)
            }
        }
        return nil
    }
}
