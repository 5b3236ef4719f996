import Foundation

/// A reference entry names can resolve to: a partner or a commodity.
public struct ReferenceEntry: Sendable, Equatable {
    /// Row id in the `partner` or `commodity` table.
    public let id: Int64
    /// The ASCII code (`US`, `PHONES`, `TOTAL`...).
    public let code: String
    public let nameEnglish: String
    public let nameVietnamese: String?

    /// `US (Hoa Kỳ / United States)`, for messages.
    public var label: String {
        let names = [nameVietnamese, nameEnglish].compactMap { $0 }.reduce(into: [String]()) { names, name in
            if !names.contains(name) { names.append(name) }
        }.joined(separator: " / ")
        return "\(code) (\(names))"
    }
}

/// Resolves codes, names and aliases, in either language, to reference entries.
///
/// A code matches case-insensitively. A name or alias matches ignoring case, spacing and Unicode
/// normalization; failing that, without diacritics, provided only one entry has that spelling.
///
///     index.resolve("hoa ky")  // US
///     index.resolve("Mĩ")      // throws: did you mean US (Hoa Kỳ / United States)?
public struct NameIndex: Sendable {
    private let kind: String
    private var byCode: [String: ReferenceEntry] = [:]
    private var byName: [String: ReferenceEntry] = [:]
    private var byFoldedName: [String: [ReferenceEntry]] = [:]
    private var allNames: [(folded: String, entry: ReferenceEntry)] = []

    /// An index of `entries`, each with its other names, for values of `kind` ("partner", "commodity").
    init(kind: String, entries: [(entry: ReferenceEntry, aliases: [String])]) {
        self.kind = kind
        for (entry, aliases) in entries {
            byCode[entry.code.uppercased()] = entry
            let names = [entry.code, entry.nameEnglish] + [entry.nameVietnamese].compactMap { $0 } + aliases
            for name in names { add(name, for: entry) }
        }
    }

    private mutating func add(_ name: String, for entry: ReferenceEntry) {
        byName[NameKey.exact(name)] = entry
        let folded = NameKey.folded(name)
        if !(byFoldedName[folded]?.contains(entry) ?? false) {
            byFoldedName[folded, default: []].append(entry)
            allNames.append((folded, entry))
        }
    }

    /// Every entry, by code.
    public var entries: [ReferenceEntry] { byCode.values.sorted { $0.code < $1.code } }

    /// The entry for a code; nil if there is none.
    func entry(code: String) -> ReferenceEntry? { byCode[code.uppercased()] }

    /// The entry a code, name or alias stands for, or an error naming the closest known ones.
    public func resolve(_ text: String) throws -> ReferenceEntry {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty { throw InvalidValue("a \(kind) is required") }
        // No name is this long; folding a 10 MB field to look for one would take seconds.
        if trimmed.utf8.count > Self.longestName { throw InvalidValue("unknown \(kind) \"\(text)\"" + listHint) }
        if let entry = byCode[trimmed.uppercased()] ?? byName[NameKey.exact(trimmed)] { return entry }
        let candidates = byFoldedName[NameKey.folded(trimmed)] ?? []
        if candidates.count == 1 { return candidates[0] }
        if candidates.count > 1 {
            throw InvalidValue("\"\(text)\" could be " + candidates.map(\.label).joined(separator: " or ")
                + "; write it with its diacritics or use the code")
        }
        throw InvalidValue("unknown \(kind) \"\(text)\"" + suggestionText(for: trimmed))
    }

    /// An entry other than the one coded `code` that `text` already names (as its code, a name or
    /// an alias, exactly or without diacritics), if any: a new name must not take it over.
    public func otherEntry(named text: String, than code: String) -> ReferenceEntry? {
        let trimmed = text.trimmingSpaces()
        let named = [byCode[trimmed.uppercased()], byName[NameKey.exact(trimmed)]].compactMap { $0 }
            + (byFoldedName[NameKey.folded(trimmed)] ?? [])
        return named.first { $0.code != code.uppercased() }
    }

    /// Up to `limit` entries whose names are closest to `text`.
    public func suggestions(for text: String, limit: Int = 3) -> [ReferenceEntry] {
        let key = NameKey.folded(text)
        let threshold = max(2, key.count / 3), length = key.unicodeScalars.count
        var best: [Int64: (distance: Int, entry: ReferenceEntry)] = [:]
        // Names whose length alone puts them past the threshold are not measured: a 10 MB cell
        // would otherwise cost a 10M × name-length distance per known name.
        for (name, entry) in allNames where abs(name.unicodeScalars.count - length) <= threshold {
            let distance = EditDistance.between(key, name)
            if distance < (best[entry.id]?.distance ?? .max) { best[entry.id] = (distance, entry) }
        }
        return best.values.filter { ClosestNames.isClose($0.distance, to: key) }
            .sorted { ($0.distance, $0.entry.code) < ($1.distance, $1.entry.code) }
            .prefix(limit).map(\.entry)
    }

    /// Longer than any partner's or commodity's name or alias, in UTF-8 bytes.
    static let longestName = 1000

    private var listHint: String { "; list the known ones with `tradewh \(kind == "partner" ? "partners" : "commodities")`" }

    private func suggestionText(for text: String) -> String {
        let close = suggestions(for: text)
        guard !close.isEmpty else { return listHint }
        return "; did you mean " + close.map(\.label).joined(separator: ", ") + "?"
    }
}
