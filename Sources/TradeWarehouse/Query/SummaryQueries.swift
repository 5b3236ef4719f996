/// The figures a written summary of one period draws on, read from the public views.
public struct SummaryFigures: Sendable {
    /// A figure as the summary states it.
    public struct Line: Sendable, Equatable {
        public let flow: Flow
        public let period: Period
        public let partner: PartnerCode
        public let partnerName: (vi: String?, en: String)
        public let commodity: CommodityCode
        public let commodityName: (vi: String?, en: String)
        public let valueUSD: Int64
        public let yoyPct: Double?
        public let sharePct: Double?

        public static func == (lhs: Line, rhs: Line) -> Bool {
            lhs.flow == rhs.flow && lhs.period == rhs.period && lhs.partner == rhs.partner
                && lhs.commodity == rhs.commodity && lhs.valueUSD == rhs.valueUSD
        }
    }

    public let period: Period
    public let exports: Line?
    public let imports: Line?
    public let balance: Line?
    /// The span from January to the period's end, when the period is a month after January.
    public let yearToDate: (exports: Line?, imports: Line?)
    public let exportPartners: [Line]
    public let importPartners: [Line]
    public let exportCommodities: [Line]
    /// Reconcile rows with status `mismatch` for the period.
    public let mismatches: [Mismatch]

    /// A failed consistency check: which, for whom, and the two figures that disagree.
    public struct Mismatch: Sendable {
        public let check: String
        public let partner: PartnerCode
        public let commodity: CommodityCode
        public let expected: CellValue
        public let actual: CellValue
    }

    /// Reads the summary's figures for `period`; `limit` partners and commodities of each kind. All
    /// are read in one read transaction, so they are one snapshot of the warehouse. Without
    /// `mismatches`, the consistency checks are not read (view `reconcile`: most of the time a summary
    /// takes, 60 ms of 100 at 1M figures) and the summary has no notes on them.
    public static func load(_ db: Database, period: Period, limit: Int = 5, mismatches: Bool = true) throws -> SummaryFigures {
        try db.readTransaction { try loadInSnapshot(db, period: period, limit: limit, mismatches: mismatches) }
    }

    private static func loadInSnapshot(_ db: Database, period: Period, limit: Int, mismatches: Bool) throws -> SummaryFigures {
        let reader = SummaryReader(db: db)
        let ytd = period.kind == .month && period.firstHalf % 24 != 0
            ? Period(firstHalf: (period.firstHalf / 24) * 24, lastHalf: period.lastHalf) : nil
        return SummaryFigures(
            period: period,
            exports: try reader.lines(period, flow: .export, partners: .world, limit: 1).first,
            imports: try reader.lines(period, flow: .import, partners: .world, limit: 1).first,
            balance: try reader.balance(period),
            yearToDate: (try ytd.flatMap { try reader.lines($0, flow: .export, partners: .world, limit: 1).first },
                         try ytd.flatMap { try reader.lines($0, flow: .import, partners: .world, limit: 1).first }),
            exportPartners: try reader.lines(period, flow: .export, partners: .countriesAndGroups, limit: limit),
            importPartners: try reader.lines(period, flow: .import, partners: .countriesAndGroups, limit: min(limit, 3)),
            exportCommodities: try reader.lines(period, flow: .export, partners: .commodities, limit: limit),
            mismatches: mismatches ? try reader.mismatches(period) : [])
    }

    /// Every figure the summary states, for checking it against what `extract` reads back.
    public var statedLines: [Line] {
        [exports, imports, balance, yearToDate.exports, yearToDate.imports].compactMap { $0 }
            + exportPartners + importPartners + exportCommodities
    }
}

/// The SQL behind `SummaryFigures`.
private struct SummaryReader {
    let db: Database

    enum Scope { case world, countriesAndGroups, commodities }

    func lines(_ period: Period, flow: Flow, partners scope: Scope, limit: Int) throws -> [SummaryFigures.Line] {
        let condition: String
        switch scope {
        case .world: condition = "y.partner = 'WORLD' AND y.commodity = 'TOTAL'"
        case .countriesAndGroups: condition = "y.partner <> 'WORLD' AND y.commodity = 'TOTAL'"
        case .commodities: condition = "y.partner = 'WORLD' AND y.commodity <> 'TOTAL' AND c.parent_id IS NULL"
        }
        let rows = try db.query("""
            SELECT y.partner, pa.name_vi, pa.name_en, y.commodity, c.name_vi, c.name_en, y.value_usd, y.delta_pct,
                   CASE WHEN w.value_usd > 0 AND y.partner <> 'WORLD' OR y.commodity <> 'TOTAL'
                        THEN round(y.value_usd * 100.0 / w.value_usd, 1) END
            FROM yoy y
            JOIN partner pa ON pa.code = y.partner
            JOIN commodity c ON c.code = y.commodity
            LEFT JOIN all_facts w ON w.period = y.period AND w.flow = y.flow AND w.partner = 'WORLD'
                                 AND w.commodity = 'TOTAL' AND w.sector = 'ALL'
            WHERE y.period = :period AND y.flow = :flow AND y.sector = 'ALL' AND \(condition)
            ORDER BY y.value_usd DESC LIMIT :limit
            """, ["period": .text(period.code), "flow": .text(flow.rawValue), "limit": .integer(Int64(limit))]).rows
        return rows.compactMap { row in
            guard let partner = row[0].text, let partnerEnglish = row[2].text, let commodity = row[3].text,
                  let commodityEnglish = row[5].text, let value = row[6].integer else { return nil }
            return SummaryFigures.Line(flow: flow, period: period, partner: PartnerCode(rawValue: partner),
                                       partnerName: (row[1].text, partnerEnglish),
                                       commodity: CommodityCode(rawValue: commodity), commodityName: (row[4].text, commodityEnglish),
                                       valueUSD: value, yoyPct: row[7].real, sharePct: row[8].real)
        }
    }

    /// The balance, computed or reported, for the world.
    func balance(_ period: Period) throws -> SummaryFigures.Line? {
        guard let value = try db.query("""
            SELECT balance_usd FROM balance WHERE period = :period AND partner = 'WORLD'
            """, ["period": .text(period.code)]).rows.first?.first?.integer else { return nil }
        return SummaryFigures.Line(flow: .balance, period: period, partner: .world, partnerName: ("Thế giới", "World"),
                                   commodity: .total, commodityName: (nil, "All goods"), valueUSD: value,
                                   yoyPct: nil, sharePct: nil)
    }

    func mismatches(_ period: Period) throws -> [SummaryFigures.Mismatch] {
        try db.query("""
            SELECT check_name, partner, commodity, expected, actual FROM reconcile
            WHERE period = :period AND status = 'mismatch'
            ORDER BY check_name, partner, commodity
            """, ["period": .text(period.code)]).rows.compactMap { row in
            guard let check = row[0].text, let partner = row[1].text, let commodity = row[2].text else { return nil }
            return SummaryFigures.Mismatch(check: check, partner: PartnerCode(rawValue: partner),
                                           commodity: CommodityCode(rawValue: commodity), expected: row[3], actual: row[4])
        }
    }
}
