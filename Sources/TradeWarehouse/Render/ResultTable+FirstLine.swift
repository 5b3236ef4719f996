import Foundation

extension ResultTable {
    /// The table with each text of `column` cut to its first non-empty line, followed by ` …` when
    /// more lines follow: a release's multi-paragraph source note kept to one line of a terminal table.
    ///
    ///     releases.firstLines(ofColumn: "source")   // "Tổng cục Hải quan, 15/2/2024 …"
    public func firstLines(ofColumn column: String) -> ResultTable {
        guard let index = columns.firstIndex(of: column) else { return self }
        var table = self
        for row in table.rows.indices {
            guard let text = table.rows[row][index].text else { continue }
            let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard let first = lines.first else { continue }
            table.rows[row][index] = .text(lines.count > 1 ? first + " …" : first)
        }
        return table
    }
}
