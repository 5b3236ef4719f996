/// Reads a prose bulletin: its figures through `BulletinExtractor`, written one at a time with
/// what the text said of each; what cannot be placed becomes a warning. Sets the release's
/// publication date: the one given, else the day its dateline states.
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
        for warning in result.warnings { sink.warn("\(warning.message): \(warning.text)") }
        for fact in result.facts {
            guard let row = try factRow(fact, line: lines.line(at: fact.spanStart), ids: sink.ids) else {
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
    }

    /// The row for an extracted fact; nil if its codes are missing from this warehouse's reference
    /// data (the extractor and the warehouse read the same migrations, so only a hand-edited
    /// warehouse can lack them).
    private func factRow(_ fact: ExtractedFact, line: Int, ids: DimensionIDs) throws -> FactRow? {
        guard let partner = reference.partners.entry(code: fact.partner),
              let commodity = reference.commodities.entry(code: fact.commodity) else { return nil }
        return FactRow(
            periodID: try ids.periodID(fact.period), flowID: fact.flow.id, partnerID: partner.id,
            commodityID: commodity.id, isHSCode: false, sectorID: fact.sector.id, valueUSD: fact.valueUSD,
            quantity: fact.quantity, unit: fact.unit, qualifier: fact.qualifier, estimated: fact.estimated, yoyPct: fact.yoyPct,
            line: line, provenance: TextProvenance(
                sentence: fact.text, spanStart: fact.spanStart, spanEnd: fact.spanEnd,
                commodityName: fact.commodityName, momPct: fact.momPct, deltaUSD: fact.deltaUSD))
    }
}
