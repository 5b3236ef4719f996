/// Sums a release's HS lines (8-digit codes) of countries as they are written, in memory, and adds
/// the sums to table `figure` (`merge`): each country's total, and the world's total and chapters,
/// as derived figures with method `sum of HS lines`. (A country's chapters and everyone's headings
/// and subheadings are summed when a query asks for them: see migration 0016.)
///
/// A sum is written only where no release states the figure (a reported total, or a reported HS
/// code, stays), and adds to a sum already there, so that a file's months are merged once, at its
/// end (or whenever `isFull`, so that memory stays flat however many months a file has). Where
/// other releases have figures in the same periods (a revision, `--replace`), `DerivedFigures`
/// recomputes those periods' sums from the current lines instead (view `line_sum`), unless the
/// release replaced every other release there and held all its sums until its end: then the sums
/// held are the periods' own, and are written in place of theirs (`LineSumUpdate.fromMemory`).
///
/// Only the thread that reads the file uses it (`FigureQueue.add`; `FigureInserter.insert` for
/// figures written one at a time), holding the connection (`SharedConnection`) to merge.
final class LineSums {
    /// A figure's key by ids.
    struct Key: Hashable {
        let period: Int64, flow: Int64, partner: Int64, commodity: Int64, sector: Int64

        /// The five ids folded into one word, hashed once (keys that fold alike are told apart by
        /// `==`): hashing each of the five made finding a sum 0.29 of 7.6 billion instructions of
        /// a load of 300,000 HS lines.
        func hash(into hasher: inout Hasher) {
            hasher.combine(period &<< 44 ^ flow &<< 41 ^ partner &<< 28 ^ commodity &<< 3 ^ sector)
        }
    }

    /// A sum and the rounding its lines allow together (see `StatedPrecision`).
    struct Sum {
        var value: Int64 = 0
        var rounding: Int64 = 0

        mutating func add(_ other: Sum) throws {
            let (value, overflowed) = self.value.addingReportingOverflow(other.value)
            guard !overflowed else { throw StoreError.sqlite(code: 1, message: "integer overflow", sql: "") }
            self.value = value
            rounding = rounding &+ other.rounding
        }
    }

    /// The method the sums are written with (`figure.method`).
    static let method = "sum of HS lines"
    /// Keys held before `isFull` says to merge. Measured on 500,000 HS lines (release build): peak
    /// RSS 37.6 MB at 10,000 keys against 42.1 MB at 40,000, in the same 15.4-15.8 s.
    static let mergeAt = 10_000

    /// Each country's lines by country (commodity: TOTAL).
    private var byCountry: [Key: Sum] = [:]
    /// All countries' lines by chapter (partner: WORLD).
    private var byChapter: [Key: Sum] = [:]
    /// Countries' totals the release states (since the last merge), whose lines are not summed: a
    /// stated total stands over the sum, which `merge` would not write. (A file with TOTAL rows, 50,000
    /// rows: 0.14 billion instructions of summing and merging the countries' totals for nothing.)
    private var statedTotals: Set<Key> = []
    private let countries: Set<Int64>
    private let world: Int64
    private let total: Int64
    private let upsert: Statement

    init(db: Database) throws {
        countries = Set(try db.query("SELECT id FROM partner WHERE kind = 'country'").rows.compactMap { $0[0].integer })
        let ids = try db.query("""
            SELECT (SELECT id FROM partner WHERE code = \(PartnerCode.world.sqlLiteral)),
                   (SELECT id FROM commodity WHERE code = \(CommodityCode.total.sqlLiteral))
            """).rows.first
        guard let world = ids?[0].integer, let total = ids?[1].integer else {
            throw StoreError.sqlite(code: 0, message: "the reference data has no \(PartnerCode.world) or \(CommodityCode.total)", sql: "")
        }
        self.world = world
        self.total = total
        upsert = try db.prepare(Self.upsertSQL)
    }

    /// Whether nothing is held.
    var isEmpty: Bool { byCountry.isEmpty && byChapter.isEmpty }

    /// Whether `merge` has run: then sums of the release are in `figure` already, and those held
    /// are not all of them (see `LineSumUpdate.fromMemory`).
    private(set) var hasMerged = false

    /// Whether enough sums are held that they should be merged now.
    var isFull: Bool { byCountry.count + byChapter.count + statedTotals.count >= Self.mergeAt }

    /// Notes a figure of TOTAL or a group just stored: a country's total stated by the release.
    func noteStated(_ row: FactRow) {
        guard row.commodityID == total, countries.contains(row.partnerID) else { return }
        let key = countryTotal(of: row)
        statedTotals.insert(key)
        byCountry.removeValue(forKey: key)
    }

    /// Adds a figure just stored, if it is an HS line of a country.
    func add(_ row: FactRow) throws {
        guard let parents = row.hsParents, countries.contains(row.partnerID) else { return }
        let sum = Sum(value: row.valueUSD, rounding: StatedPrecision.rounding(of: row.valueUSD))
        let countryKey = countryTotal(of: row)
        if !statedTotals.contains(countryKey) { try byCountry[countryKey, default: Sum()].add(sum) }
        try byChapter[Key(period: row.periodID, flow: row.flowID, partner: world, commodity: parents.chapter,
                          sector: row.sectorID), default: Sum()].add(sum)
    }

    private func countryTotal(of row: FactRow) -> Key {
        Key(period: row.periodID, flow: row.flowID, partner: row.partnerID, commodity: total, sector: row.sectorID)
    }

    /// Adds every sum held to `figure`, and forgets them.
    func merge() throws {
        hasMerged = true
        var worldTotals: [Key: Sum] = [:]
        for (key, sum) in byChapter {
            try write(key, sum)
            try worldTotals[Key(period: key.period, flow: key.flow, partner: world, commodity: total, sector: key.sector),
                            default: Sum()].add(sum)
        }
        for (key, sum) in byCountry { try write(key, sum) }
        for (key, sum) in worldTotals { try write(key, sum) }
        byCountry.removeAll(keepingCapacity: true)
        byChapter.removeAll(keepingCapacity: true)
        statedTotals.removeAll(keepingCapacity: true)
    }

    private func write(_ key: Key, _ sum: Sum) throws {
        for (index, value) in [key.period, key.flow, key.partner, key.commodity, key.sector, sum.value, sum.rounding].enumerated() {
            try upsert.bind(integer: value, at: Int32(index + 1))
        }
        try upsert.run()
    }

    /// Adds a sum to `figure`: not where a standing release states the key (a reported total is in
    /// `figure`, a reported HS code only in `fact`); over another derivation of the key, which a
    /// sum of the lines themselves replaces; onto a sum of lines already there.
    private static let upsertSQL = """
        INSERT INTO figure (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd, source, method)
        SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, 'derived', '\(method)'
        WHERE NOT EXISTS (SELECT 1 FROM fact g JOIN standing_release s ON s.id = g.release_id
                          WHERE g.period_id = ?1 AND g.flow_id = ?2 AND g.partner_id = ?3 AND g.commodity_id = ?4
                            AND g.sector_id = ?5)
        ON CONFLICT DO UPDATE SET
            value_usd = CASE WHEN figure.method = '\(method)' THEN figure.value_usd + excluded.value_usd ELSE excluded.value_usd END,
            rounding_usd = CASE WHEN figure.method = '\(method)' THEN figure.rounding_usd + excluded.rounding_usd
                                ELSE excluded.rounding_usd END,
            method = '\(method)', yoy_pct = NULL, release_id = NULL
        WHERE figure.source = 'derived'
        """
}
