import Mustache

/// A table as the `table` template reads it (its rows as the `rows` template does): typed, not a `[String: Any]`. The template engine asks
/// each object for its fields by name (`MustacheParent`); a dictionary cost a hash lookup and a
/// generic type's casts per field, and rendering a partner's page (1,400 cells) spent most of its
/// time there (see BENCHMARKS.md, serve). A field that is absent is `false`, which a section skips.
struct TableModel: MustacheParent {
    /// One cell: its text, its exact value when the text rounds it, and what it links to.
    struct Cell: MustacheParent {
        let label: String
        let classes: String?
        let exact: String?
        var href: String?
        var text: String
        var sentence: String?
        let sentenceLabel: String

        func child(named name: String) -> Any? {
            switch name {
            case "label": label
            case "class": classes ?? false
            case "exact": exact ?? false
            case "href": href ?? false
            case "text": text
            case "sentence": sentence ?? false
            case "sentenceLabel": sentenceLabel
            default: nil
            }
        }
    }

    /// One row's cells.
    struct Row: MustacheParent {
        let cells: [Cell]

        func child(named name: String) -> Any? { name == "cells" ? cells : nil }
    }

    /// The rows, as the `rows` template reads them.
    struct Rows: MustacheParent {
        let rows: [Row]

        func child(named name: String) -> Any? { name == "rows" ? rows : nil }
    }

    /// A download: its format's name and address.
    struct Download: MustacheParent {
        let format: String
        let href: String

        func child(named name: String) -> Any? {
            switch name {
            case "format": format
            case "href": href
            default: nil
            }
        }
    }

    let caption: String?
    let columns: [String]
    /// The rows, rendered by the `rows` template.
    let body: String
    let hasRows: Bool
    let rowCount: String
    let rowsLabel: String
    let emptyNote: String?
    let shownNote: String?
    let wordedNote: String?
    let downloadLabel: String
    let downloads: [Download]

    func child(named name: String) -> Any? {
        switch name {
        case "caption": caption ?? false
        case "columns": columns
        case "body": body
        case "hasRows": hasRows
        case "rowCount": rowCount
        case "rowsLabel": rowsLabel
        case "emptyNote": emptyNote ?? false
        case "shownNote": shownNote ?? false
        case "wordedNote": wordedNote ?? false
        case "downloadLabel": downloadLabel
        case "downloads": downloads
        default: nil
        }
    }
}
