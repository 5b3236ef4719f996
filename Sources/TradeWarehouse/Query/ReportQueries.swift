/// The report's tables, with names in the report's language (English where no Vietnamese name is
/// known) instead of codes: by partner, by commodity, and the balance.
public enum ReportQueries {
    /// Partners (the world first) with their exports and imports, the same period a year earlier and
    /// the change: name, flow, value_usd, prior_value_usd, delta_pct. The prior value is the
    /// warehouse's own figure, never one implied by a published percentage (then only the change is given).
    public static func byPartner(_ db: Database, period: Period, language: Language) throws -> ResultTable {
        try db.query("""
            SELECT CASE WHEN :vi THEN coalesce(pa.name_vi, pa.name_en) ELSE pa.name_en END AS name,
                   y.flow, y.value_usd, CASE WHEN y.basis = 'computed' THEN y.prior_value_usd END, y.delta_pct
            FROM yoy y
            JOIN partner pa ON pa.code = y.partner
            WHERE y.period = :period AND y.commodity = \(CommodityCode.total.sqlLiteral) AND y.sector = 'ALL' AND y.flow IN ('export', 'import')
            ORDER BY y.partner <> \(PartnerCode.world.sqlLiteral), y.flow, y.value_usd DESC, y.partner
            """, ["period": .text(period.code), "vi": .integer(language == .vi ? 1 : 0)])
    }

    /// The world's commodities (groups and their products) with the same columns as `byPartner`.
    public static func byCommodity(_ db: Database, period: Period, language: Language) throws -> ResultTable {
        try db.query("""
            SELECT CASE WHEN :vi THEN coalesce(c.name_vi, c.name_en) ELSE c.name_en END AS name,
                   y.flow, y.value_usd, CASE WHEN y.basis = 'computed' THEN y.prior_value_usd END, y.delta_pct
            FROM yoy y
            JOIN commodity c ON c.code = y.commodity
            WHERE y.period = :period AND y.partner = \(PartnerCode.world.sqlLiteral) AND y.commodity <> \(CommodityCode.total.sqlLiteral) AND y.sector = 'ALL'
              AND y.flow IN ('export', 'import')
            ORDER BY y.flow, y.value_usd DESC, y.commodity
            """, ["period": .text(period.code), "vi": .integer(language == .vi ? 1 : 0)])
    }

    /// Exports, imports and the balance by partner, the world first: name, export_usd, import_usd, balance_usd.
    public static func balance(_ db: Database, period: Period, language: Language) throws -> ResultTable {
        try db.query("""
            SELECT CASE WHEN :vi THEN coalesce(pa.name_vi, pa.name_en) ELSE pa.name_en END AS name,
                   b.export_usd, b.import_usd, b.balance_usd
            FROM balance b
            JOIN partner pa ON pa.code = b.partner
            WHERE b.period = :period AND b.balance_usd IS NOT NULL
            ORDER BY b.partner <> \(PartnerCode.world.sqlLiteral), b.balance_usd DESC, b.partner
            """, ["period": .text(period.code), "vi": .integer(language == .vi ? 1 : 0)])
    }
}
