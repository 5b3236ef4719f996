import Foundation

/// A problem with a table's layout or one of its cells, at a row and column of it.
struct TableProblem: Error, Equatable {
    /// The row, as the user sees it (the file's line or the sheet's row); nil for the whole table.
    let row: Int?
    let message: String
}

/// Finds a customs table's header among its first rows and reads what every column holds.
///
/// The header is the first row with a name column (`Mặt hàng`, `Tên nước`, `Commodity`, `Partner`…)
/// beside other headed columns. Rows below it with no name are more header rows (`Lượng | Trị giá`
/// under a merged `Tháng 01/2024`); a group header's empty cells take the text on their left, as a
/// merged cell reads. Rows above it are the title.
enum TableHeaderReader {
    /// How far down the header is looked for.
    static let searchLimit = 40

    /// The layout, once `rows` (the table's first rows, in order) hold its header and one row more;
    /// nil while more rows are needed.
    static func layout(of rows: [TableRow], place: TablePlace, final: Bool) throws -> TableLayout? {
        var headerIndex: Int?
        for index in rows.indices where nameCell(in: rows[index]) != nil {
            let next = index + 1 < rows.count ? rows[index + 1] : nil
            if next == nil && !final { return nil }
            if describesFigures(rows[index], next: next) { headerIndex = index; break }
        }
        guard let headerIndex else {
            if final || rows.count >= searchLimit {
                throw TableProblem(row: nil, message: "no table header found in the first \(min(rows.count, searchLimit)) rows: "
                    + "expected a row with a column such as \"Mặt hàng\", \"Tên nước\", \"Commodity\" or \"Partner\" beside columns of figures")
            }
            return nil
        }
        var end = headerIndex + 1
        while end < rows.count, end - headerIndex <= 3, isMoreHeader(rows[end], under: rows[headerIndex]) { end += 1 }
        guard end < rows.count || final else { return nil }
        return try build(title: TableTitle(rows: Array(rows[..<headerIndex]), place: place),
                         headerRows: Array(rows[headerIndex..<end]), place: place)
    }

    /// The name column of a row that could be a header, and what it names.
    static func nameCell(in row: TableRow) -> (column: Int, dimension: TableDimension)? {
        let filled = row.cells.indices.filter { !row.text(at: $0).isEmpty }
        guard filled.count >= 2 else { return nil }
        for column in filled {
            let text = row.text(at: column)
            guard !text.contains(where: \.isNumber), text.split(separator: " ").count <= 8 else { continue }
            let folded = TableText.folded(text)
            if TableText.containsAny(folded, TableVocabulary.partnerHeaders) { return (column, .partner) }
            if TableText.containsAny(folded, TableVocabulary.commodityHeaders) { return (column, .commodity) }
        }
        return nil
    }

    /// True when a row with a name column heads figures: another of its cells (or of the row under
    /// it, for a header in two rows) names a measure, a unit or a flow, or two of its cells name periods.
    /// A title split at its commas ("Exports by main commodity, January 2024") does not.
    private static func describesFigures(_ row: TableRow, next: TableRow?) -> Bool {
        guard let nameColumn = nameCell(in: row)?.column else { return false }
        let measureWords = TableVocabulary.valueWords + TableVocabulary.quantityWords + TableVocabulary.comparisonWords
            + TableVocabulary.unitHeaders + TableVocabulary.exportWords + TableVocabulary.importWords + TableVocabulary.balanceWords
        func namesMeasure(_ row: TableRow) -> Bool {
            row.cells.indices.contains { $0 != nameColumn && TableText.containsAny(TableText.folded(row.text(at: $0)), measureWords) }
        }
        let periods = row.cells.indices.filter { $0 != nameColumn && TableWords.period(in: row.text(at: $0), contextYear: 2000).period != nil }
        let nextIsSubheader = next.map { $0.text(at: nameColumn).isEmpty && namesMeasure($0) } ?? false
        return namesMeasure(row) || periods.count >= 2 || nextIsSubheader
    }

    /// A row under the header is more header when its name cell is empty (or repeats the header's,
    /// as a merged cell does) and it is not a row of figures.
    private static func isMoreHeader(_ row: TableRow, under header: TableRow) -> Bool {
        guard let column = nameCell(in: header)?.column, !row.isBlank else { return false }
        let name = row.text(at: column)
        let unnamed = name.isEmpty || name == header.text(at: column) || isColumnNumbering(row)
        return unnamed && !hasLargeNumber(row)
    }

    /// A row numbering the columns: `A | B | 1 | 2 | 3` or `(1) | (2) | (3)`.
    private static func isColumnNumbering(_ row: TableRow) -> Bool {
        let texts = row.cells.map(PlainText.clean).filter { !$0.isEmpty }
        return texts.count >= 3 && texts.allSatisfy { $0.range(of: #"^\(?[A-Z0-9]{1,2}\)?$"#, options: .regularExpression) != nil }
    }

    /// True when a cell holds a number too large to be a header's year or column number.
    private static func hasLargeNumber(_ row: TableRow) -> Bool {
        row.cells.contains { cell in
            let digits = cell.filter(\.isNumber)
            return digits.count >= 5 && digits.count * 2 > cell.count
        }
    }

    // MARK: Columns

    private static func build(title: TableTitle, headerRows: [TableRow], place: TablePlace) throws -> TableLayout {
        guard let (nameColumn, dimension) = nameCell(in: headerRows[0]) else {
            throw TableProblem(row: headerRows[0].number, message: "the header has no name column")
        }
        let headers = combinedHeaders(headerRows, nameColumn: nameColumn)
        var reader = ColumnReader(title: title, headers: headers, nameColumn: nameColumn, place: place,
                                  headerRow: headerRows[0].number)
        let columns = try reader.readColumns()
        let companions = try reader.pair(columns)
        return TableLayout(place: place, title: title, dimension: dimension, headers: headers, columns: columns,
                           lastHeaderRow: headerRows[headerRows.count - 1].number, companions: companions,
                           subject: TableSubject.none(dimension))
    }

    /// Each column's header rows read top to bottom, a group header's empty cells filled from the left.
    static func combinedHeaders(_ rows: [TableRow], nameColumn: Int) -> [String] {
        let width = rows.map(\.cells.count).max() ?? 0
        var grid = rows.map { row in (0..<width).map { row.text(at: $0) } }
        for level in grid.indices.dropLast() {
            for column in (nameColumn + 1)..<max(width, nameColumn + 1) where grid[level][column].isEmpty {
                let hasSubheader = grid[(level + 1)...].contains { !$0[column].isEmpty }
                if hasSubheader, column > nameColumn + 1, !grid[level][column - 1].isEmpty,
                   grid[(level + 1)...].contains(where: { !$0[column - 1].isEmpty }) {
                    grid[level][column] = grid[level][column - 1]
                }
            }
        }
        return (0..<width).map { column in
            var parts: [String] = []
            for level in grid.indices where !grid[level][column].isEmpty && parts.last != grid[level][column] {
                parts.append(grid[level][column])
            }
            return parts.joined(separator: " ")
        }
    }
}

/// Reads each header's meaning, then settles periods and pairs quantities and changes with values.
private struct ColumnReader {
    let title: TableTitle
    let headers: [String]
    let nameColumn: Int
    let place: TablePlace
    let headerRow: Int

    func label(_ column: Int) -> String {
        place.columnName(column) + (headers[column].isEmpty ? "" : " (\"\(headers[column])\")")
    }

    mutating func readColumns() throws -> [TableColumn] {
        var columns: [TableColumn] = []
        for column in headers.indices {
            if column == nameColumn { columns.append(.name); continue }
            var meaning = try self.meaning(of: column)
            if meaning == .unit, columns.contains(.unit) { meaning = .ignored("a second unit column") }
            columns.append(meaning)
        }
        try settlePeriods(&columns)
        guard columns.contains(where: \.holdsValues) else {
            throw TableProblem(row: headerRow, message: "no column of values: expected a header such as \"Trị giá (USD)\", "
                + "\"Kim ngạch\", \"Value (USD)\" or a period such as \"Tháng 01/2024\"")
        }
        return columns
    }

    /// What column `column` holds, by the column rules (`HeaderWords.rules`, in their order).
    private func meaning(of column: Int) throws -> TableColumn {
        if let meaning = HeaderWords(headers[column]).meaning(contextYear: title.period?.year) { return meaning }
        throw TableProblem(row: headerRow, message: "\(label(column)): cannot tell what this column holds; "
            + "expected a value (Trị giá, Kim ngạch, Value), a quantity (Lượng, Quantity), a change (So với cùng kỳ (%)), "
            + "a unit (Đơn vị tính) or a period (Tháng 01/2024)")
    }

    // MARK: Periods

    /// Gives every figure column its period: the one its header names (before any "so với"), the
    /// title's from January for a cumulative column, a year before its neighbour's for "cùng kỳ".
    private func settlePeriods(_ columns: inout [TableColumn]) throws {
        var previousValuePeriod: Period? = title.period
        for column in columns.indices {
            guard case .figure(var figure) = columns[column] else { continue }
            let own = try period(of: column, measure: figure.measure)
            switch figure.measure {
            case .value:
                let isSamePeriod = TableText.containsAny(TableText.folded(headers[column]), TableVocabulary.samePeriodWords)
                if isSamePeriod, own == nil || own?.kind == .year {
                    guard let base = previousValuePeriod else { throw noPeriod(column) }
                    figure.period = base.yearEarlier
                    figure.isYearEarlier = true
                } else {
                    figure.period = own
                    previousValuePeriod = own ?? title.period
                }
            case .quantity, .change, .index:
                figure.period = own
            }
            if figure.measure == .value, figure.period == nil, title.period == nil { throw noPeriod(column) }
            columns[column] = .figure(figure)
        }
    }

    /// The period column `column`'s header names; for comparisons, only what is said before "so với".
    private func period(of column: Int, measure: FigureMeasure) throws -> Period? {
        var text = headers[column]
        if measure == .change || measure == .index {
            let folded = TableText.folded(text)
            for word in ["so voi", "so sanh", "compared", "vs", "versus"] {
                if let range = folded.range(of: word) {
                    text = String(text.prefix(folded.distance(from: folded.startIndex, to: range.lowerBound)))
                }
            }
        }
        let found = TableWords.period(in: text, contextYear: title.period?.year)
        if found.toDate {
            guard let end = title.period else { throw noPeriod(column) }
            return Period(firstHalf: Period.yearToDate(end.year, throughMonth: 1).firstHalf, lastHalf: end.lastHalf)
        }
        if let period = found.period, period.kind == .year, let titlePeriod = title.period,
           titlePeriod.year == period.year, titlePeriod != period {
            return titlePeriod
        }
        return found.period
    }

    private func noPeriod(_ column: Int) -> TableProblem {
        TableProblem(row: headerRow, message: "\(label(column)): no period: neither the title nor the header names one "
            + "(e.g. \"Tháng 01/2024\", \"Kỳ 1 tháng 5/2024\", \"January 2024\")")
    }

    // MARK: Pairs

    /// For each value column, the quantity and comparison columns of the same flow and period.
    func pair(_ columns: [TableColumn]) throws -> [Int: (quantity: Int?, comparison: Int?)] {
        var pairs: [Int: (quantity: Int?, comparison: Int?)] = [:]
        let values = columns.indices.filter { columns[$0].holdsValues }
        for value in values { pairs[value] = (nil, nil) }
        try checkDistinct(values, columns)
        for column in columns.indices {
            guard case .figure(let figure) = columns[column], figure.measure != .value else { continue }
            guard let value = partner(of: column, figure, among: values, columns) else {
                throw TableProblem(row: headerRow, message: "\(label(column)): no value column of the same period and flow for this "
                    + (figure.measure == .quantity ? "quantity" : "change"))
            }
            if figure.measure == .quantity {
                guard pairs[value]?.quantity == nil else { throw twice(column, value) }
                pairs[value]?.quantity = column
            } else {
                guard pairs[value]?.comparison == nil else { throw twice(column, value) }
                pairs[value]?.comparison = column
            }
        }
        return pairs
    }

    /// The value column a quantity or change goes with: the same period and flow, nearest first;
    /// a change naming no period goes with the nearest value on its left.
    private func partner(of column: Int, _ figure: FigureColumn, among values: [Int], _ columns: [TableColumn]) -> Int? {
        func matches(_ value: Int) -> Bool {
            guard case .figure(let candidate) = columns[value] else { return false }
            let sameFlow = figure.flow == nil || candidate.flow == nil || figure.flow == candidate.flow
            let comparable = figure.measure == .quantity || !candidate.isYearEarlier
            return sameFlow && comparable && (figure.period == nil ? true : figure.period == candidate.period)
        }
        let byDistance = values.sorted { abs($0 - column) < abs($1 - column) }
        if figure.measure != .quantity, figure.period == nil {
            return values.filter { $0 < column && matches($0) }.last ?? byDistance.first(where: matches)
        }
        return byDistance.first(where: matches)
    }

    private func checkDistinct(_ values: [Int], _ columns: [TableColumn]) throws {
        var seen: [String: Int] = [:]
        for value in values {
            guard case .figure(let figure) = columns[value] else { continue }
            let key = "\(figure.flow?.rawValue ?? "-")|\(figure.period?.code ?? "-")"
            if let earlier = seen[key] {
                throw TableProblem(row: headerRow, message: "\(label(earlier)) and \(label(value)) both hold values "
                    + "of the same period and flow; name the period or flow in each header")
            }
            seen[key] = value
        }
    }

    private func twice(_ column: Int, _ value: Int) -> TableProblem {
        TableProblem(row: headerRow, message: "\(label(column)): a second column of this kind for the values in \(label(value))")
    }
}
