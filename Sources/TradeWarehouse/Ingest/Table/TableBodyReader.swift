/// What a table's body yields, row by row.
enum TableEvent {
    /// A figure to store, as long-form fields.
    case record(FieldRecord)
    /// A row's cells that cannot be read.
    case problems([RowError])
    /// Something passed over, said to the user.
    case warning(String)
    /// A note under the table (`Ghi chú: ...`), kept with the release.
    case note(String)
}

/// Reads a customs table's body with its layout: names to partners or commodities, section rows to
/// flows and sectors, and every figure column of a row to one long-form figure.
struct TableBodyReader {
    let layout: TableLayout
    /// The layout's figure and value columns, worked out once rather than per row.
    private let figureColumns: [Int], valueColumns: [Int]
    /// The flow of the section a row is in (`Tổng kim ngạch nhập khẩu` opens the imports).
    private var sectionFlow: Flow?

    init(layout: TableLayout) {
        self.layout = layout
        figureColumns = layout.figureColumns
        valueColumns = layout.valueColumns
    }

    /// What a row with a name stands for.
    private enum RowKind {
        case item(String)
        case total(Sector)
        case region
    }

    /// Reads one body row.
    mutating func read(_ row: TableRow, emit: (TableEvent) throws -> Void) throws {
        guard !row.isBlank else { return }
        let rawName = row.text(at: layout.nameColumn)
        if figureColumns.allSatisfy({ NumberText.isBlank(row.text(at: $0)) }) { return try readFigureless(row, name: rawName, emit: emit) }
        guard !rawName.isEmpty else {
            return try emit(.problems([problem(row, layout.nameColumn, "figures without a name; say what they are for")]))
        }
        let name = TableWords.rowName(rawName), folded = TableText.folded(name)
        let rowFlow = TableWords.flow(in: folded)
        switch kind(of: name, folded: folded, flow: rowFlow) {
        case .region:
            try emit(.warning("\(place(row)): \"\(name)\" is a region, not a partner; its figures were not loaded"))
        case .total(let sector):
            if let rowFlow, sector == .all { sectionFlow = rowFlow }
            let (partner, commodity) = layout.dimension == .partner ? (PartnerCode.world.rawValue, layout.subject.code) : (layout.subject.code, CommodityCode.total.rawValue)
            try readFigures(row, partner: partner, commodity: commodity, sector: sector, flow: rowFlow ?? sectionFlow, emit: emit)
        case .item(let item):
            let (partner, commodity) = layout.dimension == .partner ? (item, layout.subject.code) : (layout.subject.code, item)
            try readFigures(row, partner: partner, commodity: commodity, sector: .all, flow: sectionFlow, emit: emit)
        }
    }

    /// A row without figures: a note under the table, a section heading naming a flow, or a heading.
    private mutating func readFigureless(_ row: TableRow, name: String, emit: (TableEvent) throws -> Void) throws {
        let text = row.joinedText(in: layout.place)
        let folded = TableText.folded(text)
        if TableVocabulary.noteWords.contains(where: { folded.hasPrefix($0) }) || text.hasPrefix("*") || text.hasPrefix("(*") {
            return try emit(.note(text))
        }
        if !name.isEmpty, let flow = TableWords.flow(in: TableText.folded(TableWords.rowName(name))) { sectionFlow = flow }
    }

    /// What a named row is, by the first of these that applies (in this order, so that
    /// "Tổng … của doanh nghiệp FDI" is the FDI sector's total): a continent (passed over), the FDI
    /// or the domestic sector's total, the total (`Tổng…`, or a row naming a flow), else an item.
    private func kind(of name: String, folded: String, flow: Flow?) -> RowKind {
        if TableVocabulary.regions.contains(folded) { return .region }
        if TableText.containsAny(folded, TableVocabulary.fdiWords) { return .total(.fdi) }
        if TableText.containsAny(folded, TableVocabulary.domesticWords) { return .total(.domestic) }
        let startsWithTotal = TableVocabulary.totalWords.contains { folded == $0 || folded.hasPrefix($0 + " ") || folded.hasPrefix($0 + ":") }
        if startsWithTotal || flow != nil { return .total(.all) }
        return .item(name)
    }

    /// One figure per value column with a number in it.
    private func readFigures(_ row: TableRow, partner: String, commodity: String, sector: Sector, flow: Flow?,
                             emit: (TableEvent) throws -> Void) throws {
        var problems: [RowError] = []
        var records: [FieldRecord] = []
        for valueColumn in valueColumns {
            switch figure(row, valueColumn: valueColumn, flow: flow) {
            case .success(var fields?):
                fields[.partner] = partner
                fields[.commodity] = commodity
                fields[.sector] = sector.rawValue
                records.append(record(row, fields: fields, valueColumn: valueColumn))
            case .success(nil): continue
            case .failure(let error): problems += error.errors
            }
        }
        if !problems.isEmpty { return try emit(.problems(problems)) }
        for record in records { try emit(.record(record)) }
    }

    /// The fields of the figure in `valueColumn` (nil if it is empty), or what is wrong with its cells.
    private func figure(_ row: TableRow, valueColumn: Int, flow rowFlow: Flow?) -> Result<[FactColumn: String]?, RowErrors> {
        guard let column = layout.figure(valueColumn) else { return .success(nil) }
        let companions = layout.companions[valueColumn] ?? (nil, nil)
        let value = number(row, valueColumn), quantity = companions.quantity.map { number(row, $0) }
        let comparison = companions.comparison.map { number(row, $0) }
        var errors: [RowError] = []
        guard case .number(let amount) = value else {
            if case .invalid(let why) = value { return .failure(RowErrors([problem(row, valueColumn, why)])) }
            for (cell, index) in [(quantity, companions.quantity), (comparison, companions.comparison)] {
                if let cell, cell != .blank, let index { errors.append(problem(row, index, "a figure without its value in \(layout.label(valueColumn))")) }
            }
            return errors.isEmpty ? .success(nil) : .failure(RowErrors(errors))
        }
        var fields: [FactColumn: String] = [.qualifier: "exact", .estimated: layout.title.estimated ? "true" : "false"]
        let scale = column.scale ?? layout.title.scale ?? 1
        if let whole = amount.wholeTimes(scale) {
            fields[.valueUSD] = String(whole)
        } else {
            errors.append(problem(row, valueColumn, "\(amount.plainText) × \(scale) is not a whole number of US dollars"))
        }
        if let flow = column.flow ?? rowFlow ?? layout.title.flow {
            fields[.flow] = flow.rawValue
        } else {
            errors.append(problem(row, valueColumn, "cannot tell exports from imports: name the flow in the title, "
                + "in a section row (\"Xuất khẩu\") or in the column header"))
        }
        fields[.period] = (column.period ?? layout.title.period)?.code ?? ""
        errors += companionFields(row, quantity: (quantity, companions.quantity), comparison: (comparison, companions.comparison), into: &fields)
        return errors.isEmpty ? .success(fields) : .failure(RowErrors(errors))
    }

    /// Adds the quantity (with its unit) and the year-on-year change to a figure's fields.
    private func companionFields(_ row: TableRow, quantity: (CellNumber?, Int?), comparison: (CellNumber?, Int?),
                                 into fields: inout [FactColumn: String]) -> [RowError] {
        var errors: [RowError] = []
        if let column = quantity.1, let cell = quantity.0 {
            switch cell {
            case .number(let amount):
                fields[.quantity] = amount.plainText
                let unitText = layout.unitColumn.map { row.text(at: $0) } ?? ""
                fields[.unit] = TableWords.quantityUnit(unitText) ?? layout.figure(column)?.unit ?? ""
            case .invalid(let why): errors.append(problem(row, column, why))
            case .blank: break
            }
        }
        if let column = comparison.1, let cell = comparison.0 {
            switch cell {
            case .number(let percent):
                let isIndex = layout.figure(column)?.measure == .index
                if let change = isIndex ? percent.minus(100) : percent { fields[.yoyPct] = change.plainText }
            case .invalid(let why): errors.append(problem(row, column, why))
            case .blank: break
            }
        }
        return errors
    }

    private func number(_ row: TableRow, _ column: Int) -> CellNumber {
        NumberText.read(row.text(at: column), style: layout.numberStyle, stored: row.storedNumberColumns.contains(column))
    }

    private func record(_ row: TableRow, fields: [FactColumn: String], valueColumn: Int) -> FieldRecord {
        let companions = layout.companions[valueColumn] ?? (nil, nil)
        var labels: [FactColumn: String] = [
            .partner: layout.label(layout.nameColumn), .commodity: layout.label(layout.nameColumn),
            .valueUSD: layout.label(valueColumn), .period: layout.label(valueColumn), .flow: layout.label(valueColumn),
            .sector: layout.label(layout.nameColumn), .qualifier: layout.label(valueColumn), .estimated: layout.label(valueColumn),
        ]
        labels[.quantity] = companions.quantity.map(layout.label)
        labels[.unit] = (layout.unitColumn ?? companions.quantity).map(layout.label)
        labels[.yoyPct] = companions.comparison.map(layout.label)
        var record = FieldRecord(line: row.number, values: fields)
        record.labels = labels
        record.sheet = layout.place.sheet
        return record
    }

    private func problem(_ row: TableRow, _ column: Int, _ message: String) -> RowError {
        RowError(line: row.number, column: layout.label(column), message: message, sheet: layout.place.sheet)
    }

    private func place(_ row: TableRow) -> String {
        layout.place.sheet.map { "sheet \"\($0)\", row \(row.number)" } ?? "line \(row.number)"
    }
}
