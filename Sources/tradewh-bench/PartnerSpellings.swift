import Foundation

/// How each partner is written in the names file, from `tradewh partners --format csv`.
///
/// Most rows carry the Vietnamese name; some a Vietnamese alias (Mỹ, Hoa Kì, ... for US), some the
/// name decomposed to NFD, some the name with stray spaces. Aliases are used only when they contain
/// a letter beyond ASCII (Vietnamese spellings) and no other partner has the same spelling once case
/// and diacritics are ignored. A partner without a Vietnamese name is written by its English name.
struct PartnerSpellings {
    /// A partner's spellings, each already CSV-encoded.
    struct Entry {
        let name: [UInt8]
        let aliases: [[UInt8]]
        let decomposed: [UInt8]
        let spaced: [[UInt8]]
    }

    private let entries: [String: Entry]

    /// Reads the CSV printed by `tradewh partners --format csv` (columns code, name_vi, name_en, aliases).
    init(partnersCSV: String) throws {
        let lines = partnersCSV.split(whereSeparator: \.isNewline)
        guard let header = lines.first.map(CSVField.split),
              let code = header.firstIndex(of: "code"), let vietnamese = header.firstIndex(of: "name_vi"),
              let english = header.firstIndex(of: "name_en"), let aliases = header.firstIndex(of: "aliases")
        else { throw BenchError.unexpected("`tradewh partners --format csv` printed no code,name_vi,name_en,aliases header") }
        let rows = lines.dropFirst().map(CSVField.split).filter { $0.count > max(code, vietnamese, english, aliases) }
        let columns = Columns(code: code, vietnamese: vietnamese, english: english, aliases: aliases)
        entries = Self.entries(rows: rows, columns: columns)
    }

    /// The spelling for one row, chosen by `random`: 55% name, 15% alias (or name), 15% NFD, 15% spaces.
    func spelling(of code: String, random: inout SplitMix64) -> [UInt8]? {
        guard let entry = entries[code] else { return nil }
        let roll = random.below(100)
        switch roll {
        case ..<55: return entry.name
        case ..<70: return entry.aliases.isEmpty ? entry.name : entry.aliases[random.below(entry.aliases.count)]
        case ..<85: return entry.decomposed
        default: return entry.spaced[random.below(entry.spaced.count)]
        }
    }

    /// The codes this list knows, to check the catalog against.
    var codes: Set<String> { Set(entries.keys) }

    private struct Columns {
        let code, vietnamese, english, aliases: Int
    }

    private static func entries(rows: [[String]], columns: Columns) -> [String: Entry] {
        let owners = spellingOwners(rows: rows, columns: columns)
        var result: [String: Entry] = [:]
        for row in rows {
            let code = row[columns.code]
            let name = row[columns.vietnamese].isEmpty ? row[columns.english] : row[columns.vietnamese]
            guard !name.isEmpty else { continue }
            let aliases = row[columns.aliases].components(separatedBy: "; ")
                .filter { !$0.isEmpty && $0.unicodeScalars.contains { !$0.isASCII } && owners[fold($0)] == [code] }
            result[code] = entry(name: name, aliases: aliases)
        }
        return result
    }

    private static func entry(name: String, aliases: [String]) -> Entry {
        var spaced = [" " + name, name + " ", "  " + name + "  "]
        if let space = name.firstIndex(of: " ") { spaced.append(name.replacingCharacters(in: space...space, with: "  ")) }
        return Entry(name: CSVField.encode(name), aliases: aliases.map(CSVField.encode),
                     decomposed: CSVField.encode(name.decomposedStringWithCanonicalMapping),
                     spaced: spaced.map(CSVField.encode))
    }

    /// Which codes each folded spelling (code, names, aliases) belongs to.
    private static func spellingOwners(rows: [[String]], columns: Columns) -> [String: Set<String>] {
        var owners: [String: Set<String>] = [:]
        for row in rows {
            let spellings = [row[columns.code], row[columns.vietnamese], row[columns.english]]
                + row[columns.aliases].components(separatedBy: "; ")
            for spelling in spellings where !spelling.isEmpty {
                owners[fold(spelling), default: []].insert(row[columns.code])
            }
        }
        return owners
    }

    /// Lower case, no diacritics, đ as d, single spaces: how loosely two spellings may collide.
    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d")
            .split(separator: " ").joined(separator: " ")
    }
}
