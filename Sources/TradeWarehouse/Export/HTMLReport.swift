/// One self-contained HTML page for a period: the written summary, the main tables and the charts
/// (inline SVG, inline CSS; nothing fetched from a network).
public struct HTMLReport {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The page. `tables` are (caption, rows) pairs; `charts` are SVG documents.
    public func page(title: String, summary: String, tables: [(String, ResultTable)], charts: [String]) -> String {
        let paragraphs = summary.split(separator: "\n", omittingEmptySubsequences: true).dropFirst()
            .map { "<p>\(Self.escaped(String($0)))</p>" }.joined(separator: "\n")
        let tableHTML = tables.filter { !$0.1.rows.isEmpty }.map { caption, table in
            "<table>\n<caption>\(Self.escaped(caption))</caption>\n" + header(table) + body(table) + "</table>"
        }.joined(separator: "\n")
        let chartHTML = charts.map { svg in
            "<figure>" + svg.replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "") + "</figure>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(Self.escaped(title))</title>
            <style>
            body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 860px; margin: 2em auto; color: #222; }
            table { border-collapse: collapse; margin: 1.5em 0; width: 100%; }
            caption { font-weight: bold; text-align: left; margin-bottom: 0.4em; }
            th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.6em; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 1.5em 0; }
            </style>
            </head>
            <body>
            <h1>\(Self.escaped(title))</h1>
            \(paragraphs)
            \(chartHTML)
            \(tableHTML)
            </body>
            </html>

            """
    }

    private func header(_ table: ResultTable) -> String {
        "<tr>" + table.columns.map { "<th>\(Self.escaped($0))</th>" }.joined() + "</tr>\n"
    }

    private func body(_ table: ResultTable) -> String {
        table.rows.map { row in
            "<tr>" + row.map { cell in
                let text = Self.escaped(TableRenderer.readable(cell))
                return TableRenderer.isNumber(cell) ? "<td class=\"number\">\(text)</td>" : "<td>\(text)</td>"
            }.joined() + "</tr>\n"
        }.joined()
    }

    /// HTML text: `&`, `<`, `>`, quotes escaped.
    static func escaped(_ text: String) -> String {
        ChartSVG.escaped(text)
    }
}
