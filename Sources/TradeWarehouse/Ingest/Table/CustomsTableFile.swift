/// Reads the customs tables of a CSV/TSV file or a workbook (`CustomsTableReader` each); a sheet
/// without a table is passed over with a warning, unless it was asked for by name.
struct CustomsTableFile: FactReader {
    let reference: ReferenceData
    /// Whether the file is a workbook (else a CSV or TSV file).
    let isWorkbook: Bool
    /// For workbooks: the one sheet to read (nil: every sheet).
    let sheet: String?
    /// For CSV and TSV files: what separates fields (nil: found from the file).
    let delimiter: Delimiter?

    func read(_ source: InputSource, into sink: IngestSink) throws {
        var notes: [String] = []
        let tables = isWorkbook
            ? try TableSource.workbook(source, sheet: sheet)
            : try TableSource.delimited(source, format: source.path.lowercased().hasSuffix(".tsv") ? .tsv : .csv,
                                        delimiter: delimiter) { notes.append($0) }
        var tablesRead = 0
        for table in tables {
            let reader = CustomsTableReader(file: source.path, place: table.place, reference: reference)
            do {
                let layout = try reader.read(table.rows) { event in
                    switch event {
                    case .record(let record): try sink.take(record)
                    case .problems(let errors): sink.fail(errors)
                    case .warning(let warning): sink.warn(warning)
                    case .note(let note): notes.append(note)
                    }
                }
                tablesRead += 1
                layout.title.lines.forEach(sink.note)
                sink.understand(layout.describe())
                if layout.statesNoScale {
                    sink.warn((table.place.sheet.map { "sheet \"\($0)\": " } ?? "")
                        + "no unit is stated for the values (e.g. \"Đơn vị tính: USD\"); they were read as whole US dollars")
                }
            } catch IngestError.inTable(_, let sheetName?, nil, let message) where sheet == nil && tables.count > 1 {
                sink.warn("sheet \"\(sheetName)\": passed over: \(message)")
            }
        }
        notes.forEach(sink.note)
        if tablesRead == 0, tables.count > 1 {
            throw IngestError.malformed(file: source.path, message: "no sheet holds a customs table: " + sink.warnings.map(\.description).joined(separator: "; "))
        }
    }
}
