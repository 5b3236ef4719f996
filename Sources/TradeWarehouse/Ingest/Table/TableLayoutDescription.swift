extension TableLayout {
    /// What was understood of the table, for `ingest --dry-run`: one line for the table, then one
    /// per column.
    func describe() -> [String] {
        var lines = [summary()]
        lines.append("  numbers: written \(numberStyle.example) (\(numberStyleReason))")
        for column in columns.indices {
            lines.append("  \(label(column)) → \(meaning(of: column))")
        }
        return lines
    }

    private func summary() -> String {
        let table = place.sheet.map { "sheet \"\($0)\"" } ?? "table"
        var parts = ["\(table): \(dimension == .commodity ? "rows of commodity groups" : "rows of partners")"]
        if let words = subject.titleWords {
            parts.append("\(dimension == .commodity ? "partner" : "commodity") \(subject.code) (the title's \"\(words)\")")
        }
        parts.append("period " + (title.period?.code ?? "from the column headers"))
        parts.append("flow " + (title.flow?.rawValue ?? "from the column headers or section rows"))
        parts.append("values in " + TableWords.scaleName(title.scale ?? 1) + (title.scale == nil ? " (no unit stated in the title)" : ""))
        if title.estimated { parts.append("an estimate (estimated = true)") }
        if title.preliminary { parts.append("customs' preliminary figures (sơ bộ)") }
        parts.append("header ends at \(place.sheet == nil ? "line" : "row") \(lastHeaderRow)")
        return parts.joined(separator: "; ")
    }

    private func meaning(of column: Int) -> String {
        switch columns[column] {
        case .name: return dimension == .commodity ? "commodity (names or codes; Tổng = TOTAL)" : "partner (names or codes; Tổng = WORLD)"
        case .unit: return "unit of the row's quantity"
        case .ignored(let why): return "not loaded: \(why)"
        case .unlabelled: return "no header (must stay empty)"
        case .figure(let figure): return describe(figure, column: column)
        }
    }

    private func describe(_ figure: FigureColumn, column: Int) -> String {
        let pairedValue = companions.first { $0.value.quantity == column || $0.value.comparison == column }?.key
        let flow = figure.flow?.rawValue ?? title.flow?.rawValue ?? "flow of the row's section"
        switch figure.measure {
        case .value:
            let scale = figure.scale ?? title.scale ?? 1
            return "value_usd (×\(scale)), \(flow), \((figure.period ?? title.period)?.code ?? "?")"
        case .quantity:
            return "quantity of \(pairedValue.map { place.columnName($0) } ?? "?")" + (figure.unit.map { " in \($0)" } ?? ", unit from the unit column")
        case .change:
            return "yoy_pct (change on a year earlier, %) of \(pairedValue.map { place.columnName($0) } ?? "?")"
        case .index:
            return "yoy_pct = index − 100 (a year earlier = 100) of \(pairedValue.map { place.columnName($0) } ?? "?")"
        }
    }
}
