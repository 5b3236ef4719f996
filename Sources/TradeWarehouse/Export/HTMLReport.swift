/// One self-contained HTML page for a period: the written summary, the charts, the tables and the
/// data notes at the end (inline SVG, inline CSS; nothing fetched from a network). Tables scroll
/// inside their own box on a narrow screen; charts scale to the page's width down to 560 px (their
/// labels stay legible), then scroll inside theirs; figures and periods never wrap.
public struct HTMLReport {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The page: `paragraphs` of the summary, `charts` as SVG documents, `notes` last.
    public func page(title: String, paragraphs: [String], tables: [ReportTable], charts: [String], notes: [String]) -> String {
        let text = paragraphs.map { "<p>\(Self.escaped($0))</p>" }.joined(separator: "\n")
        let tableHTML = tables.filter { !$0.rows.isEmpty }.map(table).joined(separator: "\n")
        let chartHTML = charts.map { svg in
            "<figure>" + svg.replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "") + "</figure>"
        }.joined(separator: "\n")
        let notesHTML = notes.isEmpty ? "" : "<section class=\"notes\">\n<h2>\(Self.escaped(ReportPhrases.of(language).notes))</h2>\n<ul>\n"
            + notes.map { "<li>\(Self.escaped($0))</li>\n" }.joined() + "</ul>\n</section>"
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escaped(title))</title>
            <style>
            body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 960px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.5; }
            h1 { font-size: 1.6em; line-height: 1.25; }
            figure { margin: 1.5em 0; overflow-x: auto; }
            figure svg { display: block; width: 100%; min-width: 560px; max-width: 800px; height: auto; }
            .table-box { overflow-x: auto; margin: 1.5em 0; }
            table { border-collapse: collapse; }
            caption { font-weight: bold; text-align: left; margin-bottom: 0.4em; }
            th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.6em; text-align: left; vertical-align: bottom; }
            th { min-width: 6em; }
            th.number, td.number { text-align: right; font-variant-numeric: tabular-nums; }
            td.number, td.flow { white-space: nowrap; }
            td.name { min-width: 11em; }
            .period { white-space: nowrap; }
            section.notes { border-top: 1px solid #bbb; margin-top: 2em; font-size: 0.92em; }
            </style>
            </head>
            <body>
            <h1>\(Self.escaped(title))</h1>
            \(text)
            \(chartHTML)
            \(tableHTML)
            \(notesHTML)
            </body>
            </html>

            """
    }

    private func table(_ table: ReportTable) -> String {
        let caption = Self.escaped(table.caption).replacingOccurrences(
            of: Self.escaped(table.period), with: "<span class=\"period\">\(Self.escaped(table.period))</span>")
        func numeric(_ column: ReportTable.Column) -> Bool { column == .millions || column == .percent }
        let header = "<tr>" + zip(table.headers, table.columns).map { header, column in
            numeric(column) ? "<th class=\"number\">\(Self.escaped(header))</th>" : "<th>\(Self.escaped(header))</th>"
        }.joined() + "</tr>\n"
        let body = table.rows.map { row in
            "<tr>" + zip(row, table.columns).map { cell, column in
                let text = Self.escaped(table.text(cell, column: column, language: language))
                let kind = numeric(column) ? "number" : column == .flow ? "flow" : "name"
                return "<td class=\"\(kind)\">\(text)</td>"
            }.joined() + "</tr>\n"
        }.joined()
        return "<div class=\"table-box\">\n<table>\n<caption>\(caption)</caption>\n" + header + body + "</table>\n</div>"
    }

    /// HTML text: `&`, `<`, `>`, quotes escaped.
    static func escaped(_ text: String) -> String {
        SVGCanvas.escaped(text)
    }
}
