import Mustache
import TradeWarehouse

/// Renders a `Page` through the embedded Mustache templates (`page`, with partials `table`,
/// `filters` and `sqlform`), which escape every value for HTML unless a template says otherwise
/// (only the charts' SVG, which `ChartSVG` escapes itself, is inserted as is).
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for name in ["page", "table", "filters", "sqlform"] {
            try library.register(WebAssets.text(name + ".mustache") ?? "", named: name)
        }
        self.library = library
    }

    /// The navigation: each section's path and label key.
    static let sections: [(path: String, key: String)] = [
        ("/", "nav.overview"), ("/analyses", "nav.analyses"), ("/partners", "nav.partners"),
        ("/commodities", "nav.commodities"), ("/releases", "nav.releases"), ("/sql", "nav.sql"),
    ]

    /// The page in HTML, its tables read with `wording`.
    func render(_ page: Page, labels: Labels, links: Links, wording: TableWording) -> String {
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
            "tables": page.tables.enumerated().map { TableView.model($1, index: $0, labels: labels, links: links, wording: wording) },
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
