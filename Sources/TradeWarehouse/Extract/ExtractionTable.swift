/// Extracted facts as rows, in the contract's column order (`extract --format json`).
public enum ExtractionTable {
    public static let columns = [
        "flow", "period", "partner", "commodity", "commodity_name", "sector", "value_usd", "qualifier", "estimated",
        "yoy_pct", "mom_pct", "delta_usd", "quantity", "unit", "text",
    ]

    public static func make(_ facts: [ExtractedFact]) -> ResultTable {
        ResultTable(columns: columns, rows: facts.map { fact in
            [
                .text(fact.flow.rawValue), .text(fact.period.code), .text(fact.partner), .text(fact.commodity),
                .optional(fact.commodityName), .text(fact.sector.rawValue), .integer(fact.valueUSD),
                .text(fact.qualifier.rawValue), .bool(fact.estimated), fact.yoyPct.map(CellValue.real) ?? .null,
                fact.momPct.map(CellValue.real) ?? .null, fact.deltaUSD.map(CellValue.integer) ?? .null,
                fact.quantity.map(CellValue.real) ?? .null, .optional(fact.unit), .text(fact.text),
            ]
        })
    }
}
