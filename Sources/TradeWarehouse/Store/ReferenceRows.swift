/// Reads the reference tables (partners, commodities, their aliases) for name matching and listings.
enum ReferenceRows {
    /// Every partner or commodity row with its aliases. `table` is `partner` or `commodity`.
    /// Without `includingHSCodes`, the commodities are TOTAL and the groups only.
    static func load(_ db: Database, table: ReferenceTable, includingHSCodes: Bool = true) throws -> [(entry: ReferenceEntry, aliases: [String])] {
        var aliases: [Int64: [String]] = [:]
        for row in try db.query(table.aliasesSQL).rows {
            if let id = row[0].integer, let alias = row[1].text { aliases[id, default: []].append(alias) }
        }
        return try db.query(includingHSCodes ? table.entriesSQL : table.namedEntriesSQL).rows.compactMap { row in
            guard let id = row[0].integer, let code = row[1].text, let english = row[2].text else { return nil }
            return (ReferenceEntry(id: id, code: code, nameEnglish: english, nameVietnamese: row[3].text), aliases[id] ?? [])
        }
    }
}

extension ReferenceRows {
    /// Every name of every entry (English name, Vietnamese name, aliases), with its language.
    static func names(_ db: Database, table: ReferenceTable) throws -> [ReferenceName] {
        var codes: [Int64: String] = [:]
        var names: [ReferenceName] = []
        for row in try db.query(table.namedEntriesSQL).rows {
            guard let id = row[0].integer, let code = row[1].text, let english = row[2].text else { continue }
            codes[id] = code
            names.append(ReferenceName(code: code, name: english, language: .en))
            if let vietnamese = row[3].text { names.append(ReferenceName(code: code, name: vietnamese, language: .vi)) }
        }
        for row in try db.query(table.aliasesSQL).rows {
            guard let id = row[0].integer, let code = codes[id], let alias = row[1].text,
                  let language = row[2].text.flatMap(Language.init(rawValue:)) else { continue }
            names.append(ReferenceName(code: code, name: alias, language: language))
        }
        return names
    }
}

extension ReferenceRows {
    /// `code` as the table spells it, if some row has exactly that code (any case): a lookup that
    /// spares a query with codes the cost of building the name index.
    static func code(_ code: String, in db: Database, table: ReferenceTable) throws -> String? {
        try db.query(table.codeSQL, ["code": .text(code)]).rows.first?[0].text
    }
}

/// The two reference tables that names resolve against.
enum ReferenceTable {
    case partner, commodity

    var entriesSQL: String {
        switch self {
        case .partner: return "SELECT id, code, name_en, name_vi FROM partner ORDER BY code"
        case .commodity: return "SELECT id, code, name_en, name_vi FROM commodity ORDER BY code"
        }
    }

    /// Like `entriesSQL`, without the HS codes ingest added: they resolve by their digits, and a
    /// national warehouse holds tens of thousands of them.
    var namedEntriesSQL: String {
        switch self {
        case .partner: return entriesSQL
        case .commodity: return "SELECT id, code, name_en, name_vi FROM commodity WHERE kind <> 'hs' ORDER BY code"
        }
    }

    /// The code of the row whose code is exactly `:code` (any case).
    var codeSQL: String {
        switch self {
        case .partner: return "SELECT code FROM partner WHERE code = upper(:code)"
        case .commodity: return "SELECT code FROM commodity WHERE code = upper(:code)"
        }
    }

    var aliasesSQL: String {
        switch self {
        case .partner: return "SELECT partner_id, alias, lang FROM partner_alias ORDER BY alias"
        case .commodity: return "SELECT commodity_id, alias, lang FROM commodity_alias ORDER BY alias"
        }
    }
}
