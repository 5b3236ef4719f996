/// Whether tradewh and DuckDB answered a question with the same figures.
///
/// Every row DuckDB gives must be among tradewh's, with each of the query's figure columns equal
/// (as printed: whole dollars, empty for none), and tradewh may list no other row of the same
/// kind: a month, and a partner of the dataset or WORLD. (tradewh also lists the quarters, years
/// and country groups it derives, which the flat SQL does not compute.) Rows are held as 64-bit
/// hashes of their printed keys and figures, so a check of 100,000 rows costs about a megabyte.
struct FigureCheck {
    let query: BenchQuery

    /// How two answers compare.
    enum Outcome: Equatable {
        case identical(rows: Int)
        case differs(String)

        var isIdentical: Bool {
            if case .identical = self { return true }
            return false
        }
    }

    /// Compares tradewh's CSV answer with DuckDB's.
    func compare(tradewh: String, duckdb: String) throws -> Outcome {
        var expected: Set<UInt64> = []
        var referenceRows = 0
        try read(duckdb, keep: { _ in true }) { hash, _ in
            expected.insert(hash)
            referenceRows += 1
        }
        var rows = 0, differing = 0
        var example: String?
        try read(tradewh, keep: Self.isComparable) { hash, text in
            rows += 1
            if !expected.contains(hash) {
                differing += 1
                example = example ?? text
            }
        }
        if let example {
            return .differs("\(differing) of tradewh's \(rows) rows are not in DuckDB's answer, e.g. \(example)")
        }
        guard rows == referenceRows else { return .differs("tradewh lists \(rows) rows, DuckDB \(referenceRows)") }
        return .identical(rows: rows)
    }

    /// A month's row of a catalog partner or WORLD (a row without a partner column is kept).
    static func isComparable(_ fields: [String: String]) -> Bool {
        guard let period = fields["period"], isMonth(period) else { return false }
        return fields["partner"].map { $0 == "WORLD" || Catalog.partners.contains($0) } ?? true
    }

    /// `YYYY-MM`.
    static func isMonth(_ period: String) -> Bool {
        let characters = Array(period)
        return characters.count == 7 && characters[4] == "-" && characters.enumerated().allSatisfy { $0.offset == 4 || $0.element.isASCII && $0.element.isNumber }
    }

    /// Hashes each row that `keep` keeps: its keys and figures joined, as printed.
    private func read(_ path: String, keep: ([String: String]) -> Bool, _ row: (UInt64, String) -> Void) throws {
        var header: [String]?
        let columns = query.keys + query.figures
        try CSVLines.forEach(in: path) { fields in
            guard let names = header else {
                header = fields
                guard columns.allSatisfy(fields.contains) else {
                    throw BenchError.unexpected("\(path): its header \(fields) lacks one of \(columns)")
                }
                return
            }
            let byName = Dictionary(zip(names, fields), uniquingKeysWith: { first, _ in first })
            guard keep(byName) else { return }
            let text = columns.map { $0 + "=" + (byName[$0] ?? "") }.joined(separator: " ")
            row(Self.hash(text), text)
        }
    }

    /// FNV-1a, 64 bits.
    static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0100_0000_01B3 }
    }
}
