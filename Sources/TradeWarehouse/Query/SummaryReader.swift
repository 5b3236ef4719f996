/// The SQL behind `SummaryFigures`.
struct SummaryReader {
    let db: Database

    enum Scope { case world, countriesAndGroups, commodities }

    /// The largest figures of a scope, with how each was published.
    func lines(_ period: Period, flow: Flow, partners scope: Scope, limit: Int) throws -> [SummaryFigures.Line] {
        let condition: String
        switch scope {
        case .world: condition = "y.partner = \(PartnerCode.world.sqlLiteral) AND y.commodity = \(CommodityCode.total.sqlLiteral)"
        case .countriesAndGroups: condition = "y.partner <> \(PartnerCode.world.sqlLiteral) AND y.commodity = \(CommodityCode.total.sqlLiteral)"
        case .commodities: condition = "y.partner = \(PartnerCode.world.sqlLiteral) AND y.commodity <> \(CommodityCode.total.sqlLiteral) AND c.parent_id IS NULL"
        }
        let rows = try db.query("""
            SELECT y.partner, pa.name_vi, pa.name_en, y.commodity, c.name_vi, c.name_en, y.value_usd, y.delta_pct,
                   CASE WHEN w.value_usd > 0 AND y.partner <> \(PartnerCode.world.sqlLiteral) OR y.commodity <> \(CommodityCode.total.sqlLiteral)
                        THEN round(y.value_usd * 100.0 / w.value_usd, 1) END
            FROM yoy y
            JOIN partner pa ON pa.code = y.partner
            JOIN commodity c ON c.code = y.commodity
            LEFT JOIN all_facts w ON w.period = y.period AND w.flow = y.flow AND w.partner = \(PartnerCode.world.sqlLiteral)
                                 AND w.commodity = \(CommodityCode.total.sqlLiteral) AND w.sector = 'ALL'
            WHERE y.period = :period AND y.flow = :flow AND y.sector = 'ALL' AND \(condition)
            ORDER BY y.value_usd DESC LIMIT :limit
            """, ["period": .text(period.code), "flow": .text(flow.rawValue), "limit": .integer(Int64(limit))]).rows
        return try rows.compactMap { row in
            guard let partner = row[0].text, let partnerEnglish = row[2].text, let commodity = row[3].text,
                  let commodityEnglish = row[5].text, let value = row[6].integer else { return nil }
            var line = SummaryFigures.Line(flow: flow, period: period, partner: PartnerCode(rawValue: partner),
                                           partnerName: (row[1].text, partnerEnglish),
                                           commodity: CommodityCode(rawValue: commodity),
                                           commodityName: (row[4].text, commodityEnglish),
                                           valueUSD: value, yoyPct: row[7].real, sharePct: row[8].real)
            try published(&line)
            return line
        }
    }

    /// Sets a line's qualifier and estimate mark from its current published figure (a derived figure
    /// has none: exact, not estimated).
    private func published(_ line: inout SummaryFigures.Line) throws {
        guard let row = try db.query("""
            SELECT qualifier, estimated FROM facts
            WHERE period = :period AND flow = :flow AND partner = :partner AND commodity = :commodity AND sector = 'ALL'
            """, ["period": .text(line.period.code), "flow": .text(line.flow.rawValue), "partner": .text(line.partner.rawValue),
                  "commodity": .text(line.commodity.rawValue)]).rows.first else { return }
        line.qualifier = (try? Qualifier.parse(row[0].text ?? "")) ?? .exact
        line.estimated = row[1].integer == 1
    }

    /// The line with its change on the previous month or quarter, where the warehouse has both.
    func withMonthOnMonth(_ line: SummaryFigures.Line) throws -> SummaryFigures.Line {
        guard line.period.kind == .month || line.period.kind == .quarter else { return line }
        var result = line
        result.momPct = try db.query("""
            SELECT delta_pct FROM mom
            WHERE period = :period AND flow = :flow AND partner = :partner AND commodity = :commodity AND sector = 'ALL'
            """, ["period": .text(line.period.code), "flow": .text(line.flow.rawValue), "partner": .text(line.partner.rawValue),
                  "commodity": .text(line.commodity.rawValue)]).rows.first?.first?.real
        return result
    }

    /// The balance, computed or reported, for the world.
    func balance(_ period: Period) throws -> SummaryFigures.Line? {
        guard let value = try db.query("""
            SELECT balance_usd FROM balance WHERE period = :period AND partner = \(PartnerCode.world.sqlLiteral)
            """, ["period": .text(period.code)]).rows.first?.first?.integer else { return nil }
        var line = SummaryFigures.Line(flow: .balance, period: period, partner: .world, partnerName: ("Thế giới", "World"),
                                       commodity: .total, commodityName: (nil, "All goods"), valueUSD: value,
                                       yoyPct: nil, sharePct: nil)
        try published(&line)
        return line
    }

    /// The failed checks of the period, with the names of their partner and commodity.
    func mismatches(_ period: Period) throws -> [SummaryFigures.Mismatch] {
        try db.query("""
            SELECT r.check_name, r.flow, r.partner, pa.name_vi, pa.name_en, r.commodity, c.name_vi, c.name_en,
                   r.expected, r.actual
            FROM reconcile r
            JOIN partner pa ON pa.code = r.partner
            JOIN commodity c ON c.code = r.commodity
            WHERE r.period = :period AND r.status = 'mismatch'
            ORDER BY r.check_name, r.partner, r.commodity
            """, ["period": .text(period.code)]).rows.compactMap { row in
            guard let check = row[0].text, let flow = row[1].text, let partner = row[2].text, let partnerEnglish = row[4].text,
                  let commodity = row[5].text, let commodityEnglish = row[7].text else { return nil }
            return SummaryFigures.Mismatch(check: check, flow: flow, partner: PartnerCode(rawValue: partner),
                                           partnerName: (row[3].text, partnerEnglish),
                                           commodity: CommodityCode(rawValue: commodity),
                                           commodityName: (row[6].text, commodityEnglish),
                                           expected: row[8], actual: row[9])
        }
    }
}
