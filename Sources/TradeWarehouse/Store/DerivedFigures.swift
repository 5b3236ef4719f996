/// Keeps table `figure` — the current figures of TOTAL and the commodity groups, and the figures
/// derived from them — up to date.
///
/// Ingest writes each reported figure of TOTAL or a group into `figure` as it stores it (see
/// `FigureInserter`). Derived figures (quarters and years from months, months from spans, second
/// halves, group sums) are computed by view `derived_fact` for the periods inside the one-row table
/// `derive_window`; outside a refresh that window is empty, so the view costs nothing.
enum DerivedFigures {
    /// The window that covers every period.
    static let everything: (Int64, Int64) = (0, 1 << 40)

    /// Inside the caller's transaction: puts back the current figures of keys whose figure came from a
    /// release that `release` (if given) replaced, and, when `followed` (`release` took the place of
    /// an earlier release, and a later one stands), of keys whose figure `release` wrote, then
    /// brings the sums of HS lines up to date as `lines` says (see `LineSums`), and redoes the
    /// figures computed in place of stale stated ones (see `StaleAggregates`) and the other
    /// derived figures of periods within `firstHalf...lastHalf` (see `window`: whole years and
    /// the periods reaching past them). `indexesSetAside`: definitions that `setIndexesAside`
    /// returned, to make again at the end.
    static func refresh(_ db: Database, firstHalf: Int64, lastHalf: Int64, replacedBy release: Int64? = nil,
                        followed: Bool = false, lines: LineSumUpdate = .none, indexesSetAside: [String]? = nil) throws {
        try withWindow(db, firstHalf: firstHalf, lastHalf: lastHalf) { window in
            try withIndexesRemadeIfMostChanges(db, window, setAside: indexesSetAside) {
                try db.run("""
                    DELETE FROM figure
                    WHERE source = 'derived' AND method IS NOT '\(LineSums.method)'
                      AND period_id IN (SELECT id FROM period WHERE first_half >= :first AND last_half <= :last)
                    """, window)
                if let release { try restoreFigures(db, ofReleasesReplacedBy: release) }
                if let release, followed { try restoreFigures(db, writtenBy: release) }
                try update(lines, in: db)
                try StaleAggregates.replace(db, window)
                try deriveFigures(db)
                try completeListing(db, window)
            }
        }
    }

    /// The halves a refresh of the changed halves `firstHalf...lastHalf` must cover: those whole years,
    /// widened to every period that overlaps them, so that a derived figure of a period reaching
    /// past them (a span from November to February, when February changes) is redone too.
    static func window(changedFrom firstHalf: Int64, to lastHalf: Int64, in db: Database) throws -> (Int64, Int64) {
        let years = ((firstHalf / 24) * 24, (lastHalf / 24) * 24 + 23)
        let touching = try db.query("""
            SELECT min(first_half), max(last_half) FROM period WHERE first_half <= :last AND last_half >= :first
            """, ["first": .integer(years.0), "last": .integer(years.1)]).rows.first
        return (min(years.0, touching?[0].integer ?? years.0), max(years.1, touching?[1].integer ?? years.1))
    }

    /// Rebuilds the whole table from `current_fact` (as `--as-of` needs, inside a transaction it rolls back).
    static func rebuild(_ db: Database) throws {
        try withWindow(db, firstHalf: everything.0, lastHalf: everything.1) { window in
            try withIndexesRemadeIfMostChanges(db, window) {
                try db.execute("DELETE FROM figure")
                try db.execute("""
                    INSERT INTO figure (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd, yoy_pct,
                                        source, release_id)
                    SELECT f.period_id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id, f.value_usd, f.rounding_usd, f.yoy_pct,
                           'reported', f.release_id
                    FROM current_fact f JOIN commodity c ON c.id = f.commodity_id AND c.kind <> 'hs'
                    """)
                try recomputeLineSums(db, firstHalf: everything.0, lastHalf: everything.1)
                try StaleAggregates.replace(db, window)
                try deriveFigures(db)
                try completeListing(db, window)
            }
        }
    }

    /// Runs `body`, which rewrites the figures of the window; when they are most of `figure` (a
    /// national file's first load: 265,000 of 265,000), with `figure`'s indexes set aside first and
    /// made again after (unless the caller set them aside already: `setAside`). Keeping two indexes
    /// of 9 and 14 columns up to date row by row took 3 s of such a load's 6 s of refresh; making
    /// them again takes 0.6 s. (A month's refresh rewrites a few hundred figures, and keeps them.)
    /// Such a refresh sorts hundreds of thousands of figures (grouping them, making the indexes), and
    /// each of SQLite's sorts holds as much as its page cache before it spills to a temporary file:
    /// with the default 2 MB, two sorts at once were 4 MB of the peak memory of a national load,
    /// so it runs with a smaller cache (`sortCacheKibibytes`).
    private static func withIndexesRemadeIfMostChanges(_ db: Database, _ window: [String: CellValue],
                                                       setAside: [String]? = nil, _ body: () throws -> Void) throws {
        let indexes = try setAside ?? (mostOfFigureChanges(db, window) ? setIndexesAside(db) : [])
        guard !indexes.isEmpty else { return try body() }
        try db.withCacheSize(kibibytes: sortCacheKibibytes) {
            try body()
            try makeIndexes(indexes, in: db)
        }
    }

    /// The page cache (and so the memory of each sort) of a refresh that rewrites most of `figure`.
    static let sortCacheKibibytes = 512

    private static func mostOfFigureChanges(_ db: Database, _ window: [String: CellValue]) throws -> Bool {
        let inWindow = "FROM figure WHERE period_id IN (SELECT id FROM period WHERE last_half >= :first AND first_half <= :last + 24)"
        let count = { (sql: String, arguments: [String: CellValue]) in try db.query(sql, arguments).rows.first?.first?.integer ?? 0 }
        // (Counted in full only past 10,000: a month's refresh stops there at once.)
        return try count("SELECT count(*) FROM (SELECT 1 \(inWindow) LIMIT 10000)", window) == 10_000
            && count("SELECT count(*) \(inWindow)", window) * 4 > count("SELECT count(*) FROM figure", [:])
    }

    /// Drops `figure`'s indexes (not its key) inside the caller's transaction and returns their
    /// definitions, as the schema holds them, for making them again before it commits: for a load
    /// that will write most of the table (see `ReleaseWriter`).
    static func setIndexesAside(_ db: Database) throws -> [String] {
        let indexes = try db.query("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figure' AND sql IS NOT NULL")
            .rows.compactMap { row in row[1].text.map { (name: row[0].text ?? "", sql: $0) } }
        for index in indexes { try db.execute("DROP INDEX \"\(index.name)\"") }
        return indexes.map(\.sql)
    }

    /// Makes again the indexes whose definitions `setIndexesAside` returned.
    static func makeIndexes(_ definitions: [String], in db: Database) throws {
        for definition in definitions { try db.execute(definition) }
    }

    /// Keys whose figure came from a replaced release get the figure now current for them, if any
    /// (the keys the replacing release states already have its figures). Only the replaced
    /// releases' periods of `figure` are read (CROSS JOIN keeps `figure` the outer loop: SQLite
    /// otherwise read every figure of those periods in `fact`, 0.2 s for a month of 100,000).
    private static func restoreFigures(_ db: Database, ofReleasesReplacedBy release: Int64) throws {
        let replaced: [String: CellValue] = ["release": .integer(release)]
        let ofReplaced = { (figure: String) in """
            \(figure).period_id IN (SELECT rp.period_id FROM release_period rp JOIN release r ON r.id = rp.release_id
                                  WHERE r.replaced_by = :release)
            AND \(figure).release_id IN (SELECT id FROM release WHERE replaced_by = :release)
            """ }
        try db.run(currentFiguresOver + "WHERE \(ofReplaced("old"))", replaced)
        try db.run("DELETE FROM figure WHERE \(ofReplaced("figure"))", replaced)
    }

    /// Writes over rows `old` of `figure` the figure `current_fact` holds for their key; a WHERE on `old` follows.
    private static let currentFiguresOver = """
            INSERT OR REPLACE INTO figure (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd,
                                           yoy_pct, source, release_id)
            SELECT f.period_id, f.flow_id, f.partner_id, f.commodity_id, f.sector_id, f.value_usd, f.rounding_usd, f.yoy_pct,
                   'reported', f.release_id
            FROM figure old
            CROSS JOIN current_fact f ON f.period_id = old.period_id AND f.flow_id = old.flow_id AND f.partner_id = old.partner_id
                               AND f.commodity_id = old.commodity_id AND f.sector_id = old.sector_id

        """

    /// Keys whose figure `release` wrote get the figure current for them: a release of higher rank
    /// (see migration 0013) keeps its figure where `release`, taking an earlier release's place, has
    /// the same key. Only `release`'s periods of `figure` are read.
    private static func restoreFigures(_ db: Database, writtenBy release: Int64) throws {
        try db.run(currentFiguresOver + """
            WHERE old.period_id IN (SELECT period_id FROM release_period WHERE release_id = :release)
              AND old.release_id = :release AND f.release_id <> :release
            """, ["release": .integer(release)])
    }

    /// Brings the sums of HS lines up to date as `lines` says.
    private static func update(_ lines: LineSumUpdate, in db: Database) throws {
        switch lines {
        case .none: break
        case .recompute(let firstHalf, let lastHalf): try recomputeLineSums(db, firstHalf: firstHalf, lastHalf: lastHalf)
        case .fromMemory(let sums, let release):
            try db.run("""
                DELETE FROM figure
                WHERE method = '\(LineSums.method)' AND period_id IN (SELECT period_id FROM release_period WHERE release_id = :release)
                """, ["release": .integer(release)])
            try sums.merge()
        }
    }

    /// Replaces the sums of HS lines of the periods within `firstHalf...lastHalf` with those of the
    /// current lines (view `line_sum`), where no standing release states the figure.
    static func recomputeLineSums(_ db: Database, firstHalf: Int64, lastHalf: Int64) throws {
        let window: [String: CellValue] = ["first": .integer(firstHalf), "last": .integer(lastHalf)]
        try db.run("UPDATE line_window SET first_half = :first, last_half = :last", window)
        try db.run("""
            DELETE FROM figure
            WHERE method = '\(LineSums.method)'
              AND period_id IN (SELECT id FROM period WHERE first_half >= :first AND last_half <= :last)
            """, window)
        try db.execute("""
            INSERT OR IGNORE INTO figure (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd,
                                          source, method)
            SELECT s.period_id, s.flow_id, s.partner_id, s.commodity_id, s.sector_id, s.value_usd, s.rounding_usd,
                   'derived', '\(LineSums.method)'
            FROM line_sum s
            WHERE NOT EXISTS (SELECT 1 FROM current_fact r
                              WHERE r.period_id = s.period_id AND r.flow_id = s.flow_id AND r.partner_id = s.partner_id
                                AND r.commodity_id = s.commodity_id AND r.sector_id = s.sector_id)
            """)
        try db.execute("UPDATE line_window SET first_half = 1, last_half = 0")
    }

    private static func deriveFigures(_ db: Database) throws {
        try db.execute("""
            INSERT INTO figure (period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd, source, method)
            SELECT period_id, flow_id, partner_id, commodity_id, sector_id, value_usd, rounding_usd, 'derived', method
            FROM derived_fact
            """)
    }

    /// Sets the listing columns of the figures of the window, and of the year after it (whose
    /// year-earlier figures are the window's), from view `figure_change` (see migration 0009).
    private static func completeListing(_ db: Database, _ window: [String: CellValue]) throws {
        try db.run("""
            UPDATE figure SET (first_half, last_half, period_code, flow_code, partner_code, prior_value_usd, delta_pct, basis_id) = (
                SELECT c.first_half, c.last_half, c.period_code, c.flow_code, c.partner_code, c.prior_value_usd, c.delta_pct, c.basis_id
                FROM figure_change c
                WHERE c.period_id = figure.period_id AND c.flow_id = figure.flow_id AND c.partner_id = figure.partner_id
                  AND c.commodity_id = figure.commodity_id AND c.sector_id = figure.sector_id)
            WHERE period_id IN (SELECT id FROM period WHERE first_half >= :first AND last_half <= :last + 24)
            """, window)
    }

    /// Runs `body` with `derive_window` set to the given halves (bound as `:first` and `:last`), then empties it.
    private static func withWindow(_ db: Database, firstHalf: Int64, lastHalf: Int64,
                                   _ body: ([String: CellValue]) throws -> Void) throws {
        let window: [String: CellValue] = ["first": .integer(firstHalf), "last": .integer(lastHalf)]
        try db.run("UPDATE derive_window SET first_half = :first, last_half = :last", window)
        try body(window)
        try db.execute("UPDATE derive_window SET first_half = 1, last_half = 0")
    }
}
