/// The reference data a warehouse is loaded with — partners, commodities, their names and aliases,
/// the built-in groups' members — kept as CSV files (`Migrations/reference/`), so that correcting a
/// name is a one-line change of data, not a migration.
///
/// A warehouse records the data's `checksum` (table `schema_state`); when a binary carries other
/// data, opening the warehouse loads it again. Rows are matched by code, so ids (which figures point
/// at) never change: partners and commodities are updated or added, never removed; the aliases, and
/// the members of the groups the files define, are replaced by the files'. Groups users define and
/// HS codes ingest added are left as they are.
///
///     try db.transaction { try ReferenceLoader.embedded().load(into: db) }
public struct ReferenceLoader: Sendable, Equatable {
    /// The CSV files: partners.csv, partner_aliases.csv, partner_group_members.csv, commodities.csv,
    /// commodity_aliases.csv, commodity_hs.csv (the HS codes a group is made of), and hs_chapters.csv and hs_headings.csv (the names ingest gives an HS
    /// chapter's or heading's row when it adds it: `hsNames`; they are not names to resolve, so they
    /// are not loaded here), and published_totals.csv (Vietnam's published figures, which the extractor
    /// dates undated bulletins by: `publishedFigures`; not loaded into a warehouse either).
    public let files: [EmbeddedFile]
    /// One SHA-256 over every file, recorded in `schema_state` when the data is loaded.
    public let checksum: String

    /// Reference data from files of their own (tests); `checksum` is what a warehouse records for them.
    public init(files: [EmbeddedFile], checksum: String) {
        self.files = files
        self.checksum = checksum
    }

    /// The reference data compiled into this binary.
    public static func embedded() -> ReferenceLoader {
        ReferenceLoader(files: embeddedReference.map { EmbeddedFile(name: $0.name, base64: $0.base64) },
                        checksum: embeddedReferenceChecksum)
    }

    /// Loads every file into `db`. Call inside a transaction: a file that does not load (a missing
    /// column, an unknown code) throws, naming the file and line.
    func load(into db: Database) throws {
        let partners = try csv("partners.csv")
        try upsert(partners, db, sql: SQL.upsertPartner, columns: ["code", "kind", "name_en", "name_vi"])
        let commodities = try csv("commodities.csv")
        try upsert(commodities, db, sql: SQL.upsertCommodity, columns: ["code", "kind", "flows", "name_en", "name_vi"])

        let partnerIDs = try ids(db, SQL.partnerIDs)
        let commodityIDs = try ids(db, SQL.commodityIDs)
        let parent = try db.prepare(SQL.setParent)
        for row in commodities.rows {
            try each(row, in: commodities) {
                try parent.bind(integer: try id(row.field("code"), in: commodityIDs), at: 1)
                try parent.bind(integer: try row.field("parent").map { try id($0, in: commodityIDs) }, at: 2)
                try parent.run()
            }
        }

        let members = try csv("partner_group_members.csv")
        let groups = Set(members.rows.compactMap { $0.field("group") })
        for group in groups.sorted() { try db.run(SQL.deleteMembers, ["group_id": .integer(try id(group, in: partnerIDs))]) }
        let member = try db.prepare(SQL.insertMember)
        for row in members.rows {
            try each(row, in: members) {
                try member.bind(integer: try id(row.field("group"), in: partnerIDs), at: 1)
                try member.bind(integer: try id(row.field("member"), in: partnerIDs), at: 2)
                try member.bind(text: row.field("valid_from"), at: 3)
                try member.bind(text: row.field("valid_to"), at: 4)
                try member.run()
            }
        }

        try db.execute(SQL.deletePartnerAliases)
        try insertAliases(try csv("partner_aliases.csv"), db, sql: SQL.insertPartnerAlias, codeColumn: "partner", ids: partnerIDs)
        try db.execute(SQL.deleteCommodityAliases)
        try insertAliases(try csv("commodity_aliases.csv"), db, sql: SQL.insertCommodityAlias, codeColumn: "commodity", ids: commodityIDs)
        try loadGroupCodes(db, ids: commodityIDs)
    }

    /// The HS codes of the groups that are exactly a set of them (commodity_hs.csv), replacing those loaded before.
    private func loadGroupCodes(_ db: Database, ids: [String: Int64]) throws {
        try db.execute(SQL.deleteGroupCodes)
        let file = try csv("commodity_hs.csv")
        let statement = try db.prepare(SQL.insertGroupCode)
        for row in file.rows {
            try each(row, in: file) {
                let codes = (row.field("hs") ?? "").split(separator: " ").map(String.init)
                guard !codes.isEmpty else { throw UnknownCode(code: "") }
                for code in codes {
                    try statement.bind(text: code, at: 1)
                    try statement.bind(integer: try id(row.field("code"), in: ids), at: 2)
                    try statement.bind(text: row.field("basis"), at: 3)
                    try statement.run()
                }
            }
        }
    }

    /// The English and Vietnamese names of each HS chapter and of the headings named, by code (two
    /// or four digits).
    func hsNames() throws -> [String: (english: String, vietnamese: String?)] {
        var names: [String: (english: String, vietnamese: String?)] = [:]
        for row in try csv("hs_chapters.csv").rows + csv("hs_headings.csv").rows {
            if let code = row.field("code"), let english = row.field("name_en") { names[code] = (english, row.field("name_vi")) }
        }
        return names
    }

    /// The reference file `name`, read.
    func csv(_ name: String) throws -> ReferenceCSV {
        guard let file = files.first(where: { $0.name == name }) else {
            throw StoreError.migrationFailed(name: "reference/" + name, reason: "the binary carries no such file")
        }
        return try ReferenceCSV(name: name, text: file.text)
    }

    /// Runs `sql` once per row, binding `columns` in order to ?1, ?2...
    private func upsert(_ file: ReferenceCSV, _ db: Database, sql: String, columns: [String]) throws {
        let statement = try db.prepare(sql)
        for row in file.rows {
            try each(row, in: file) {
                for (index, column) in columns.enumerated() { try statement.bind(text: row.field(column), at: Int32(index + 1)) }
                try statement.run()
            }
        }
    }

    private func insertAliases(_ file: ReferenceCSV, _ db: Database, sql: String, codeColumn: String, ids: [String: Int64]) throws {
        let statement = try db.prepare(sql)
        for row in file.rows {
            try each(row, in: file) {
                try statement.bind(text: row.field("alias"), at: 1)
                try statement.bind(integer: try id(row.field(codeColumn), in: ids), at: 2)
                try statement.bind(text: row.field("lang"), at: 3)
                try statement.run()
            }
        }
    }

    private func ids(_ db: Database, _ sql: String) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for row in try db.query(sql).rows {
            if let code = row[0].text, let id = row[1].integer { ids[code] = id }
        }
        return ids
    }

    private func id(_ code: String?, in ids: [String: Int64]) throws -> Int64 {
        guard let code, let id = ids[code] else { throw UnknownCode(code: code ?? "") }
        return id
    }

    /// Runs `body` for one row, naming the file and line in what it throws.
    private func each(_ row: ReferenceCSV.Row, in file: ReferenceCSV, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as UnknownCode {
            throw ReferenceCSV.error(file.name, row.line, error.code.isEmpty ? "a code is missing" : "unknown code \(error.code)")
        } catch let error as StoreError {
            throw ReferenceCSV.error(file.name, row.line, error.description)
        }
    }

    private struct UnknownCode: Error {
        let code: String
    }

    private enum SQL {
        static let upsertPartner = """
            INSERT INTO partner (code, kind, name_en, name_vi) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name_en = excluded.name_en, name_vi = excluded.name_vi
            """
        static let upsertCommodity = """
            INSERT INTO commodity (code, kind, flows, name_en, name_vi) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, flows = excluded.flows, name_en = excluded.name_en,
                                             name_vi = excluded.name_vi
            """
        static let partnerIDs = "SELECT code, id FROM partner"
        static let commodityIDs = "SELECT code, id FROM commodity WHERE kind <> 'hs'"
        static let setParent = "UPDATE commodity SET parent_id = ?2 WHERE id = ?1"
        static let deleteMembers = "DELETE FROM partner_group_member WHERE group_id = :group_id"
        static let insertMember = "INSERT INTO partner_group_member (group_id, member_id, valid_from, valid_to) VALUES (?1, ?2, ?3, ?4)"
        static let deletePartnerAliases = "DELETE FROM partner_alias"
        static let insertPartnerAlias = "INSERT INTO partner_alias (alias, partner_id, lang) VALUES (?1, ?2, ?3)"
        static let deleteCommodityAliases = "DELETE FROM commodity_alias"
        static let insertCommodityAlias = "INSERT INTO commodity_alias (alias, commodity_id, lang) VALUES (?1, ?2, ?3)"
        static let deleteGroupCodes = "DELETE FROM commodity_hs"
        static let insertGroupCode = "INSERT INTO commodity_hs (hs, commodity_id, basis) VALUES (?1, ?2, ?3)"
    }
}
