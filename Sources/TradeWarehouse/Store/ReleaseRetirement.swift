/// What `ingest --replace` retires: the standing releases of the same file.
enum ReleaseRetirement {
    /// Marks as replaced by `release` the standing releases of the same file: the same SHA-256, or
    /// the same real path (`file`; standard input has none, so it matches no path). A release from
    /// before real paths were recorded (migration 0011) is matched by its path as typed, unless that
    /// was `-`. Returns the ids retired, in order.
    static func retire(by release: Int64, sha256: String, file: FileIdentity?, path: String, in db: Database) throws -> [Int64] {
        try db.query("""
            UPDATE release SET replaced_by = :release
            WHERE id <> :release AND replaced_by IS NULL
              AND (sha256 = :sha256
                   OR real_path = :real_path
                   OR (real_path IS NULL AND path = :path AND :real_path IS NOT NULL AND path <> '-'))
            RETURNING id
            """, ["release": .integer(release), "sha256": .text(sha256), "real_path": .optional(file?.realPath),
                  "path": .text(path)]).rows.compactMap { $0[0].integer }.sorted()
    }
}
