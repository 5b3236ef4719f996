/// Answers queries as the warehouse stood after a given release, by reading it only.
///
/// The views read the release bound from the one row of table `as_of`, and headline figures from
/// table `figure`. For as-of, a read-only connection gets copies of both (and of `derive_window`)
/// in its TEMP schema, empty but for the release, and a TEMP copy of every view, which reads
/// those copies (SQLite resolves a TEMP view's names in TEMP first; a view of the file's own
/// schema would read the file's tables). `figure` is then rebuilt there for that state, in the
/// same read transaction as the query. The file is never written: as-of works on a read-only
/// file, never takes the write lock (an ingest runs beside it), and nothing a query does can
/// leave the warehouse rewound.
///
///     try AsOf.run(databasePath: "trade.sqlite", release: 3) { past in try past.query("SELECT * FROM facts") }
public enum AsOf {
    /// Runs `body` on a read-only connection whose views see only releases up to `release`.
    /// `body` runs under `query_only` and the read-only authorizer (no change, no transaction
    /// statement); the read transaction ends, and the TEMP schema goes, with the connection.
    public static func run<T>(databasePath: String, release: Int64, _ body: (Database) throws -> T) throws -> T {
        try recomputed(databasePath: databasePath, release: release, body)
    }

    /// `run` at `point`: after a release, or on a day (`releases(knownBy:in:)` says which releases
    /// that counts), whose views then see only those releases, each replaced only by one of them.
    public static func run<T>(databasePath: String, at point: AsOfPoint, _ body: (Database) throws -> T) throws -> T {
        switch point {
        case .release(let release): return try recomputed(databasePath: databasePath, release: release, body)
        case .day(let day): return try recomputed(databasePath: databasePath, release: nil, knownBy: day, body)
        }
    }

    /// `run`, or with `release` nil, with `figure` recomputed in TEMP for the warehouse as it stands
    /// (for `FigureRebuild.differences`, which compares it with the stored table). With `day`, a
    /// TEMP table `release` holds only the releases known by then, and hides the file's from the views.
    static func recomputed<T>(databasePath: String, release: Int64?, knownBy day: String? = nil,
                              _ body: (Database) throws -> T) throws -> T {
        let db = try Database(path: databasePath, mode: .readOnly)
        db.busyTimeoutMilliseconds = TradeStore.busyTimeoutMilliseconds
        try db.execute("BEGIN")
        defer {
            ReadOnlyAuthorizer.remove(from: db)
            try? db.execute("ROLLBACK")
        }
        try copySchemaToTemp(db)
        if let day {
            try db.execute("CREATE TEMP TABLE release AS SELECT * FROM main.release WHERE 0")
            try db.run("INSERT INTO temp.release SELECT * FROM main.release WHERE \(knownSQL) <= :day", ["day": .text(day)])
            try db.execute("""
                CREATE UNIQUE INDEX temp.release_by_id ON release (id);
                UPDATE temp.release SET replaced_by = NULL WHERE replaced_by NOT IN (SELECT id FROM temp.release);
                """)
        }
        try db.run("INSERT INTO temp.as_of (singleton, release_id) VALUES (1, :release)", ["release": release.map { .integer($0) } ?? .null])
        try db.execute("INSERT INTO temp.derive_window (singleton, first_half, last_half) VALUES (1, 1, 0)")
        try db.execute("INSERT INTO temp.line_window (singleton, first_half, last_half) VALUES (1, 1, 0)")
        try DerivedFigures.rebuild(db)
        try db.readThroughMemoryMap()
        try db.execute("PRAGMA query_only = ON")
        ReadOnlyAuthorizer.install(on: db)
        return try body(db)
    }

    /// The tables the views read that as-of must see differently, copied empty into TEMP with their
    /// indexes; and every view, copied as it is.
    private static func copySchemaToTemp(_ db: Database) throws {
        let objects = try db.query("""
            SELECT type, sql FROM sqlite_master
            WHERE sql IS NOT NULL
              AND (type = 'view' OR (type IN ('table', 'index') AND tbl_name IN ('as_of', 'derive_window', 'line_window', 'figure')))
            ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid
            """)
        for row in objects.rows {
            guard let sql = row[1].text, let temp = inTemp(sql) else {
                throw StoreError.sqlite(code: 0, message: "as-of cannot copy this definition to TEMP", sql: row[1].text ?? "")
            }
            try db.execute(temp)
        }
    }

    /// A table, index or view definition made to create the same object in TEMP, or nil for one
    /// it does not recognise.
    static func inTemp(_ sql: String) -> String? {
        let forms = [("CREATE TABLE ", "CREATE TEMP TABLE "), ("CREATE VIEW ", "CREATE TEMP VIEW "),
                     ("CREATE INDEX ", "CREATE INDEX temp."), ("CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX temp.")]
        for (form, temp) in forms where sql.hasPrefix(form) { return temp + sql.dropFirst(form.count) }
        return nil
    }

    /// The day a release counts from for as-of: its publication date where known, else the day
    /// (UTC) it was ingested.
    static let knownSQL = "coalesce(published_on, substr(ingested_at, 1, 10))"

    /// The releases known by the end of `day` (`YYYY-MM-DD`): those published by then, and those
    /// with no publication date that were ingested by then (UTC).
    public static func releases(knownBy day: String, in db: Database) throws -> AsOfDay {
        let rows = try db.query("SELECT id, published_on IS NOT NULL FROM release WHERE \(knownSQL) <= :day ORDER BY id",
                                ["day": .text(day)]).rows
        return AsOfDay(day: day, published: rows.filter { $0[1].integer == 1 }.compactMap { $0[0].integer },
                       ingested: rows.filter { $0[1].integer != 1 }.compactMap { $0[0].integer })
    }

    /// `text` as a moment to answer as of: a release id, or a real day by which some release was
    /// published or ingested (`known`: those releases, for a day; nil for an id).
    public static func point(_ text: String, in db: Database) throws -> (point: AsOfPoint, known: AsOfDay?) {
        guard let point = AsOfPoint.parse(text) else { throw AsOfError.unreadable(text) }
        guard case .day(let day) = point else { return (point, nil) }
        let known = try releases(knownBy: day, in: db)
        guard !known.isEmpty else { throw AsOfError.nothingKnown(day: text) }
        return (point, known)
    }

    /// Whether a release with this id exists.
    public static func exists(release: Int64, in db: Database) throws -> Bool {
        try db.query("SELECT 1 FROM release WHERE id = :id", ["id": .integer(release)]).rows.isEmpty == false
    }
}

/// The moment `--as-of` answers at.
public enum AsOfPoint: Sendable, Equatable {
    /// As the warehouse stood after this release: every release up to its id.
    case release(Int64)
    /// As it stood at the end of this day (`YYYY-MM-DD`): the releases published by then, and
    /// those with no publication date ingested by then.
    case day(String)
}

extension AsOfPoint {
    /// `--as-of`'s value: a release id (`3`) or a real day (`2024-02-15`); nil when `text` is neither.
    public static func parse(_ text: String) -> AsOfPoint? {
        if let id = Int64(text) { return .release(id) }
        return (try? CalendarDate.parse(text)).map { .day($0) }
    }
}

/// The releases as-of a day counts, and how.
public struct AsOfDay: Sendable, Equatable, CustomStringConvertible {
    public let day: String
    /// Releases published on or before the day.
    public let published: [Int64]
    /// Releases with no publication date, ingested on or before the day.
    public let ingested: [Int64]

    public var isEmpty: Bool { published.isEmpty && ingested.isEmpty }

    /// `as of 2024-02-15: 2 release(s) published by then (4, 5); 1 with no publication date, ingested by then (3)`.
    public var description: String {
        func ids(_ list: [Int64]) -> String {
            "(" + list.prefix(10).map(String.init).joined(separator: ", ") + (list.count > 10 ? ", …" : "") + ")"
        }
        var parts: [String] = []
        if !published.isEmpty { parts.append("\(published.count) release(s) published by then \(ids(published))") }
        if !ingested.isEmpty { parts.append("\(ingested.count) with no publication date, ingested by then \(ids(ingested))") }
        return "as of \(day): " + (parts.isEmpty ? "no release was published or ingested by then" : parts.joined(separator: "; "))
    }
}
