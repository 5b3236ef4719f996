/// Reads a prose bulletin: its figures through `BulletinExtractor`, written one at a time with
/// what the text said of each; what cannot be placed becomes a warning. Sets the release's
/// publication date: the one given, else the day its dateline states; a dateline with a month and
/// no day stores none, with a warning (a day would be invented).
struct BulletinReader: FactReader {
    let reference: ReferenceData
    /// The year of months named without one, when the text states none.
    let year: Int?
    /// The day the text was published, which dates months written without a year.
    let published: PublicationDate?

    func read(_ source: InputSource, into sink: IngestSink) throws {
        let text = try BulletinText.decode(try source.allBytes(), path: source.path)
        let result = BulletinExtractor(reference: reference).extract(text, year: year, published: published)
        if result.yearSource == nil, !result.facts.isEmpty || result.warnings.contains(where: \.lacksPeriod) {
            throw IngestError.malformed(file: source.path, message: "the text states no year and none was given "
                + "(the year or the publication date), so its months cannot be dated; nothing was guessed")
        }
        let lines = LineIndex(PlainText.normalize(text))
        for warning in result.warnings { sink.warn(warning.message + (warning.text.isEmpty ? "" : ": \(warning.text)")) }
        for fact in result.facts {
            guard let row = try sink.figure(of: fact, line: lines.line(at: fact.spanStart)) else {
                sink.warn("line \(lines.line(at: fact.spanStart)): \(fact.partner)/\(fact.commodity) "
                    + "is not in this warehouse's reference data; figure skipped: \(fact.text)")
                continue
            }
            if fact.reasons.confidence != .high {
                sink.warn("line \(row.line): unsure of \(fact.flow.rawValue) \(fact.period.code) \(fact.partner) "
                    + "\(fact.commodity) \(fact.valueUSD) (\(fact.reasons.warnings.joined(separator: "; "))); "
                    + "`tradewh extract --explain` shows why")
            }
            if let firstLine = try sink.insertNow(row) {
                sink.warn("line \(row.line): a second, different figure for the same key as line \(firstLine); "
                    + "the first was kept: \(fact.text)")
            }
        }
        sink.published = published ?? Dateline.publicationDate(of: text)
        if sink.published == nil, let dateline = Dateline.monthWithoutDay(of: text) {
            let warning: IngestWarning = """
                line \(lines.line(at: dateline.offset)): the dateline gives the month (\(dateline.month)/\(dateline.year)) but no \
                day, so no publication date was stored (`\(value: .asOf) DATE` goes by the day it was loaded); give the day with \
                \(value: .published) YYYY-MM-DD
                """
            sink.warn(warning)
        }
    }
}
