import TradeWarehouse

/// What a page shows, before it is rendered: every part optional but the title. The tables keep
/// their rows as the library returned them, for the downloads.
struct Page {
    /// A headline figure: what it is, its value, and its change.
    struct Card {
        let label: String
        let value: String
        let change: String?
    }

    /// A list of links under a caption.
    struct LinkList {
        let caption: String
        let links: [(label: String, href: String, note: String?)]
    }

    /// A table, its caption and the name its downloads are saved under; `worded`: shown in words
    /// (`TableWording`), false for the user's own SQL and the schema, shown as the database has them.
    struct Table {
        let caption: String?
        let name: String
        let rows: ResultTable
        var worded = true
        /// The values of key columns the table leaves out because they are the same on every row
        /// (`partner` on a partner's page): what its amounts' figure links need.
        var constants: [String: String] = [:]
        /// The most rows the page shows of it; the downloads hold every row.
        var shownRows = TableView.shownRows
        /// The key its rows are kept under, rendered, for each state of the warehouse and language
        /// (`AnswerCache.value`), when they depend on nothing else (the page's other form values
        /// neither choose its rows nor appear in its cells' links); nil: rendered for each request.
        var keptAs: String?
    }

    var title: String
    var intro: String?
    var error: String?
    var cards: [Card] = []
    var paragraphs: [String] = []
    /// The equivalent `tradewh` command line.
    var command: String?
    /// SVG documents, inlined.
    var charts: [String] = []
    var linkLists: [LinkList] = []
    var tables: [Table] = []
    /// The analysis form's fields, or the SQL form's, as the templates read them.
    var filters: [String: Any]?
    var sqlForm: [String: Any]?
    /// The HTTP status the page goes out with.
    var status: Int = 200

    init(title: String) {
        self.title = title
    }
}
