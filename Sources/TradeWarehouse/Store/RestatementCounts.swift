/// What a release did to the figures before it, key by key.
struct RestatementCounts {
    /// Figures for keys that no earlier release has.
    var new: Int
    /// Figures equal to the latest earlier release's figure for their key, and figures that differ.
    var confirmed = 0, revised = 0
    /// Figures for keys that an earlier release still standing has (the figures they replace).
    var superseded = 0

    mutating func count(_ value: Int64, restating earlier: Int64, standing: Bool) {
        new -= 1
        if value == earlier { confirmed += 1 } else { revised += 1 }
        if standing { superseded += 1 }
    }

    /// How the release's figures relate to those of the releases before it in the order of releases
    /// (lower rank; of the same rank, those it replaced and theirs), worked out only in the periods
    /// an earlier-ingested release also has figures in (none, for a month loaded for the first
    /// time): each such period's figures are read once, in key order, where each key's figure of
    /// this release comes after all others (it has the highest id). (Looking up the earlier figure
    /// of each of the release's figures took twice as long; SQLite's window functions, four times.)
    static func of(release: Int64, rowCount: Int, in db: Database) throws -> RestatementCounts {
        var counts = RestatementCounts(new: rowCount)
        let shared = try db.query("""
            SELECT DISTINCT mine.period_id FROM release_period mine
            JOIN release_period other ON other.period_id = mine.period_id AND other.release_id < mine.release_id
            WHERE mine.release_id = :release
            """, ["release": .integer(release)]).rows.compactMap { $0[0].integer }
        guard !shared.isEmpty else { return counts }
        // The releases before it, with their place and whether they stood until this one.
        var before: [Int64: (rank: Int64, standing: Bool)] = [:]
        try db.prepare("""
            SELECT other.id, other.rank, other.replaced_by IS NULL OR other.replaced_by = this.id
            FROM release other JOIN release this ON this.id = :release
            WHERE other.id < this.id AND other.rank <= this.rank
            """, ["release": .integer(release)]).forEachRow { before[$0.integer(0)] = ($0.integer(1), $0.integer(2) == 1) }
        let figures = try db.prepare("""
            SELECT flow_id, partner_id, commodity_id, sector_id, release_id, value_usd FROM fact
            WHERE period_id = :period AND release_id <= :release
            """)
        for period in shared {
            try figures.bind(["period": .integer(period), "release": .integer(release)])
            // Per key: the figure of the latest release before this one, and whether any stood.
            var key: (Int64, Int64, Int64, Int64)?, latest: (place: (Int64, Int64), value: Int64)?, standing = false
            try figures.forEachRow { row in
                let rowKey = (row.integer(0), row.integer(1), row.integer(2), row.integer(3))
                if key.map({ $0 != rowKey }) ?? true { (key, latest, standing) = (rowKey, nil, false) }
                let (releaseID, value) = (row.integer(4), row.integer(5))
                if releaseID == release {
                    if let latest { counts.count(value, restating: latest.value, standing: standing) }
                } else if let other = before[releaseID] {
                    if latest.map({ $0.place < (other.rank, releaseID) }) ?? true { latest = ((other.rank, releaseID), value) }
                    standing = standing || other.standing
                }
            }
        }
        return counts
    }
}
