/// The unit of each commodity's quantities in a release (`release_unit`), said once: customs
/// states one unit per HS code, and repeating it on each of millions of lines cost a third of
/// their size (see migration 0015). The first figure of a commodity with a quantity sets its
/// release's unit; a figure with another unit, or a unit without a quantity, keeps its own in
/// `fact_detail.unit`.
///
/// Only the writer thread of a load uses it, holding the connection (`SharedConnection`).
final class ReleaseUnits {
    private struct Key: Hashable {
        let release: Int64
        let commodity: Int64
    }

    private let db: Database
    private let insert: Statement
    private var known: [Key: String] = [:]

    init(db: Database) throws {
        self.db = db
        insert = try db.prepare("""
            INSERT INTO release_unit (release_id, commodity_id, unit) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
            """)
    }

    /// The unit `row` must keep for itself in `fact_detail`: nil when it has none, or when its
    /// release's unit for the commodity (set now if this is its first quantity) is the same.
    func ownUnit(of row: FactRow, release: Int64) throws -> String? {
        guard let unit = row.unit, row.quantity != nil else { return row.unit }
        let key = Key(release: release, commodity: row.commodityID)
        let releaseUnit = try known[key] ?? unitOf(key, setting: unit)
        known[key] = releaseUnit
        return releaseUnit == unit ? nil : unit
    }

    /// The release's unit for a commodity: `unit`, unless one was stored before (by another load
    /// of the same release).
    private func unitOf(_ key: Key, setting unit: String) throws -> String {
        try insert.bind(integer: key.release, at: 1)
        try insert.bind(integer: key.commodity, at: 2)
        try insert.bind(text: unit, at: 3)
        try insert.run()
        guard db.changes == 0 else { return unit }
        return try db.query("SELECT unit FROM release_unit WHERE release_id = :release AND commodity_id = :commodity",
                            ["release": .integer(key.release), "commodity": .integer(key.commodity)]).rows.first?[0].text ?? unit
    }
}
