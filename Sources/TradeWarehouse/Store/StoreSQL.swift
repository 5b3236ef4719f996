/// The SQL the store runs for its own bookkeeping (migrations, views, reference data). Schema and
/// views live in Migrations/.
enum StoreSQL {
    static let createMigrationsTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            checksum   TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT
        """

    static let appliedMigrations = "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version"

    static let recordMigration = """
        INSERT INTO schema_migrations (version, name, checksum, applied_at)
        VALUES (:version, :name, :checksum, :applied_at)
        """

    /// What the parts of the schema that are not migrations were made from: `views` (the files of
    /// Migrations/views/) and `reference` (Migrations/reference/), each with the checksum of the
    /// binary that last created them.
    static let createStateTable = """
        CREATE TABLE IF NOT EXISTS schema_state (
            part       TEXT PRIMARY KEY CHECK (part IN ('views', 'reference')),
            checksum   TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT, WITHOUT ROWID
        """

    static let stateChecksum = "SELECT checksum FROM schema_state WHERE part = :part"

    /// Forgets what a part was made from (the views, while a migration has dropped them).
    static let forgetState = "DELETE FROM schema_state WHERE part = :part"

    static let recordState = """
        INSERT INTO schema_state (part, checksum, applied_at) VALUES (:part, :checksum, :applied_at)
        ON CONFLICT (part) DO UPDATE SET checksum = excluded.checksum, applied_at = excluded.applied_at
        """

    /// Every checksum a warehouse records, in one query (every command asks it): the migrations' by
    /// version, then the state's by part
    /// (SQLite sorts numbers before text). Fails with "no such table" on a warehouse from before either.
    static let recordedChecksums = """
        SELECT version, checksum FROM schema_migrations
        UNION ALL
        SELECT part, checksum FROM schema_state
        ORDER BY 1
        """

    static let viewNames = "SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name"
}
