/// The written summaries' templates (Mustache), one per language. The writer fills them with
/// sentences' parts already worded; the templates decide what is said and in which order.
enum SummaryTemplates {
    static let vietnamese = """
        {{#markdown}}# {{{title}}}

        {{/markdown}}{{^markdown}}{{{title}}}

        {{/markdown}}{{#totals}}{{{Period}}}, kim ngạch xuất khẩu hàng hóa đạt {{{exports}}}{{#exportsChange}}, {{{exportsChange}}} so với cùng kỳ năm trước{{/exportsChange}}{{#imports}}; nhập khẩu đạt {{{imports}}}{{#importsChange}}, {{{importsChange}}}{{/importsChange}}{{/imports}}.{{/totals}}{{#balance}} Cán cân thương mại {{{balance}}}.{{/balance}}
        {{#ytd}}
        Tính chung {{{ytdPeriod}}}, xuất khẩu đạt {{{ytdExports}}}{{#ytdExportsChange}}, {{{ytdExportsChange}}}{{/ytdExportsChange}}{{#ytdImports}}; nhập khẩu đạt {{{ytdImports}}}{{#ytdImportsChange}}, {{{ytdImportsChange}}}{{/ytdImportsChange}}{{/ytdImports}}.
        {{/ytd}}
        {{#exportPartners}}

        {{#markdown}}## Thị trường

        {{/markdown}}Về thị trường, xuất khẩu sang {{#items}}{{{name}}} đạt {{{value}}}{{#change}}, {{{change}}}{{/change}}{{#share}}, chiếm {{{share}}}{{/share}}{{^last}}; sang {{/last}}{{/items}}.
        {{/exportPartners}}
        {{#importPartners}}
        Ở chiều nhập khẩu, nhập khẩu từ {{#items}}{{{name}}} đạt {{{value}}}{{#change}}, {{{change}}}{{/change}}{{^last}}; từ {{/last}}{{/items}}.
        {{/importPartners}}
        {{#commodities}}

        {{#markdown}}## Mặt hàng

        {{/markdown}}Về mặt hàng xuất khẩu, {{#items}}{{{name}}} đạt {{{value}}}{{#change}}, {{{change}}}{{/change}}{{#share}}, chiếm {{{share}}}{{/share}}{{^last}}; {{/last}}{{/items}}.
        {{/commodities}}
        {{#notes}}

        {{#markdown}}## Lưu ý về số liệu

        {{/markdown}}{{#items}}{{#markdown}}- {{/markdown}}{{{note}}}
        {{/items}}
        {{/notes}}
        """

    static let english = """
        {{#markdown}}# {{{title}}}

        {{/markdown}}{{^markdown}}{{{title}}}

        {{/markdown}}{{#totals}}In {{{period}}}, Vietnam's merchandise exports reached {{{exports}}}{{#exportsChange}}, {{{exportsChange}}} year on year{{/exportsChange}}{{#imports}}, and imports came to {{{imports}}}{{#importsChange}}, {{{importsChange}}}{{/importsChange}}{{/imports}}.{{/totals}}{{#balance}} The country posted a trade {{{balance}}}.{{/balance}}
        {{#ytd}}
        In {{{ytdPeriod}}}, exports totalled {{{ytdExports}}}{{#ytdExportsChange}}, {{{ytdExportsChange}}}{{/ytdExportsChange}}{{#ytdImports}}, and imports {{{ytdImports}}}{{#ytdImportsChange}}, {{{ytdImportsChange}}}{{/ytdImportsChange}}{{/ytdImports}}.
        {{/ytd}}
        {{#exportPartners}}

        {{#markdown}}## Markets

        {{/markdown}}By market, exports to {{#items}}{{{name}}} reached {{{value}}}{{#change}}, {{{change}}}{{/change}}{{#share}} ({{{share}}} of the total){{/share}}{{^last}}; exports to {{/last}}{{/items}}.
        {{/exportPartners}}
        {{#importPartners}}
        On the import side, imports from {{#items}}{{{name}}} came to {{{value}}}{{#change}}, {{{change}}}{{/change}}{{^last}}; imports from {{/last}}{{/items}}.
        {{/importPartners}}
        {{#commodities}}

        {{#markdown}}## Products

        {{/markdown}}Among export products, {{#items}}{{{name}}} brought in {{{value}}}{{#change}}, {{{change}}}{{/change}}{{#share}} ({{{share}}} of the total){{/share}}{{^last}}; {{/last}}{{/items}}.
        {{/commodities}}
        {{#notes}}

        {{#markdown}}## Notes on the figures

        {{/markdown}}{{#items}}{{#markdown}}- {{/markdown}}{{{note}}}
        {{/items}}
        {{/notes}}
        """
}
