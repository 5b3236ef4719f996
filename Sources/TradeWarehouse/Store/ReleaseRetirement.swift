/// What `ingest --replace` retires: the standing releases of the same file; and the place the
/// replacing release takes in the order of releases (`release.rank`, migration 0013).
enum ReleaseRetirement {
    /// Marks as replaced by `release` the standing releases of the same file: the same SHA-256, or
    /// the same real path (`file`; standard input has none, so it matches no path). A release from
    /// before real paths were recorded (migration 0011) is matched by its path as typed, unless that
    /// was `-`. `release` then takes the rank of the highest-ranked release it retired, so that the
    /// releases that came after the replaced one still come after its replacement (retiring none,
    /// it stays last). Returns the ids retired, in order.
    static func retire(by release: Int64, sha256: String, file: FileIdentity?, path: String, in db: Database) throws -> [Int64] {
        let retired = try db.query("""
            UPDATE release SET replaced_by = :release
            WHERE id <> :release AND replaced_by IS NULL
              AND (sha256 = :sha256
                   OR real_path = :real_path
                   OR (real_path IS NULL AND path = :path AND :real_path IS NOT NULL AND path <> '-'))
            RETURNING id
            """, ["release": .integer(release), "sha256": .text(sha256), "real_path": .optional(file?.realPath),
                  "path": .text(path)]).rows.compactMap { $0[0].integer }.sorted()
        if !retired.isEmpty {
            try db.run("""
                UPDATE release SET rank = (SELECT max(rank) FROM release WHERE replaced_by = :release) WHERE id = :release
                """, ["release": .integer(release)])
        }
        return retired
    }

    /// Whether a standing release other than `release` comes after it in the order of releases: a
    /// replacement that took an earlier release's place, whose figures do not all become current.
    static func isFollowed(_ release: Int64, in db: Database) throws -> Bool {
        try !db.query("""
            SELECT 1 FROM release later, release this
            WHERE this.id = :release AND later.rank > this.rank AND later.replaced_by IS NULL LIMIT 1
            """, ["release": .integer(release)]).rows.isEmpty
    }
}
