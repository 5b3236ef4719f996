/// A publication date at the top of a bulletin ("Hà Nội, 15/2/2024", "February 15, 2024").
enum Dateline {
    static func year(in tokens: [Token]) -> Int? {
        for (index, token) in tokens.prefix(40).enumerated() {
            if token.kind == .number {
                let parts = token.text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
                if parts.count == 3, let year = Int(parts[2]), (1990...2100).contains(year) { return year }
                if parts.count == 1, let year = Int(parts[0]), (1990...2100).contains(year),
                   index > 0, [",", "năm"].contains(tokens[index - 1].key) || tokens[index - 1].kind == .number {
                    return year
                }
            }
        }
        return nil
    }
}
