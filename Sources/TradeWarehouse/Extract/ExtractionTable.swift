/// Extracted facts as rows, in the contract's column order (`extract --format json`), then how sure the
/// extractor is of each (`confidence`: high, medium or low; `warnings`: the weak rules that placed it,
/// separated by "; "), and with `explain`, the rule and words behind each field (`period_from`...).
public enum ExtractionTable {
    public static let columns = [
        "flow", "period", "partner", "commodity", "commodity_name", "sector", "value_usd", "qualifier", "estimated",
        "yoy_pct", "mom_pct", "delta_usd", "quantity", "unit", "text", "confidence", "warnings",
    ]

    /// The columns `explain` adds: one per field a rule decides.
    public static let explanationColumns = FactReasons.Field.allCases.map { "\($0.rawValue)_from" }

    public static func make(_ facts: [ExtractedFact], explain: Bool = false) -> ResultTable {
        ResultTable(columns: columns + (explain ? explanationColumns : []), rows: facts.map { fact in
            let warnings = fact.reasons.warnings
            let row: [CellValue] = [
                .text(fact.flow.rawValue), .text(fact.period.code), .text(fact.partner), .text(fact.commodity),
                .optional(fact.commodityName), .text(fact.sector.rawValue), .integer(fact.valueUSD),
                .text(fact.qualifier.rawValue), .bool(fact.estimated), fact.yoyPct.map(CellValue.real) ?? .null,
                fact.momPct.map(CellValue.real) ?? .null, fact.deltaUSD.map(CellValue.integer) ?? .null,
                fact.quantity.map(CellValue.real) ?? .null, .optional(fact.unit), .text(fact.text),
                .text(fact.reasons.confidence.rawValue), warnings.isEmpty ? .null : .text(warnings.joined(separator: "; ")),
            ]
            guard explain else { return row }
            return row + FactReasons.Field.allCases.map { field in .optional(fact.reasons[field]?.description) }
        })
    }
}
