/// Answers queries as the warehouse stood after a given release.
///
/// The views read the one row of table `as_of`. Inside a transaction that is always rolled back,
/// that row is set to the release and the figures are rebuilt for that state, the query runs,
/// and nothing is left changed.
public enum AsOf {
    /// Runs `body` with the views seeing only releases up to `release`.
    public static func run<T>(_ db: Database, release: Int64, _ body: () throws -> T) throws -> T {
        try db.execute("BEGIN IMMEDIATE")
        defer { try? db.execute("ROLLBACK") }
        try db.run("UPDATE as_of SET release_id = :release", ["release": .integer(release)])
        try DerivedFigures.rebuild(db)
        return try body()
    }

    /// The last release ingested on or before `date` (`YYYY-MM-DD`, UTC), or nil if there is none.
    public static func release(onOrBefore date: String, in db: Database) throws -> Int64? {
        try db.query("SELECT max(id) FROM release WHERE substr(ingested_at, 1, 10) <= :date", ["date": .text(date)])
            .rows.first?.first?.integer
    }

    /// Whether a release with this id exists.
    public static func exists(release: Int64, in db: Database) throws -> Bool {
        try db.query("SELECT 1 FROM release WHERE id = :id", ["id": .integer(release)]).rows.isEmpty == false
    }
}
