import CSQLite

/// Stores a release's figures through statements prepared once per file: each in `fact` with its
/// quantity, its unit in `release_unit` (`ReleaseUnits`), its other details in `fact_detail` and,
/// for one read from prose, its sentence in `fact_text`. A figure of
/// TOTAL or a commodity group also goes into `figure` as it is written (the latest release's figure
/// for a key is the current one), so that `ReleaseWriter.finish` only has to redo derived figures;
/// HS-code figures stay in `fact` alone.
///
/// Its caller holds the connection (`SharedConnection`) for every call.
final class FigureInserter {
    private let db: Database
    /// Inserts one figure; `insertDetail` its own unit, qualifier, estimate flag and stated change
    /// (when it has any); `insertText` the sentence of one read from prose.
    private let insertFact: Statement
    private let insertDetail: Statement
    private let insertText: Statement
    private let upsertFigure: Statement
    /// The sums of the release's HS lines not yet added to `figure` (see `LineSums`).
    let lineSums: LineSums
    private let units: ReleaseUnits
    /// The multi-row INSERT of `batchSize` figures, prepared when the first full batch is written.
    private var insertBatch: Statement?
    /// Periods this release has figures in, each with the line its figures' `line_offset` counts
    /// from (the first line of the period written: see migration 0017), for `release_period`; and
    /// the last period looked up, with its line.
    private(set) var firstLines: [Int64: Int] = [:]
    private var lastPeriod: (id: Int64, firstLine: Int)?

    init(db: Database) throws {
        self.db = db
        lineSums = try LineSums(db: db)
        units = try ReleaseUnits(db: db)
        insertFact = try db.prepare("INSERT INTO fact (\(Self.factColumns)) VALUES " + Self.placeholders(rows: 1))
        insertDetail = try db.prepare("""
            INSERT INTO fact_detail (period_id, flow_id, partner_id, commodity_id, sector_id, release_id,
                                     unit, qualifier, estimated, yoy_pct)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertText = try db.prepare("""
            INSERT INTO fact_text (period_id, flow_id, partner_id, commodity_id, sector_id, release_id,
                                   source_text, source_start, source_end, commodity_name, mom_pct, delta_usd)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        upsertFigure = try db.prepare("""
            INSERT INTO figure (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd,
                                yoy_pct, source, method, release_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'reported', NULL, ?)
            ON CONFLICT DO UPDATE SET value_usd = excluded.value_usd, rounding_usd = excluded.rounding_usd,
                yoy_pct = excluded.yoy_pct, source = 'reported', method = NULL, release_id = excluded.release_id
            """)
    }

    /// Figures a multi-row INSERT writes at once: one statement step per batch instead of per
    /// figure (on 200k figures, preparing, stepping and resetting a statement per figure took a
    /// quarter of the load).
    static let batchSize = 64
    /// The columns of a figure in `fact`, in the order the INSERTs bind them.
    private static let factColumns = "period_id, flow_id, partner_id, commodity_id, sector_id, release_id, value_usd, line_offset, quantity"
    private static let factColumnCount: Int32 = 9

    /// One INSERT of a full batch, which stops at the first figure whose key is taken, keeping
    /// those before it (with their details); returns how many it wrote. `OR FAIL` (rather than undoing the statement)
    /// spares SQLite its statement journal: for a plain INSERT of many rows it copies every page
    /// the statement changes to a temporary file first (on 1M figures, 100k writes of 4 KB).
    func insertAtOnce(_ batch: ArraySlice<FactRow>, release: Int64) throws -> Int {
        if insertBatch == nil {
            insertBatch = try db.prepare("INSERT OR FAIL INTO fact (\(Self.factColumns)) VALUES " + Self.placeholders(rows: Self.batchSize))
        }
        guard let statement = insertBatch else { return 0 }
        for (index, row) in batch.enumerated() {
            try bindFigure(row, release: release, to: statement, from: Int32(index) * Self.factColumnCount)
        }
        let written: Int
        do {
            try statement.run()
            written = batch.count
        } catch StoreError.sqlite(let code, _, _) where code == sqliteConstraintPrimaryKey {
            written = db.changes
        }
        for row in batch.prefix(written) { try wrote(row, release: release, summed: true) }
        return written
    }

    private static func placeholders(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: Int(factColumnCount)).joined(separator: ", ") + ")"
        return Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// Stores one figure; returns the line of an earlier row of the same release with the same key,
    /// if there is one (then nothing is stored). `summed`: the figure is in the line sums already
    /// (`FigureQueue.add` sums the figures it queues).
    func insert(_ row: FactRow, release: Int64, summed: Bool = false) throws -> Int? {
        try bindFigure(row, release: release, to: insertFact, from: 0)
        do {
            try insertFact.run()
        } catch StoreError.sqlite(let code, _, _) where code == sqliteConstraintPrimaryKey {
            return try lineOfKey(row, release: release)
        }
        if let provenance = row.provenance { try write(provenance, of: row, release: release) }
        try wrote(row, release: release, summed: summed)
        return nil
    }

    /// Binds a figure's 9 columns (`factColumns`) to parameters `offset + 1 ... offset + 9`.
    private func bindFigure(_ row: FactRow, release: Int64, to statement: Statement, from offset: Int32) throws {
        try bindKey(row, to: statement, from: offset)
        try statement.bind(integer: release, at: offset + 6)
        try statement.bind(integer: row.valueUSD, at: offset + 7)
        try statement.bind(integer: Int64(row.line - firstLine(of: row.periodID, line: row.line)), at: offset + 8)
        try statement.bind(real: row.quantity, at: offset + 9)
    }

    /// The line `line_offset` counts from in `period`: the first line of it written (`line`, when
    /// this is the first). Figures come in blocks in key order, a period's after one another.
    private func firstLine(of period: Int64, line: Int) -> Int {
        if let lastPeriod, lastPeriod.id == period { return lastPeriod.firstLine }
        let first = firstLines[period] ?? line
        firstLines[period] = first
        lastPeriod = (period, first)
        return first
    }

    /// Stores a figure's own unit (see `ReleaseUnits`), qualifier, estimate flag and stated
    /// year-on-year change, if it has any (an exact, reported figure with none of them has no
    /// `fact_detail` row).
    private func writeDetail(of row: FactRow, release: Int64) throws {
        let unit = try units.ownUnit(of: row, release: release)
        guard unit != nil || row.qualifier != .exact || row.estimated || row.yoyPct != nil else { return }
        try bindKey(row, to: insertDetail)
        try insertDetail.bind(integer: release, at: 6)
        try insertDetail.bind(text: unit, at: 7)
        try bindQualifier(row.qualifier, to: insertDetail, at: 8)
        try insertDetail.bind(integer: row.estimated ? 1 : nil, at: 9)
        try insertDetail.bind(real: row.yoyPct, at: 10)
        try insertDetail.run()
    }

    /// Binds a qualifier as `fact_detail` stores it: NULL for exact, the others from literals.
    private func bindQualifier(_ qualifier: Qualifier, to statement: Statement, at index: Int32) throws {
        switch qualifier {
        case .exact: try statement.bind(literal: nil, at: index)
        case .over: try statement.bind(literal: "over", at: index)
        case .under: try statement.bind(literal: "under", at: index)
        case .approx: try statement.bind(literal: "approx", at: index)
        }
    }

    /// Stores what a bulletin said of a figure: its sentence, the amount's place, the stated changes.
    private func write(_ provenance: TextProvenance, of row: FactRow, release: Int64) throws {
        try bindKey(row, to: insertText)
        try insertText.bind(integer: release, at: 6)
        try insertText.bind(text: provenance.sentence, at: 7)
        try insertText.bind(integer: Int64(provenance.spanStart), at: 8)
        try insertText.bind(integer: Int64(provenance.spanEnd), at: 9)
        try insertText.bind(text: provenance.commodityName, at: 10)
        try insertText.bind(real: provenance.momPct, at: 11)
        try insertText.bind(integer: provenance.deltaUSD, at: 12)
        try insertText.run()
    }

    /// Stores the details of a figure just stored and, for TOTAL or a group, updates `figure`; unless
    /// `summed`, an HS line is added to the line sums (a total noted as stated).
    private func wrote(_ row: FactRow, release: Int64, summed: Bool) throws {
        try writeDetail(of: row, release: release)
        if !row.isHSCode { try writeFigure(row, release: release) }
        guard !summed else { return }
        if !row.isHSCode { lineSums.noteStated(row) }
        if row.hsParents != nil {
            try lineSums.add(row)
            if lineSums.isFull { try lineSums.merge() }
        }
    }

    /// Binds parameters `offset + 1 ... offset + 5`: period, flow, partner, commodity, sector.
    private func bindKey(_ row: FactRow, to statement: Statement, from offset: Int32 = 0) throws {
        try statement.bind(integer: row.periodID, at: offset + 1)
        try statement.bind(integer: row.flowID, at: offset + 2)
        try statement.bind(integer: row.partnerID, at: offset + 3)
        try statement.bind(integer: row.commodityID, at: offset + 4)
        try statement.bind(integer: row.sectorID, at: offset + 5)
    }

    /// Makes a figure of TOTAL or a group the current one for its key in `figure`.
    private func writeFigure(_ row: FactRow, release: Int64) throws {
        try bindKey(row, to: upsertFigure)
        try upsertFigure.bind(integer: row.valueUSD, at: 6)
        try upsertFigure.bind(integer: StatedPrecision.rounding(of: row.valueUSD), at: 7)
        try upsertFigure.bind(real: row.yoyPct, at: 8)
        try upsertFigure.bind(integer: release, at: 9)
        try upsertFigure.run()
    }

    private func lineOfKey(_ row: FactRow, release: Int64) throws -> Int? {
        let offset = try db.query("""
            SELECT line_offset FROM fact
            WHERE period_id = :period AND flow_id = :flow AND partner_id = :partner
              AND commodity_id = :commodity AND sector_id = :sector AND release_id = :release
            """, ["period": .integer(row.periodID), "flow": .integer(row.flowID), "partner": .integer(row.partnerID),
                  "commodity": .integer(row.commodityID), "sector": .integer(row.sectorID), "release": .integer(release)])
            .rows.first?[0].integer
        return offset.map { Int($0) + (firstLines[row.periodID] ?? 0) } ?? 0
    }
}

/// SQLITE_CONSTRAINT_PRIMARYKEY, an extended result code whose C macro Swift does not import.
private let sqliteConstraintPrimaryKey: Int32 = SQLITE_CONSTRAINT | (6 << 8)
