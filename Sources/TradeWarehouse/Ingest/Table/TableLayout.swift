/// What a table's rows name: commodity groups or partner countries.
enum TableDimension: String, Sendable {
    case commodity, partner
}

/// What one figure column of a customs table measures.
enum FigureMeasure: String, Sendable {
    /// A value (trị giá, kim ngạch).
    case value
    /// A quantity (lượng), in the row's unit.
    case quantity
    /// A change on the same period a year earlier, in percent.
    case change
    /// An index: the same period a year earlier = 100.
    case index
}

/// A column of figures: what it measures, for which flow and period, in which unit.
struct FigureColumn: Equatable, Sendable {
    var measure: FigureMeasure
    /// The flow its header names; nil takes the row's section or the title's.
    var flow: Flow?
    /// The period its header names; nil takes the title's.
    var period: Period?
    /// Its multiplier to whole US dollars, if its header states one (value columns).
    var scale: Int64?
    /// The unit its header states (quantity columns, e.g. `Lượng (tấn)`).
    var unit: String?
    /// A value column of the same period a year earlier ("Cùng kỳ năm trước"): changes compare with
    /// the other values, not with it.
    var isYearEarlier = false
}

/// What a column of a customs table holds.
enum TableColumn: Equatable, Sendable {
    /// The row's commodity group or partner.
    case name
    /// The unit of the row's quantities.
    case unit
    /// Read past, and why (a running number, a share that follows from the figures...).
    case ignored(String)
    case figure(FigureColumn)
    /// No header: any figure in it is an error.
    case unlabelled

    /// The figure definition, for a column of figures.
    var figure: FigureColumn? {
        if case .figure(let figure) = self { return figure }
        return nil
    }

    /// True for a column of values (not quantities or changes).
    var holdsValues: Bool { figure?.measure == .value }
}

/// How a customs table is laid out, as read from its title and header: what every column holds,
/// with each figure column's flow, period and unit settled against the title.
struct TableLayout: Sendable {
    let place: TablePlace
    let title: TableTitle
    let dimension: TableDimension
    /// Each column's header, as its header rows read together (merged cells repeated).
    let headers: [String]
    let columns: [TableColumn]
    /// The table's last header row; the body starts below it.
    let lastHeaderRow: Int
    /// For each value column, its quantity and comparison columns (same flow and period).
    let companions: [Int: (quantity: Int?, comparison: Int?)]
    /// The commodity (of a partner table) or partner (of a commodity table) the title names.
    var subject: TableSubject
    /// How numbers are written, and what showed it (set after the survey of the body).
    var numberStyle: NumberStyle = .dotDecimal
    var numberStyleReason = ""

    /// The value columns, left to right.
    var valueColumns: [Int] {
        columns.indices.filter { columns[$0].holdsValues }
    }

    /// The figure columns, left to right.
    var figureColumns: [Int] {
        columns.indices.filter { columns[$0].figure != nil }
    }

    /// The figure definition of column `index`; nil if it holds no figures.
    func figure(_ index: Int) -> FigureColumn? {
        columns[index].figure
    }

    /// True when neither the title nor any column says what unit the values are in.
    var statesNoScale: Bool {
        title.scale == nil && columns.allSatisfy { $0.figure?.scale == nil }
    }

    /// The column naming rows.
    var nameColumn: Int { columns.firstIndex(of: .name) ?? 0 }
    /// The unit column, if any.
    var unitColumn: Int? { columns.firstIndex(of: .unit) }

    /// The label of a column in messages: `column C ("Trị giá (USD)")`.
    func label(_ column: Int) -> String {
        let header = column < headers.count ? headers[column] : ""
        return place.columnName(column) + (header.isEmpty ? "" : " (\"\(header)\")")
    }
}
