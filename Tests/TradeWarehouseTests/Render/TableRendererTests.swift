import Testing
@testable import TradeWarehouse

@Suite struct TableRendererTests {
    /// Two months of trade: Vietnamese text, a partner name needing CSV quoting,
    /// a large and a negative integer, a real and a NULL.
    let sample = ResultTable(
        columns: ["period", "partner", "value_usd", "delta_pct"],
        rows: [
            [.text("2024-01"), .text("Hoa Kỳ"), .integer(34_500_000_000), .real(9.7)],
            [.text("2024-02"), .text("Korea, \"Rep.\""), .integer(-2_920_000_000), .null],
        ]
    )

    let empty = ResultTable(columns: ["period", "value_usd"], rows: [])

    // MARK: One test per format

    @Test func table() {
        #expect(TableRenderer.render(sample, as: .table) == """
            period   partner             value_usd  delta_pct
            ───────  ─────────────  ──────────────  ─────────
            2024-01  Hoa Kỳ         34,500,000,000        9.7
            2024-02  Korea, "Rep."  -2,920,000,000

            """)
    }

    @Test func csv() {
        #expect(TableRenderer.render(sample, as: .csv) == """
            period,partner,value_usd,delta_pct
            2024-01,Hoa Kỳ,34500000000,9.7
            2024-02,"Korea, ""Rep.""\",-2920000000,

            """)
    }

    @Test func tsv() {
        #expect(TableRenderer.render(sample, as: .tsv) ==
            "period\tpartner\tvalue_usd\tdelta_pct\n"
            + "2024-01\tHoa Kỳ\t34500000000\t9.7\n"
            + "2024-02\tKorea, \"Rep.\"\t-2920000000\t\n")
    }

    @Test func json() {
        #expect(TableRenderer.render(sample, as: .json) == """
            [
            {"period":"2024-01","partner":"Hoa Kỳ","value_usd":34500000000,"delta_pct":9.7},
            {"period":"2024-02","partner":"Korea, \\"Rep.\\"","value_usd":-2920000000,"delta_pct":null}
            ]

            """)
    }

    @Test func ndjson() {
        #expect(TableRenderer.render(sample, as: .ndjson) == """
            {"period":"2024-01","partner":"Hoa Kỳ","value_usd":34500000000,"delta_pct":9.7}
            {"period":"2024-02","partner":"Korea, \\"Rep.\\"","value_usd":-2920000000,"delta_pct":null}

            """)
    }

    @Test func markdown() {
        #expect(TableRenderer.render(sample, as: .markdown) == """
            | period | partner | value_usd | delta_pct |
            | --- | --- | ---: | ---: |
            | 2024-01 | Hoa Kỳ | 34,500,000,000 | 9.7 |
            | 2024-02 | Korea, "Rep." | -2,920,000,000 |  |

            """)
    }

    // MARK: Empty tables

    @Test func emptyTableInEveryFormat() {
        #expect(TableRenderer.render(empty, as: .table) == "period  value_usd\n──────  ─────────\n(no rows)\n")
        #expect(TableRenderer.render(empty, as: .csv) == "period,value_usd\n")
        #expect(TableRenderer.render(empty, as: .tsv) == "period\tvalue_usd\n")
        #expect(TableRenderer.render(empty, as: .json) == "[]\n")
        #expect(TableRenderer.render(empty, as: .ndjson) == "")
        #expect(TableRenderer.render(empty, as: .markdown) == "| period | value_usd |\n| --- | --- |\n")
    }

    @Test func tableWithoutColumns() {
        let none = ResultTable(columns: [], rows: [])
        #expect(TableRenderer.render(none, as: .table) == "(no columns)\n")
        #expect(TableRenderer.render(none, as: .csv) == "")
        #expect(TableRenderer.render(none, as: .markdown) == "")
        #expect(TableRenderer.render(none, as: .json) == "[]\n")
    }

    // MARK: Alignment

    @Test func decomposedTextAlignsByCharacter() {
        let nfdMy = "M\u{79}\u{303}"  // "Mỹ" as M, y, COMBINING TILDE: 3 scalars, 2 characters
        let nfdHoaKy = "Hoa K\u{79}\u{300}"  // "Hoa Kỳ" decomposed
        #expect(nfdMy.unicodeScalars.count == 3)
        let table = ResultTable(
            columns: ["partner", "value_usd"],
            rows: [[.text(nfdMy), .integer(1_000)], [.text(nfdHoaKy), .integer(25)]]
        )
        let lines = TableRenderer.render(table, as: .table).split(separator: "\n").map(String.init)
        #expect(lines == [
            "partner  value_usd",
            "───────  ─────────",
            "\(nfdMy)           1,000",
            "\(nfdHoaKy)          25",
        ])
        #expect(lines.allSatisfy { $0.count == 18 })
    }

    @Test func controlCharactersStayOnOneLineInTable() {
        let table = ResultTable(columns: ["note"], rows: [[.text("a\tb\nc")]])
        #expect(TableRenderer.render(table, as: .table) == "note\n───────\na\\tb\\nc\n")
    }

    // MARK: Escaping

    @Test func csvQuotesTabsNewlinesAndEmptyStrings() {
        let table = ResultTable(
            columns: ["note", "col,name"],
            rows: [[.text("a\tb"), .text("line1\nline2")], [.text(""), .null]]
        )
        #expect(TableRenderer.render(table, as: .csv) ==
            "note,\"col,name\"\n" + "a\tb,\"line1\nline2\"\n" + "\"\",\n")
    }

    @Test func tsvEscapesTabsNewlinesAndBackslashes() {
        let table = ResultTable(
            columns: ["no\tte", "path"],
            rows: [[.text("a\tb\nc\r"), .text("C:\\data")]]
        )
        #expect(TableRenderer.render(table, as: .tsv) ==
            "no\\tte\tpath\n" + "a\\tb\\nc\\r\tC:\\\\data\n")
    }

    @Test func jsonEscapesControlCharacters() {
        let table = ResultTable(
            columns: ["k\"ey"],
            rows: [[.text("q\" b\\ n\n r\r t\t bs\u{8} ff\u{C} nul\u{0} esc\u{1B} Việt")]]
        )
        #expect(TableRenderer.render(table, as: .ndjson) ==
            #"{"k\"ey":"q\" b\\ n\n r\r t\t bs\b ff\f nul\u0000 esc\u001b Việt"}"# + "\n")
    }

    @Test func jsonNonFiniteRealsAreNullAndIntegralRealsKeepTheirPoint() {
        let table = ResultTable(
            columns: ["x"],
            rows: [[.real(.nan)], [.real(.infinity)], [.real(-.infinity)], [.real(64)], [.real(0.1)]]
        )
        #expect(TableRenderer.render(table, as: .json) ==
            "[\n{\"x\":null},\n{\"x\":null},\n{\"x\":null},\n{\"x\":64.0},\n{\"x\":0.1}\n]\n")
    }

    @Test func markdownEscapesPipesAndLineBreaks() {
        let table = ResultTable(
            columns: ["a|b"],
            rows: [[.text("x|y")], [.text("one\ntwo\r\nthree\rfour")]]
        )
        #expect(TableRenderer.render(table, as: .markdown) ==
            "| a\\|b |\n| --- |\n| x\\|y |\n| one<br>two<br>three<br>four |\n")
    }

    @Test func markdownColumnWithTextIsLeftAligned() {
        let table = ResultTable(columns: ["mixed", "nulls"], rows: [[.integer(1), .null], [.text("n/a"), .null]])
        #expect(TableRenderer.render(table, as: .markdown) ==
            "| mixed | nulls |\n| --- | --- |\n| 1 |  |\n| n/a |  |\n")
    }

    // MARK: Numbers

    @Test func negativeIntegersGetSeparators() {
        #expect(TableRenderer.grouped(-2_920_000_000) == "-2,920,000,000")
        #expect(TableRenderer.grouped(-999) == "-999")
        #expect(TableRenderer.grouped(0) == "0")
        #expect(TableRenderer.grouped(1_000) == "1,000")
        #expect(TableRenderer.grouped(.min) == "-9,223,372,036,854,775,808")
        let table = ResultTable(columns: ["balance"], rows: [[.integer(-2_920_000_000)], [.integer(5)]])
        #expect(TableRenderer.render(table, as: .table) ==
            "       balance\n──────────────\n-2,920,000,000\n             5\n")
    }

    @Test func readableRealsAreNeverRounded() {
        #expect(TableRenderer.readableReal(64.0) == "64")
        #expect(TableRenderer.readableReal(9.7) == "9.7")
        #expect(TableRenderer.readableReal(12.345) == "12.345")
        #expect(TableRenderer.readableReal(-0.5) == "-0.5")
        #expect(TableRenderer.render(ResultTable(columns: ["r"], rows: [[.real(12.345)]]), as: .csv) == "r\n12.345\n")
    }
}
