import Foundation
import TradeWarehouse

/// `/sql?sql=...&NAME=VALUE`: the user's own read-only SQL, like Datasette's: each `:name` in it gets a
/// field of the form, filled from the form value of the same name. Without SQL: the views and tables.
/// A refused or failing statement is said above the form, which keeps what was typed.
enum SQLPage {
    /// Form names that are the page's own, never a parameter's.
    static let reserved: Set<String> = ["sql", "lang", "format", "table"]

    static func make(_ visit: Visit) throws -> Page {
        let labels = visit.labels
        var page = Page(title: labels["sql.title"])
        page.intro = labels["sql.intro"]
        let script = visit.form.raw("sql") ?? ""
        var form: [String: Any] = ["sql": script, "runLabel": labels["sql.run"], "parameters": [[String: Any]]()]
        if script.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            form["sql"] = AdHocSQL.example
            page.sqlForm = form
            page.tables = [Page.Table(caption: labels["sql.schema"], name: "schema", rows: try PublicSchema.table(visit.db), worded: false)]
            return page
        }
        do {
            let names = try AdHocSQL.parameterNames(in: script, on: visit.db).filter { !reserved.contains($0) }
            form["parameters"] = names.map { ["name": $0, "value": visit.form.raw($0) ?? ""] }
            var values: [String: String] = [:]
            for name in names { values[name] = visit.form.raw(name) }
            page.tables = [Page.Table(caption: nil, name: "sql", rows: try AdHocSQL.run(script, parameters: values, reader: visit.db,
                                                                                        timeout: visit.timeout), worded: false)]
        } catch let error as UserFacingError {
            page.error = error.message(naming: Site.naming)
            page.status = Site.status(of: error)
        }
        page.sqlForm = form
        return page
    }
}
