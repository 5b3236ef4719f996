/// Every view of the warehouse, one file each (`Migrations/views/NAME.sql`), dropped and created
/// again whenever the schema changes: after a migration, or when this binary's views differ from
/// those a warehouse records (`checksum`).
///
///     try SchemaViews.embedded().recreate(in: db)   // inside a transaction
public struct SchemaViews: Sendable, Equatable {
    /// The view files, in an order that creates a view after the views it reads.
    public let files: [EmbeddedFile]
    /// One SHA-256 over every file, recorded in `schema_state` when the views are created.
    public let checksum: String

    /// Views from files of their own (tests); `checksum` is what a warehouse records for them.
    public init(files: [EmbeddedFile], checksum: String) {
        self.files = files
        self.checksum = checksum
    }

    /// The views compiled into this binary.
    public static func embedded() -> SchemaViews {
        SchemaViews(files: embeddedViews.map { EmbeddedFile(name: $0.name, base64: $0.base64) }, checksum: embeddedViewsChecksum)
    }

    /// Drops every view in `db`, whatever made it. Call inside a transaction.
    static func dropAll(in db: Database) throws {
        for row in try db.query(StoreSQL.viewNames).rows {
            guard let name = row[0].text else { continue }
            try db.execute("DROP VIEW \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
        }
    }

    /// Drops every view in `db`, creates these, and checks that each one compiles against the tables
    /// (SQLite checks a view only when it is used). Call inside a transaction.
    func recreate(in db: Database) throws {
        try Self.dropAll(in: db)
        for file in files { try run(file, in: db) { try db.execute(file.text) } }
        for file in files {
            try run(file, in: db) { _ = try db.prepare("SELECT * FROM \"\(file.name.dropLast(4))\" LIMIT 0") }
        }
    }

    private func run(_ file: EmbeddedFile, in db: Database, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as StoreError {
            throw StoreError.migrationFailed(name: "views/" + file.name, reason: error.description)
        }
    }
}
