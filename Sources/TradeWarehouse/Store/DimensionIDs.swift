/// The ids of the period and HS-code rows a release's figures refer to, looked up or added on first
/// use and remembered. Only the thread reading the file uses it; it holds the connection for each
/// row it adds, since the writer thread may be writing figures meanwhile.
final class DimensionIDs {
    private let db: Database
    private let connection: SharedConnection
    private let upsertPeriod: Statement
    private let insertHSCode: Statement
    private var periodIDs: [Period: Int64] = [:]
    private var calendarYears: Set<Int> = []
    /// Every HS code the warehouse has, read at once when the load starts: looking each up as it
    /// was met took 0.2 of the 4.0 billion instructions of a 50,000-row ingest, as many statements as
    /// codes and their chapters, headings and subheadings.
    private var commodityIDs: [String: Int64]
    private var parents: [String: HSParents] = [:]
    /// The names of the HS chapters and of the headings named (`Migrations/reference/hs_chapters.csv`,
    /// `hs_headings.csv`), for their rows.
    private let hsNames: [String: (english: String, vietnamese: String?)]

    init(db: Database, connection: SharedConnection) throws {
        self.db = db
        self.connection = connection
        upsertPeriod = try db.prepare("""
            INSERT INTO period (code, kind, first_half, last_half) VALUES (:code, :kind, :first, :last)
            ON CONFLICT (code) DO UPDATE SET code = excluded.code RETURNING id
            """)
        commodityIDs = try Self.hsCodes(in: db)
        insertHSCode = try db.prepare("""
            INSERT INTO commodity (code, kind, flows, name_en, name_vi) VALUES (?1, 'hs', 'both', coalesce(?2, 'HS ' || ?1), ?3)
            """)
        hsNames = try ReferenceLoader.embedded().hsNames()
    }

    /// The id of a period's row, adding the row on first use.
    func periodID(_ period: Period) throws -> Int64 {
        if let id = periodIDs[period] { return id }
        let id = try connection.use {
            for year in (period.firstHalf / 24)...(period.lastHalf / 24) where !calendarYears.contains(year) {
                calendarYears.insert(year)
                for day in Period.calendar(of: year) where day != period { _ = try insertPeriod(day) }
            }
            return try insertPeriod(period)
        }
        periodIDs[period] = id
        return id
    }

    /// Adds a period's row if it is missing; returns its id.
    private func insertPeriod(_ period: Period) throws -> Int64 {
        let statement = upsertPeriod
        try statement.bind(["code": .text(period.code), "kind": .text(period.kind.rawValue),
                            "first": .integer(Int64(period.firstHalf)), "last": .integer(Int64(period.lastHalf))])
        guard let id = try statement.scalar()?.integer else { throw StoreError.sqlite(code: 0, message: "no period id", sql: statement.sql) }
        return id
    }

    /// The ids of the warehouse's HS codes, by code.
    private static func hsCodes(in db: Database) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for row in try db.query("SELECT code, id FROM commodity WHERE kind = 'hs'").rows {
            if let code = row[0].text, let id = row[1].integer { ids[code] = id }
        }
        return ids
    }

    /// The id of an HS code's commodity row, adding the row on first use. (An upsert rewrote the
    /// rows of codes the warehouse has, every code of a month loaded into a national warehouse:
    /// 0.55 of its 2.7 billion instructions.)
    func hsCommodityID(_ code: String) throws -> Int64 {
        if let id = commodityIDs[code] { return id }
        let id = try connection.use {
            try insertHSCode.bind(text: code, at: 1)
            try insertHSCode.bind(text: hsNames[code]?.english, at: 2)
            try insertHSCode.bind(text: hsNames[code]?.vietnamese, at: 3)
            try insertHSCode.run()
            return db.lastInsertRowID
        }
        commodityIDs[code] = id
        return id
    }

    /// The id of an HS line's chapter (adding the rows of its chapter, heading and subheading on
    /// first use); nil for a code that is not a line (fewer than 8 digits).
    func hsParents(_ code: String) throws -> HSParents? {
        guard code.utf8.count == HSParents.lineDigits else { return nil }
        if let known = parents[code] { return known }
        let ids = try HSParents.levels.map { try hsCommodityID(String(code.prefix($0))) }
        let found = HSParents(chapter: ids[0])
        parents[code] = found
        return found
    }
}
