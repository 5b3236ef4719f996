extension ReferenceData {
    /// Reads the reference tables of a warehouse (with the groups its users defined).
    public static func load(from db: Database) throws -> ReferenceData {
        ReferenceData(
            partners: try ReferenceRows.load(db, table: .partner),
            commodities: try ReferenceRows.load(db, table: .commodity, includingHSCodes: false),
            partnerNames: try ReferenceRows.names(db, table: .partner),
            commodityNames: try ReferenceRows.names(db, table: .commodity),
            publishedFigures: { try ReferenceLoader.embeddedPublishedFigures.get() }
        )
    }

    /// The reference data this binary carries, read from its CSV files without a database, so that
    /// commands that only read text (`extract`) and shell completion touch no file and run no
    /// migration. It equals `load(from:)` of a new warehouse, ids included.
    public static func builtIn() throws -> ReferenceData {
        try ReferenceLoader.embedded().referenceData()
    }
}

extension ReferenceLoader {
    /// The reference data of these files, as a new warehouse loaded with them reads it: entries in
    /// code order with ids in file order, names in the order `ReferenceRows.names` reads them.
    func referenceData() throws -> ReferenceData {
        let partners = try entries("partners.csv", aliases: "partner_aliases.csv", codeColumn: "partner")
        let commodities = try entries("commodities.csv", aliases: "commodity_aliases.csv", codeColumn: "commodity")
        return ReferenceData(partners: partners.withAliases, commodities: commodities.withAliases,
                             partnerNames: partners.names, commodityNames: commodities.names,
                             publishedFigures: { try ReferenceLoader.embeddedPublishedFigures.get() })
    }

    /// The entries of `file` (sorted by code) with their aliases, and every name with its language:
    /// each entry's English and Vietnamese names, then the aliases sorted as SQLite's `ORDER BY alias`
    /// sorts them (by bytes, then by entry).
    private func entries(_ file: String, aliases aliasFile: String, codeColumn: String) throws
        -> (withAliases: [(entry: ReferenceEntry, aliases: [String])], names: [ReferenceName]) {
        let rows = try csv(file)
        var entries: [ReferenceEntry] = []
        for (index, row) in rows.rows.enumerated() {
            guard let code = row.field("code"), let english = row.field("name_en") else {
                throw ReferenceCSV.error(file, row.line, "a code or English name is missing")
            }
            entries.append(ReferenceEntry(id: Int64(index + 1), code: code, nameEnglish: english, nameVietnamese: row.field("name_vi")))
        }
        entries.sort { $0.code.utf8.lexicographicallyPrecedes($1.code.utf8) }
        let byCode = Dictionary(entries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

        var aliases: [(alias: String, entry: ReferenceEntry, language: Language)] = []
        let aliasRows = try csv(aliasFile)
        for row in aliasRows.rows {
            guard let alias = row.field("alias"), let entry = row.field(codeColumn).flatMap({ byCode[$0] }),
                  let language = row.field("lang").flatMap(Language.init(rawValue:)) else {
                throw ReferenceCSV.error(aliasFile, row.line, "an alias, a known code or a language (vi, en) is missing")
            }
            aliases.append((alias, entry, language))
        }
        aliases.sort {
            $0.alias.utf8.elementsEqual($1.alias.utf8) ? $0.entry.id < $1.entry.id : $0.alias.utf8.lexicographicallyPrecedes($1.alias.utf8)
        }

        var aliasesByCode: [String: [String]] = [:]
        for alias in aliases { aliasesByCode[alias.entry.code, default: []].append(alias.alias) }
        let names = entries.flatMap { entry in
            [ReferenceName(code: entry.code, name: entry.nameEnglish, language: .en)]
                + (entry.nameVietnamese.map { [ReferenceName(code: entry.code, name: $0, language: .vi)] } ?? [])
        } + aliases.map { ReferenceName(code: $0.entry.code, name: $0.alias, language: $0.language) }
        return (entries.map { ($0, aliasesByCode[$0.code] ?? []) }, names)
    }
}
