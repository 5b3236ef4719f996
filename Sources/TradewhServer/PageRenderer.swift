import Mustache
import TradeWarehouse

/// Renders a `Page` through the embedded Mustache templates (`page`, with partials `table`,
/// `filters` and `sqlform`; a table's rows through `rows`), which escape every value for HTML unless
/// a template says otherwise (only the charts' SVG, which `ChartSVG` escapes itself, and the rows
/// `rows` rendered, are inserted as they are).
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for name in ["page", "table", "rows", "filters", "sqlform"] {
            try library.register(WebAssets.text(name + ".mustache") ?? "", named: name)
        }
        self.library = library
    }

    /// The navigation: each section's path and label key.
    static let sections: [(path: String, key: String)] = [
        ("/", "nav.overview"), ("/analyses", "nav.analyses"), ("/partners", "nav.partners"),
        ("/commodities", "nav.commodities"), ("/releases", "nav.releases"), ("/sql", "nav.sql"),
    ]

    /// The page in HTML, its tables read with `wording`. `keep` keeps the rows of a table that has a
    /// `keptAs` key, rendered, under that key and the language (`keep(key, make)` returns the rows
    /// kept or `make`'s); by default nothing is kept.
    func render(_ page: Page, labels: Labels, links: Links, wording: TableWording,
                keep: (String, () -> String) -> String = { $1() }) -> String {
        let current = Self.sections.last { links.path == $0.path || ($0.path != "/" && links.path.hasPrefix($0.path + "/")) }?.path
        var context: [String: Any] = [
            "lang": labels.language.rawValue,
            "title": page.title,
            "intro": page.intro ?? false,
            "error": page.error ?? false,
            "nav": Self.sections.map { ["href": links.href($0.path), "label": labels[$0.key], "current": $0.path == current] },
            "switchHref": links.switched(to: labels.other),
            "switchLang": labels.other.rawValue,
            "switchLabel": labels["lang.switch"],
            "hasCards": !page.cards.isEmpty,
            "cards": page.cards.map { ["label": $0.label, "value": $0.value, "change": $0.change ?? false] as [String: Any] },
            "paragraphs": page.paragraphs,
            "command": page.command ?? false,
            "commandLabel": labels["form.command"],
            "charts": page.charts.map { ["svg": Self.inline($0)] },
            "linkLists": page.linkLists.map { list in
                ["caption": list.caption, "links": list.links.map { ["label": $0.label, "href": $0.href, "note": $0.note ?? false] as [String: Any] }]
            },
            "tables": page.tables.enumerated().map { index, table in
                let rows = { library.render(TableView.rows(table, labels: labels, links: links, wording: wording), withTemplate: "rows") ?? "" }
                let body = table.keptAs.map { keep($0 + "." + labels.language.rawValue, rows) } ?? rows()
                return TableView.model(table, index: index, body: body, labels: labels, links: links, wording: wording)
            },
        ]
        context["filters"] = page.filters ?? false
        context["sqlForm"] = page.sqlForm ?? false
        return library.render(context, withTemplate: "page") ?? ""
    }

    /// An SVG document without its XML declaration, to sit inside the page.
    private static func inline(_ svg: String) -> String {
        svg.replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
    }
}
