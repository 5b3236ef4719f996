extension ReferenceLoader {
    /// The reference files of Vietnam's published trade figures: those drawn from `Samples/history/`
    /// (2015-2026), then those read by hand from the press (2010-2014).
    static let publishedFigureFiles = ["published_totals.csv", "published_totals_2010_2014.csv"]

    /// The published figures this binary carries, read once, when first asked for.
    static let embeddedPublishedFigures = Result { try embedded().publishedFigures() }

    /// The figures of `publishedFigureFiles` that this loader carries (Vietnam's published trade figures,
    /// which date a bulletin that states no year); throws naming the file, line and field of a row that does not read.
    func publishedFigures() throws -> [PublishedFigure] {
        try Self.publishedFigureFiles.filter { name in files.contains { $0.name == name } }.flatMap(publishedFigures(in:))
    }

    private func publishedFigures(in file: String) throws -> [PublishedFigure] {
        try csv(file).rows.map { row in
            func field(_ column: String) throws -> String {
                guard let value = row.field(column) else { throw ReferenceCSV.error(file, row.line, "\(column) is empty") }
                return value
            }
            func invalid(_ column: String) -> StoreError {
                ReferenceCSV.error(file, row.line, "\(column) \"\(row.field(column) ?? "")\" does not read")
            }
            guard let period = try? Period.parse(try field("period")) else { throw invalid("period") }
            guard let flow = Flow(rawValue: try field("flow")) else { throw invalid("flow") }
            guard let sector = Sector(rawValue: try field("sector")) else { throw invalid("sector") }
            guard let value = Int64(try field("value_usd")) else { throw invalid("value_usd") }
            let yoy = try row.field("yoy_pct").map { text in
                guard let number = Double(text) else { throw invalid("yoy_pct") }
                return number
            }
            return PublishedFigure(period: period, flow: flow, partner: try field("partner"), commodity: try field("commodity"),
                                   sector: sector, valueUSD: value, yoyPct: yoy, source: try field("source"), url: row.field("url"))
        }
    }
}
