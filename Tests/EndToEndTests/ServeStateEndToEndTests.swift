import Foundation
import Testing
import TradeWarehouse

/// What `tradewh serve` keeps for a state of the warehouse (the overview's figures, the names of
/// partners and commodities) gives way to an ingest at once, at addresses never asked for before as
/// at those already answered; and an analysis read `--as-of` draws its chart from the figures known
/// then, not today's.
@Suite struct ServeStateEndToEndTests {
    /// The id of the last release of the warehouse `served` serves, read from its API.
    static func lastRelease(_ served: ServedWarehouse) throws -> Int {
        let releases = try served.get("/api/releases").text
        let ids = releases.split(separator: "\n").compactMap { line -> Int? in
            guard let start = line.range(of: "{\"id\":") else { return nil }
            return Int(line[start.upperBound...].prefix { $0.isNumber })
        }
        return try #require(ids.max())
    }

    @Test func theOverviewSeesAnIngestAtOnce() throws {
        let served = try ServedWarehouse()
        let before = try served.get("/?lang=en")
        #expect(before.text.contains("<p class=\"intro\">Latest month: February 2026</p>"))
        // Another address of the same page: its figures come from what the first request read.
        #expect(try served.get("/?lang=en&from=a-bookmark").text.contains("<p class=\"intro\">Latest month: February 2026</p>"))
        try served.scratch.write("march.csv", """
            period,flow,partner,commodity,value_usd
            2026-03,export,WORLD,TOTAL,35120000000
            2026-03,import,WORLD,TOTAL,34070000000

            """)
        #expect(try CLI.run(["ingest", "march.csv", "--db", "w.sqlite", "--quiet"], in: served.scratch.path).status == 0)
        for address in ["/?lang=en", "/?lang=en&from=a-bookmark", "/?lang=en&from=a-new-address"] {
            let after = try served.get(address)
            #expect(after.text.contains("<p class=\"intro\">Latest month: March 2026</p>"), "\(address)")
            #expect(after.text.contains("<div class=\"label\">Exports (March 2026)</div><div class=\"value\">US$35.12 billion</div>"),
                    "\(address)")
            #expect(after.text.contains("<div class=\"label\">Imports (March 2026)</div><div class=\"value\">US$34.07 billion</div>"),
                    "\(address)")
        }
    }

    /// A partner's page keeps its figures and its tables' rendered rows for a state (`SubjectFigures`,
    /// `Page.Table.keptAs`): an ingest shows at once, in both languages, at a new address as at an old one.
    @Test func aPartnerPageSeesAnIngestAtOnce() throws {
        let served = try ServedWarehouse()
        let first = "<tbody>\n<tr><td data-label=\"Period\">2025</td><td data-label=\"Flow\" title=\"export\">Exports</td>"
        #expect(try served.get("/partners/CN?lang=en").text.contains(first))
        #expect(try served.get("/partners/CN?lang=en&from=a-bookmark").text.contains(first))
        #expect(try served.get("/partners/CN").status == 200)
        try served.scratch.write("china.csv", """
            period,flow,partner,commodity,value_usd
            2026-03,export,CN,TOTAL,6543210000

            """)
        #expect(try CLI.run(["ingest", "china.csv", "--db", "w.sqlite", "--quiet"], in: served.scratch.path).status == 0)
        for address in ["/partners/CN?lang=en", "/partners/CN?lang=en&from=a-bookmark", "/partners/CN?lang=en&from=a-new-address"] {
            #expect(try served.get(address).text.contains("<tbody>\n<tr><td data-label=\"Period\" title=\"2026-03\">March 2026</td><td data-label=\"Flow\" "
                                                           + "title=\"export\">Exports</td><td data-label=\"Value\" class=\"num\" "
                                                           + "title=\"6,543,210,000\">"), "\(address)")
        }
        #expect(try served.get("/partners/CN?from=a-new-address").text.contains("<tbody>\n<tr><td data-label=\"Kỳ\" title=\"2026-03\">tháng 3/2026</td>"))
    }

    @Test func aCommodityAnIngestAddsIsNamedAtOnce() throws {
        let served = try ServedWarehouse()
        #expect(try served.get("/commodities/09011110?lang=en").status == 404)
        // Pages that read every commodity's name, before the ingest.
        #expect(try served.get("/analyses?query=yoy&period=2024-01&by=commodity&lang=en").status == 200)
        #expect(try served.get("/commodities?lang=en").status == 200)
        try served.scratch.write("coffee.csv", """
            period,flow,partner,commodity,value_usd
            2026-02,export,DE,09011110,123400000

            """)
        #expect(try CLI.run(["ingest", "coffee.csv", "--db", "w.sqlite", "--quiet"], in: served.scratch.path).status == 0)
        let page = try served.get("/commodities/09011110?lang=en")
        #expect(page.status == 200)
        #expect(page.text.contains("<h1>HS 09011110 (09011110)</h1>"))
        let analysis = try served.get("/analyses?query=yoy&period=2026-02&partner=DE&commodity=09011110&lang=en")
        #expect(analysis.text.contains("<td data-label=\"Commodity\" title=\"09011110\"><a href=\"/commodities/09011110?lang=en\">HS 09011110</a></td>"))
    }

    @Test func chartsUnderAsOfDrawTheFiguresKnownThen() throws {
        let served = try ServedWarehouse { scratch in
            try scratch.write("revised.csv", """
                period,flow,partner,commodity,value_usd
                2024-01,export,CN,TOTAL,9990000000

                """)
            #expect(try CLI.run(["ingest", "revised.csv", "--db", "w.sqlite", "--quiet"], in: scratch.path).status == 0)
        }
        let revision = try Self.lastRelease(served)
        let ranking = "/analyses?query=yoy&period=2024-01&flow=export&by=partner&lang=en"
        let today = try served.get(ranking)
        // China's bar: the revision (US$9.99 billion, no change stated), and before it the bulletin's
        // US$4.55 billion, up 17.3% (17.28 as stated).
        #expect(today.text.contains("font-size=\"13\">China</text>"))
        #expect(today.text.contains("font-size=\"12\">9.99</text>"))
        let then = try served.get(ranking + "&as-of=\(revision - 1)")
        #expect(then.status == 200)
        #expect(then.text.contains("font-size=\"13\">China</text>"))
        #expect(then.text.contains("font-size=\"12\">4.55 (up 17.3%)</text>"))
        #expect(!then.text.contains("font-size=\"12\">9.99</text>"))

        let trend = "/analyses?query=yoy&from=2023-01&to=2024-12&flow=export&partner=CN&commodity=TOTAL&lang=en"
        let thenTrend = try served.get(trend + "&as-of=\(revision - 1)").text
        let todayTrend = try served.get(trend).text
        let path = served.scratch.file("w.sqlite")
        let months = try AsOf.run(databasePath: path, at: .release(Int64(revision - 1))) { past in
            try ChartQueries.trend(past, partner: "CN", commodity: "TOTAL")
        }
        let expected = ChartSVG(language: .en).trend(months, title: "Monthly trade · China · All goods")
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "").trimmingCharacters(in: .newlines)
        #expect(thenTrend.contains(expected))
        #expect(!todayTrend.contains(expected))
        #expect(months.first { $0.period == "2024-01" }?.exports == 4_550_000_000)
    }
}
