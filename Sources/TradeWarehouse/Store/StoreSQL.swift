/// The SQL the store runs for its own bookkeeping (migrations). Schema and views live in Migrations/.
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
}
