/// Reads one customs table (a CSV/TSV file, or one sheet of a workbook) in two streaming passes:
/// the first finds the header and how numbers are written, the second reads the figures.
struct CustomsTableReader {
    /// The file, for error messages.
    let file: String
    let place: TablePlace
    /// The names a title's commodity or partner is looked up in.
    let reference: ReferenceData

    /// Rows in order, each pass calling `body` for every row; `body` may throw to stop early.
    typealias RowStream = ((TableRow) throws -> Void) throws -> Void

    /// Reads the table's figures into `emit`; returns the layout it read them with.
    func read(_ rows: RowStream, emit: (TableEvent) throws -> Void) throws -> TableLayout {
        let layout = try survey(rows)
        var body = TableBodyReader(layout: layout)
        do {
            try withoutActuallyEscaping(emit) { emit in
                try rows { row in
                    guard row.number > layout.lastHeaderRow else { return }
                    try body.read(row, emit: emit)
                }
            }
        } catch let problem as TableProblem {
            throw tableError(problem)
        }
        return layout
    }

    /// The first pass: the layout, with the number style the body's first telling number shows.
    func survey(_ rows: RowStream) throws -> TableLayout {
        var survey = Survey(place: place)
        do {
            try rows { try survey.take($0) }
        } catch is Survey.Finished {
        } catch let problem as TableProblem {
            throw tableError(problem)
        }
        do {
            var layout = try survey.finish()
            layout.subject = TableSubject.find(in: layout.title.lines, dimension: layout.dimension, reference: reference)
            return layout
        } catch let problem as TableProblem {
            throw tableError(problem)
        }
    }

    private func tableError(_ problem: TableProblem) -> IngestError {
        .inTable(file: file, sheet: place.sheet, row: problem.row, message: problem.message)
    }
}

/// The state of the first pass over a table.
private struct Survey {
    /// Thrown to end the pass once the layout and the number style are known.
    struct Finished: Error {}

    let place: TablePlace
    private var buffer: [TableRow] = []
    private var layout: TableLayout?
    private var figureColumns: [Int] = []
    private var evidence: (style: NumberStyle, row: Int, column: Int, text: String)?

    init(place: TablePlace) {
        self.place = place
    }

    mutating func take(_ row: TableRow) throws {
        guard layout == nil else { return try examine(row) }
        buffer.append(row)
        guard let found = try TableHeaderReader.layout(of: buffer, place: place, final: false) else { return }
        layout = found
        figureColumns = found.figureColumns
        for row in buffer where row.number > found.lastHeaderRow { try examine(row) }
    }

    /// Notes the number style a row's figures show; ends the pass at the first telling one.
    /// (Before the layout is known there are no figure columns.)
    private mutating func examine(_ row: TableRow) throws {
        for column in figureColumns where !row.storedNumberColumns.contains(column) {
            let text = row.text(at: column)
            if let style = NumberText.evidence(text) {
                evidence = (style, row.number, column, text)
                throw Finished()
            }
        }
    }

    mutating func finish() throws -> TableLayout {
        if layout == nil {
            layout = try TableHeaderReader.layout(of: buffer, place: place, final: true)
            figureColumns = layout?.figureColumns ?? []
            if let layout { for row in buffer where row.number > layout.lastHeaderRow { try? examine(row) } }
        }
        guard var layout else { throw TableProblem(row: nil, message: "no table header found") }
        if let evidence {
            layout.numberStyle = evidence.style
            layout.numberStyleReason = "as \(place.sheet == nil ? "line" : "row") \(evidence.row), \(layout.label(evidence.column)) writes \"\(evidence.text)\""
        } else {
            let vietnamese = isVietnamese(layout)
            layout.numberStyle = vietnamese ? .commaDecimal : .dotDecimal
            layout.numberStyleReason = "no number shows its style; the headers are in \(vietnamese ? "Vietnamese" : "English")"
        }
        return layout
    }

    private func isVietnamese(_ layout: TableLayout) -> Bool {
        let words = ["tri gia", "mat hang", "luong", "ten nuoc", "thang", "kim ngach", "don vi", "nuoc", "thi truong", "ky"]
        let text = TableText.folded((layout.headers + layout.title.lines).joined(separator: " "))
        return TableText.containsAny(text, words)
    }
}
