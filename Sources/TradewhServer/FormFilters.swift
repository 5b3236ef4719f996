import TradeWarehouse

/// The analysis form: its fields read into the library's `QueryFilters`, written back as the
/// equivalent `tradewh query` command line, and laid out for the template.
struct FormFilters {
    /// The text fields and menus, in the order of the form and of the command line.
    static let textFields = ["period", "from", "to", "partner", "commodity", "as-of"]
    /// The menus, their choices, and the choice that is the command line's default (nil: an empty
    /// choice, no option).
    static let menus: [(name: String, values: [String], byDefault: String?)] = [
        ("flow", Flow.allCases.map(\.rawValue), nil), ("sector", Sector.allCases.map(\.rawValue), Sector.all.rawValue),
        ("by", Breakdown.allCases.map(\.rawValue), nil), ("level", CommodityLevel.allCases.map(\.rawValue), nil),
        ("rank", Ranking.allCases.map(\.rawValue), Ranking.value.rawValue),
    ]

    let query: NamedQuery
    let form: FormValues

    /// The form's query (`query=`), yoy when none is given.
    init(form: FormValues) throws {
        self.form = form
        let name = form["query"] ?? NamedQuery.yoy.rawValue
        guard let query = NamedQuery(rawValue: name) else {
            throw WebError.badField("query", message: "no analysis is named \"\(name)\"; one of "
                                        + NamedQuery.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self.query = query
    }

    /// The filters the form gives, each field checked by the library's own parsers (`as-of` against
    /// the releases of `db`).
    func filters(_ db: Database) throws -> QueryFilters {
        var filters = QueryFilters(
            period: try form["period"].map { try Self.period($0, field: "period") },
            from: try form["from"].map { try Self.period($0, field: "from") },
            to: try form["to"].map { try Self.period($0, field: "to") },
            partners: form.all("partner"), commodities: form.all("commodity"))
        filters.flow = try form["flow"].map { try Self.parsed($0, field: "flow", Flow.parse) }
        filters.sector = try form["sector"].map { try Self.parsed($0, field: "sector", Sector.parse) } ?? .all
        filters.breakdown = try form["by"].map { try Self.menu($0, field: "by", Breakdown.init(rawValue:)) }
        filters.level = try form["level"].map { try Self.menu($0, field: "level", CommodityLevel.init(rawValue:)) }
        filters.asOf = try form["as-of"].map { try Self.asOf($0, db) }
        filters.ranking = try form["rank"].map { try Self.menu($0, field: "rank", Ranking.init(rawValue:)) } ?? .value
        if let top = form["top"] {
            guard let limit = Int(top), limit > 0, limit <= 1000 else {
                throw WebError.badField("top", message: "\"\(top)\" is not a number of rows from 1 to 1000")
            }
            filters.limit = limit
        }
        return filters
    }

    /// `text` as `--as-of` takes it, read and checked by the library as the command line's is
    /// (`AsOf.point`: a release id, or a real day by which some release was known); a release id
    /// must be one of `db`'s, as `QueryRunner` holds it to, since the page reads as of it itself.
    static func asOf(_ text: String, _ db: Database) throws -> AsOfPoint {
        let point = try AsOf.point(text, in: db).point
        if case .release(let release) = point, try !AsOf.exists(release: release, in: db) {
            throw WebError.badField("as-of", message: "there is no release \(release); the releases page lists them")
        }
        return point
    }

    /// `text` as a period, or an error naming `field`.
    static func period(_ text: String, field: String) throws -> Period {
        try parsed(text, field: field, Period.parse)
    }

    /// `text` read by `parse`, or an error naming `field`.
    static func parsed<T>(_ text: String, field: String, _ parse: (String) throws -> T) throws -> T {
        do { return try parse(text) } catch let error as InvalidValue {
            throw WebError.badField(field, message: error.message)
        }
    }

    private static func menu<T>(_ text: String, field: String, _ make: (String) -> T?) throws -> T {
        guard let value = make(text) else { throw WebError.badField(field, message: "\"\(text)\" is not one of the choices") }
        return value
    }

    /// `tradewh query NAME` with the options the form sets, for copying into a terminal.
    var commandLine: String {
        var words = ["tradewh", "query", query.rawValue]
        for name in Self.textFields { words += form.all(name).flatMap { ["--" + name, Self.quoted($0)] } }
        for (name, _, byDefault) in Self.menus {
            if let value = form[name], value != byDefault { words += ["--" + name, Self.quoted(value)] }
        }
        if let top = form["top"] { words += ["--top", Self.quoted(top)] }
        return words.joined(separator: " ")
    }

    /// `text` as a POSIX shell word: as is when it is only safe characters, else in single quotes.
    static func quoted(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil
                                                                     || "-_.,:/=+".unicodeScalars.contains($0)) }
        return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The form as the `filters` template lays it out.
    func model(_ labels: Labels) -> [String: Any] {
        var fields: [[String: Any]] = [menuModel("query", NamedQuery.allCases.map(\.rawValue), labels, empty: nil,
                                                 selected: query.rawValue)]
        for name in Self.textFields {
            fields.append(["label": labels["form." + name], "name": name, "value": form.all(name).joined(separator: ","),
                           "placeholder": Self.placeholders[name] ?? "", "select": false])
        }
        for (name, values, byDefault) in Self.menus {
            let empty = byDefault == nil ? labels[name == "by" ? "form.none" : "form.any"] : nil
            fields.append(menuModel(name, values, labels, empty: empty, selected: form[name] ?? byDefault))
        }
        fields.append(["label": labels["form.top"], "name": "top", "value": form["top"] ?? "", "placeholder": "10", "select": false])
        return ["fields": fields, "runLabel": labels["form.run"]]
    }

    private func menuModel(_ name: String, _ values: [String], _ labels: Labels, empty: String?, selected: String?) -> [String: Any] {
        let options = (empty.map { [["value": "", "text": $0, "selected": selected == nil]] } ?? [])
            + values.map { ["value": $0, "text": Self.optionText(name, $0, labels), "selected": $0 == selected] as [String: Any] }
        return ["label": labels[name == "query" ? "form.query" : "form." + name], "name": name, "select": true,
                "options": options, "value": false, "placeholder": false]
    }

    /// A menu's choice in words, with the value the command line takes after it: "Exports (export)".
    static func optionText(_ name: String, _ value: String, _ labels: Labels) -> String {
        let key = switch name {
        case "query": "analysis." + value
        case "flow": "flow." + value
        default: "option." + name + "." + value
        }
        return labels[key] + " (" + value + ")"
    }

    private static let placeholders = ["period": "2024-01", "from": "2023-01", "to": "2024-12", "partner": "US,CN", "commodity": "PHONES",
                                      "as-of": "2024-02-15"]
}
