import Foundation
import Testing
@testable import TradeWarehouse

/// A summary read back by the bulletin extractor (what `tradewh extract` runs) gives every figure it
/// states: the same value (as rounded), period, flow, partner, commodity, qualifier, estimate mark,
/// change on a year earlier and on the previous period, and no figure it does not state.
@Suite struct SummaryRoundTripTests {
    /// March 2024 after January and February, a year after March 2023: month-on-month changes and
    /// the first quarter as the year to date, for the totals, China (both flows) and phones;
    /// "hơn", "khoảng" and an estimate among the figures.
    static let months = """
        period,flow,partner,commodity,value_usd,qualifier,estimated
        2023-03,export,WORLD,TOTAL,30450000000,,
        2023-03,import,WORLD,TOTAL,28120000000,,
        2023-03,export,US,TOTAL,7530000000,,
        2023-03,export,WORLD,PHONES,4210000000,,
        2023-01,export,WORLD,TOTAL,25120000000,,
        2023-02,export,WORLD,TOTAL,23310000000,,
        2023-01,import,WORLD,TOTAL,23560000000,,
        2023-02,import,WORLD,TOTAL,22870000000,,
        2024-01,export,WORLD,TOTAL,35770000000,,
        2024-01,import,WORLD,TOTAL,33090000000,,
        2024-02,export,WORLD,TOTAL,26180000000,,
        2024-02,import,WORLD,TOTAL,27660000000,,
        2024-03,export,WORLD,TOTAL,33410000000,,
        2024-03,import,WORLD,TOTAL,31350000000,over,
        2024-03,export,US,TOTAL,9080000000,approx,true
        2024-03,export,CN,TOTAL,4310000000,,
        2024-03,import,CN,TOTAL,10440000000,,
        2024-03,import,KR,TOTAL,4820000000,over,
        2024-03,export,WORLD,PHONES,4960000000,,
        2024-03,export,WORLD,COFFEE,1030000000,over,
        2024-01,export,CN,TOTAL,5160000000,,
        2024-02,export,CN,TOTAL,3480000000,,
        2024-01,import,CN,TOTAL,11870000000,,
        2024-02,import,CN,TOTAL,9350000000,,
        2024-01,export,WORLD,PHONES,5580000000,,
        2024-02,export,WORLD,PHONES,3780000000,,
        """

    /// The second quarter of 2024 (after the first, a year after the second of 2023) with its reported
    /// turnover, the first half as its year to date, and the half-year itself with markets and
    /// products; a deficit.
    static let quarters = """
        period,flow,partner,commodity,value_usd,qualifier,estimated
        2023-Q2,export,WORLD,TOTAL,85210000000,,
        2023-Q2,import,WORLD,TOTAL,79930000000,,
        2024-Q1,export,WORLD,TOTAL,93060000000,,
        2024-Q1,import,WORLD,TOTAL,85020000000,,
        2024-Q2,export,WORLD,TOTAL,97410000000,,
        2024-Q2,import,WORLD,TOTAL,98620000000,,
        2024-Q2,turnover,WORLD,TOTAL,196030000000,,
        2024-Q2,export,US,TOTAL,27300000000,,
        2024-Q2,import,CN,TOTAL,37100000000,approx,
        2024-Q2,export,WORLD,COMPUTERS,17200000000,,
        2024-01..2024-06,export,WORLD,TOTAL,190470000000,,
        2024-01..2024-06,import,WORLD,TOTAL,183640000000,,
        2024-01..2024-06,export,US,TOTAL,54830000000,over,
        2024-01..2024-06,export,JP,TOTAL,11810000000,,
        2024-01..2024-06,import,CN,TOTAL,68200000000,,
        2024-01..2024-06,import,KR,TOTAL,26340000000,,
        2024-01..2024-06,export,WORLD,PHONES,25290000000,,
        2024-01..2024-06,export,WORLD,RICE,2950000000,,
        """

    /// Spring 2024 (March to May), a span that does not start in January, a year after spring 2023.
    static let spring = """
        period,flow,partner,commodity,value_usd,qualifier,estimated
        2023-03..2023-05,export,WORLD,TOTAL,88140000000,,
        2023-03..2023-05,import,WORLD,TOTAL,81370000000,,
        2024-03..2024-05,export,WORLD,TOTAL,99520000000,,
        2024-03..2024-05,import,WORLD,TOTAL,95060000000,,
        2024-03..2024-05,export,US,TOTAL,27440000000,,
        2024-03..2024-05,import,CN,TOTAL,33150000000,,
        2024-03..2024-05,export,WORLD,PHONES,12870000000,,
        """

    /// Every stated figure read back, and nothing else.
    func expectRoundTrip(_ csv: String, period: String, language: Language, count: Int) throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("figures.csv", csv)
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse(period))
        let text = try SummaryWriter(language: language).text(figures, markdown: true)
        let extracted = BulletinExtractor(reference: try ReferenceData.load(from: warehouse.store.db)).extract(text).facts
        let stated = figures.statedLines
        #expect(stated.count == count, "\(language) \(period): \(stated.count) figures stated")
        for line in stated {
            let found = extracted.contains { fact in
                fact.flow == line.flow && fact.period == line.period && fact.partner == line.partner.rawValue
                    && fact.commodity == line.commodity.rawValue && fact.qualifier == line.qualifier && fact.estimated == line.estimated
                    && abs(fact.valueUSD - line.valueUSD) <= BulletinWording.rounding(of: line.valueUSD)
                    && Self.same(fact.yoyPct, line.yoyPct) && Self.same(fact.momPct, line.momPct)
            }
            #expect(found, "\(language) \(period): \(line.flow) \(line.period.code) \(line.partner) \(line.commodity) \(line.valueUSD) \(line.qualifier) \(line.estimated) \(String(describing: line.yoyPct)) \(String(describing: line.momPct)) not read back from\n\(text)")
        }
        #expect(extracted.count == stated.count, "\(language): \(extracted.map { "\($0.period.code) \($0.flow) \($0.partner) \($0.commodity) \($0.valueUSD)" })")
    }

    /// Percentages as written: one decimal.
    static func same(_ read: Double?, _ stated: Double?) -> Bool {
        guard let stated else { return read == nil }
        guard let read else { return false }
        return abs(read - stated) <= 0.05 + 1e-9  // 16.65 written "16,7": half a unit of the last decimal, in binary
    }

    @Test(arguments: [Language.vi, .en])
    func aMonthWithItsYearToDate(language: Language) throws {
        // Exports, imports, the balance, two year-to-date figures, two export markets (the first
        // estimated), two import markets, two products; for the first quarter, China both ways and
        // phones (derived from the months).
        try expectRoundTrip(Self.months, period: "2024-03", language: language, count: 14)
    }

    @Test(arguments: [Language.vi, .en])
    func aQuarterWithItsYearToDate(language: Language) throws {
        // And the first half's two export markets, two import markets and two products.
        try expectRoundTrip(Self.quarters, period: "2024-Q2", language: language, count: 15)
    }

    @Test(arguments: [Language.vi, .en])
    func aHalfYear(language: Language) throws {
        try expectRoundTrip(Self.quarters, period: "2024-01..2024-06", language: language, count: 9)
    }

    /// July to December: a span that does not start in January.
    static let secondHalf = """
        period,flow,partner,commodity,value_usd,qualifier,estimated
        2023-07..2023-12,export,WORLD,TOTAL,186720000000,,
        2024-07..2024-12,export,WORLD,TOTAL,214620000000,,
        2024-07..2024-12,import,WORLD,TOTAL,196030000000,over,
        2024-07..2024-12,export,US,TOTAL,64250000000,,
        2024-07..2024-12,import,CN,TOTAL,75810000000,approx,
        2024-07..2024-12,export,WORLD,PHONES,29870000000,,
        """

    @Test(arguments: [Language.vi, .en])
    func aSecondHalfYear(language: Language) throws {
        // Exports, imports, the balance, a market each way, a product ("6 tháng cuối năm 2024").
        try expectRoundTrip(Self.secondHalf, period: "2024-07..2024-12", language: language, count: 6)
    }

    /// A whole year, with the year before for its changes.
    static let year = """
        period,flow,partner,commodity,value_usd,qualifier,estimated
        2023,export,WORLD,TOTAL,355100000000,,
        2023,import,WORLD,TOTAL,326400000000,,
        2024,export,WORLD,TOTAL,405530000000,,
        2024,import,WORLD,TOTAL,380760000000,over,
        2024,export,US,TOTAL,119460000000,,
        2024,import,CN,TOTAL,144000000000,approx,true
        2024,export,WORLD,TEXTILES,37000000000,over,
        """

    @Test(arguments: [Language.vi, .en])
    func aWholeYear(language: Language) throws {
        try expectRoundTrip(Self.year, period: "2024", language: language, count: 6)
    }

    @Test(arguments: [Language.vi, .en])
    func aSpanFromMarchToMay(language: Language) throws {
        try expectRoundTrip(Self.spring, period: "2024-03..2024-05", language: language, count: 6)
    }

    @Test(arguments: [Language.vi, .en])
    func theSamplesJanuary(language: Language) throws {
        let warehouse = try TestWarehouse.withSamples()
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-01"))
        let text = try SummaryWriter(language: language).text(figures, markdown: false)
        let extracted = BulletinExtractor(reference: try ReferenceData.load(from: warehouse.store.db)).extract(text).facts
        for line in figures.statedLines {
            #expect(extracted.contains { $0.flow == line.flow && $0.period == line.period && $0.partner == line.partner.rawValue
                && $0.commodity == line.commodity.rawValue && $0.qualifier == line.qualifier && $0.estimated == line.estimated
                && abs($0.valueUSD - line.valueUSD) <= BulletinWording.rounding(of: line.valueUSD) },
                "\(language): \(line.flow) \(line.partner) \(line.commodity) not read back")
        }
    }
}
