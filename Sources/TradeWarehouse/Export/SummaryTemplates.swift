/// The written summaries' layout (Mustache), shared by both languages: the writer fills it with
/// paragraphs already worded (`SummaryPhrases`); the layout decides their order and headings.
enum SummaryTemplates {
    static let layout = """
        {{#markdown}}# {{/markdown}}{{{title}}}

        {{#totals}}{{{totals}}}

        {{/totals}}{{#ytd}}{{{ytd}}}

        {{/ytd}}{{#markets}}{{#markdown}}## {{{marketsHeading}}}

        {{/markdown}}{{{markets}}}

        {{/markets}}{{#ytdMarkets}}{{^markets}}{{#markdown}}## {{{marketsHeading}}}

        {{/markdown}}{{/markets}}{{{ytdMarkets}}}

        {{/ytdMarkets}}{{#products}}{{#markdown}}## {{{productsHeading}}}

        {{/markdown}}{{{products}}}

        {{/products}}{{#ytdProducts}}{{^products}}{{#markdown}}## {{{productsHeading}}}

        {{/markdown}}{{/products}}{{{ytdProducts}}}

        {{/ytdProducts}}{{#notes}}{{#markdown}}## {{{notesHeading}}}

        {{/markdown}}{{#items}}{{#markdown}}- {{/markdown}}{{{note}}}
        {{/items}}
        {{/notes}}
        """
}
