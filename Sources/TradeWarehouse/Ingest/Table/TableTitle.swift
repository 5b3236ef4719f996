/// What the lines above a table's header say: the period, the flow, the unit of its values, and
/// whether its figures are an estimate or customs' preliminary figures.
struct TableTitle: Equatable, Sendable {
    /// The lines, as written (they become the release's note).
    var lines: [String] = []
    var period: Period?
    var flow: Flow?
    /// The multiplier to whole US dollars the title states (`Đơn vị tính: nghìn USD` → 1000).
    var scale: Int64?
    /// "Ước tính": the end-of-month estimate.
    var estimated = false
    /// "Sơ bộ": customs' preliminary figures.
    var preliminary = false

    /// Reads the title from the rows above the header.
    init(rows: [TableRow], place: TablePlace) {
        for row in rows where !row.isBlank { read(row.joinedText(in: place)) }
    }

    private mutating func read(_ line: String) {
        lines.append(line)
        let folded = TableText.folded(line)
        if period == nil, case let (found?, _) = TableWords.period(in: line, contextYear: nil) { period = found }
        if flow == nil, !isUnitLine(folded) { flow = TableWords.flow(in: folded) }
        if scale == nil { scale = TableWords.scale(in: folded) }
        if TableText.containsAny(folded, TableVocabulary.estimateWords) { estimated = true }
        if TableText.containsAny(folded, TableVocabulary.preliminaryWords) { preliminary = true }
    }

    private func isUnitLine(_ folded: String) -> Bool {
        TableVocabulary.unitLineWords.contains { folded.hasPrefix($0) }
    }
}
