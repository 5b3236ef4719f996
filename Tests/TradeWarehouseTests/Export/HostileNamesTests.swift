import Foundation
import Testing
@testable import TradeWarehouse

/// A partner name holding markup, quotes, a line break and a leading `=` comes out as text in every
/// output: escaped in HTML, SVG and Markdown, intact in JSON, guarded in CSV for spreadsheets.
@Suite struct HostileNamesTests {
    static let hostile = "=HYPERLINK(\"http://x\")<script>alert('x')</script>|\nnext"

    /// The samples' warehouse with the United States renamed to `hostile` in both languages.
    func warehouse() throws -> TestWarehouse {
        let warehouse = try TestWarehouse.withSamples()
        try warehouse.store.db.run("UPDATE partner SET name_en = :name, name_vi = :name WHERE code = 'US'",
                                   ["name": .text(Self.hostile)])
        return warehouse
    }

    @Test func markdownTablesShowTheNameAsText() throws {
        let table = ResultTable(columns: ["partner_name"], rows: [[.text(Self.hostile)]])
        #expect(TableRenderer.render(table, as: .markdown) == """
            | partner_name |
            | --- |
            | =HYPERLINK("http://x")&lt;script&gt;alert('x')&lt;/script&gt;\\|<br>next |

            """)
    }

    @Test func jsonKeepsTheNameExactly() throws {
        let table = ResultTable(columns: ["partner_name"], rows: [[.text(Self.hostile)]])
        let parsed = try JSONSerialization.jsonObject(with: Data(TableRenderer.render(table, as: .json).utf8)) as? [[String: String]]
        #expect(parsed == [["partner_name": Self.hostile]])
    }

    @Test func csvGuardsAgainstFormulasUnlessAskedForRaw() throws {
        let table = ResultTable(columns: ["a", "b", "c"], rows: [[.text("=1+1"), .text("@SUM(A1)"), .real(-2.5)]])
        #expect(TableRenderer.render(TableRenderer.guardingFormulas(table), as: .csv) == "a,b,c\n'=1+1,'@SUM(A1),-2.5\n")
        #expect(TableRenderer.render(table, as: .csv) == "a,b,c\n=1+1,@SUM(A1),-2.5\n")
    }

    @Test func summariesInMarkdownAndHTMLShowTheNameAsText() throws {
        let warehouse = try warehouse()
        let figures = try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-01"))
        let markdown = try SummaryWriter(language: .en).text(figures, markdown: true)
        #expect(markdown.contains("=HYPERLINK(\"http://x\")&lt;script&gt;alert('x')&lt;/script&gt;\\|<br>next"))
        #expect(!markdown.contains("<script>"))
        let page = try ReportBuilder.page(warehouse.store.db, period: try Period.parse("2024-01"), language: .en)
        #expect(page.contains("=HYPERLINK(&quot;http://x&quot;)&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"))
        #expect(!page.contains("<script>"))
    }

    /// Issue 24, case 12: Markdown's own marks in a name are escaped, so it is neither emphasis nor a link.
    @Test func markdownMarksInANameAreEscaped() throws {
        let warehouse = try TestWarehouse.withSamples()
        let name = "*Bold* [x](javascript:alert(1)) `code` ~~gone~~ \\"
        try warehouse.store.db.run("UPDATE partner SET name_en = :name, name_vi = :name WHERE code = 'US'", ["name": .text(name)])
        let escaped = "\\*Bold\\* \\[x\\](javascript:alert(1)) \\`code\\` \\~\\~gone\\~\\~ \\\\"
        let markdown = try SummaryWriter(language: .en).text(try SummaryFigures.load(warehouse.store.db, period: try Period.parse("2024-01")),
                                                             markdown: true)
        #expect(markdown.contains(escaped))
        #expect(!markdown.contains("[x]("))
        let table = TableRenderer.render(ResultTable(columns: ["partner_name"], rows: [[.text(name)]]), as: .markdown)
        #expect(table == "| partner_name |\n| --- |\n| \(escaped) |\n")
    }

    @Test func chartsShowTheNameAsText() throws {
        let warehouse = try warehouse()
        let bars = try ChartQueries.ranking(warehouse.store.db, period: try Period.parse("2024-01"), flow: .export,
                                            byCommodity: false, limit: 10)
        let svg = ChartSVG(language: .en).ranking(bars, title: "Top markets")
        #expect(svg.contains("&lt;script&gt;"))
        #expect(!svg.contains("<script>"))
    }
}
