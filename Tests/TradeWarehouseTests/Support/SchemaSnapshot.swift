@testable import TradeWarehouse

/// What a warehouse's schema and reference data are, in a form two warehouses can be compared by.
struct SchemaSnapshot: Equatable, CustomStringConvertible {
    /// Every object of `sqlite_schema` (but SQLite's own): "type name on table: normalized SQL".
    let objects: [String]
    /// Every column of every table: "table.column type notnull default pk hidden".
    let columns: [String]

    init(_ db: Database) throws {
        objects = try db.query("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .rows.map { row in
                "\(row[0].text ?? "") \(row[1].text ?? "") on \(row[2].text ?? ""): " + Self.normalized(row[3].text ?? "")
            }
        columns = try db.query("""
            SELECT t.name || '.' || c.name || ' ' || c.type || ' ' || c."notnull" || ' ' || coalesce(c.dflt_value, '-')
                   || ' ' || c.pk || ' ' || c.hidden
            FROM sqlite_schema t, pragma_table_xinfo(t.name) c
            WHERE t.type = 'table' ORDER BY t.name, c.cid
            """).rows.map { $0[0].text ?? "" }
    }

    /// `sql` without comments, identifier quotes, case, and the spacing that `ALTER TABLE` and the
    /// way a statement was laid out leave: what SQLite runs, not how it was typed.
    static func normalized(_ sql: String) -> String {
        var text = ""
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let code = line.range(of: "--").map { line[..<$0.lowerBound] } ?? line
            text += code + " "
        }
        text = text.replacingOccurrences(of: "\"", with: "").lowercased()
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var result = ""
        for character in words {
            if character == " ", let last = result.last, "(),".contains(last) { continue }
            if "(),".contains(character), result.last == " " { result.removeLast() }
            result.append(character)
        }
        return result
    }

    /// The rows of the tables reference data and fixed rows live in, in key order.
    static func referenceRows(_ db: Database) throws -> [String: [[CellValue]]] {
        let tables = ["flow": "id", "sector": "id", "partner": "id", "partner_alias": "alias, partner_id",
                      "partner_group_member": "group_id, member_id, valid_from", "commodity": "id",
                      "commodity_alias": "alias, commodity_id", "as_of": "singleton", "derive_window": "singleton"]
        var rows: [String: [[CellValue]]] = [:]
        for (table, key) in tables { rows[table] = try db.query("SELECT * FROM \(table) ORDER BY \(key)").rows }
        return rows
    }

    var description: String { (objects + columns).joined(separator: "\n") }
}
