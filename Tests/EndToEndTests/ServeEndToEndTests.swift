import Foundation
import Testing

/// `tradewh serve` on a free loopback port over the samples: pages and API answers with exact
/// figures, downloads equal to the command line's output, escaping, read-only SQL, the time limit,
/// error pages, and readers answering while an ingest writes.
@Suite struct ServeEndToEndTests {
    @Test func theOverviewShowsTheLatestMonthInBothLanguages() throws {
        let served = try ServedWarehouse()
        #expect(served.banner.hasPrefix("tradewh serve: http://127.0.0.1:"))
        let english = try served.get("/?lang=en")
        #expect(english.status == 200)
        #expect(english.text.contains("<p class=\"intro\">Latest month: February 2026</p>"))
        #expect(english.text.contains("<div class=\"card\"><div class=\"label\">Exports (February 2026)</div><div class=\"value\">"
                                      + "US$33.06 billion</div><div class=\"change\">+6.3% on a year earlier</div></div>"))
        #expect(english.text.contains("<div class=\"label\">Balance (February 2026)</div><div class=\"value\">-US$1.04 billion</div>"
                                      + "<div class=\"change\">deficit narrowed by US$510 million on a year earlier</div></div>"))
        // (The estimate's stated 76.36 bn for January–February, +18.3%, is stale: the customs office later revised
        // January, so the span is the sum of its current months, against the sum of January and February 2025.)
        #expect(english.text.contains("<div class=\"label\">Year to date · Exports (the first 2 months of 2026)</div><div class=\"value\">"
                                      + "US$76.26 billion</div><div class=\"change\">+18.8% on a year earlier</div></div>"))
        #expect(english.text.contains("<a class=\"lang\" href=\"/?lang=vi\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>"))
        #expect(english.text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let vietnamese = try served.get("/")
        #expect(vietnamese.text.contains("<div class=\"label\">Xuất khẩu (tháng 2/2026)</div><div class=\"value\">33,06 tỷ USD</div>"
                                         + "<div class=\"change\">+6,3% so với cùng kỳ</div>"))
        #expect(vietnamese.text.contains("<div class=\"label\">Cán cân (tháng 2/2026)</div><div class=\"value\">-1,04 tỷ USD</div>"
                                         + "<div class=\"change\">nhập siêu giảm 510 triệu USD so với cùng kỳ</div></div>"))
        // The balance's change in percent, in words: February 2025's deficit of 1.55 bn became 1.04 bn.
        #expect(english.text.contains("<td data-label=\"Change (%)\" class=\"num long\" title=\"32.9\">deficit narrowed by 32.9%</td>"))
        #expect(vietnamese.text.contains("title=\"32.9\">nhập siêu giảm 32,9%</td>"))
        // The first two months of 2025 had a surplus, of 2026 a deficit.
        #expect(english.text.contains("<td data-label=\"Change (%)\" class=\"num long\" title=\"-302.72\">surplus turned to deficit</td>"))
        // The markets of the month, of the twelve up to the latest with markets (September 2025: the United
        // States alone), that names the most: July 2025.
        #expect(english.text.contains("<h2>Largest export markets · July 2025</h2>\n<ul class=\"links\">"
                                      + "<li><a href=\"/partners/US?lang=en\">United States</a> — US$14.22 billion, +26.0%</li>"
                                      + "<li><a href=\"/partners/CN?lang=en\">China</a> — US$5.73 billion, +20.2%</li>"
                                      + "<li><a href=\"/partners/KR?lang=en\">South Korea</a> — US$2.56 billion, +11.1%</li></ul>"))
        #expect(vietnamese.text.contains("<a class=\"lang\" href=\"/?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"))
    }

    @Test func theAPIAnswersAsTheCommandLinePrintsJSON() throws {
        let served = try ServedWarehouse()
        let api = try served.get("/api/query/balance?period=2026-02")
        #expect(api.status == 200)
        #expect(api.headers["content-type"] == "application/json")
        #expect(api.text == """
            [
            {"period":"2026-02","partner":"WORLD","export_usd":33060000000,"import_usd":34100000000,"balance_usd":-1040000000,\
            "turnover_usd":67160000000,"basis":"computed","source":"reported"}
            ]

            """)
        let cli = try CLI.run(["query", "top", "--period", "2024-01", "--by", "partner", "--top", "3", "--format", "json",
                               "--db", "w.sqlite"], in: served.scratch.path)
        #expect(try served.get("/api/query/top?period=2024-01&by=partner&top=3").text == cli.stdout)
        let releases = try CLI.run(["releases", "--format", "json", "--db", "w.sqlite"], in: served.scratch.path)
        #expect(try served.get("/api/releases").text == releases.stdout)
        #expect(try served.get("/api/sql?sql=SELECT+value_usd+FROM+facts+WHERE+period+%3D+%3Ap+AND+flow+%3D+%27export%27"
                               + "+AND+partner+%3D+%27WORLD%27+AND+commodity+%3D+%27TOTAL%27&p=2024-01").text
                == "[\n{\"value_usd\":34530000000}\n]\n")
        let bad = try served.get("/api/query/yoy?period=2024-13")
        #expect(bad.status == 400)
        #expect(bad.text == "{\"error\":\"period: month 13 in \\\"2024-13\\\" is not between 01 and 12\"}\n")
    }

    @Test func anAnalysisHasItsFormChartTableCommandAndDownloads() throws {
        let served = try ServedWarehouse()
        let page = try served.get("/analyses?query=top&period=2024-01&by=partner&top=3&lang=en")
        #expect(page.status == 200)
        #expect(page.text.contains("<pre class=\"command\"><code>tradewh query top --period 2024-01 --by partner --top 3</code></pre>"))
        #expect(page.text.contains("<option value=\"top\" selected>Largest partners or commodities (top)</option>"))
        #expect(page.text.contains("<input name=\"period\" value=\"2024-01\" placeholder=\"2024-01\">"))
        #expect(page.text.contains("<td data-label=\"Partner\" title=\"US\"><a href=\"/partners/US?lang=en\">United States</a></td>"))
        #expect(page.text.contains("<svg xmlns="))
        let csv = try served.get("/analyses?query=top&period=2024-01&by=partner&top=3&lang=en&format=csv&table=0")
        let cli = try CLI.run(["query", "top", "--period", "2024-01", "--by", "partner", "--top", "3", "--format", "csv",
                               "--db", "w.sqlite"], in: served.scratch.path)
        #expect(csv.headers["content-type"] == "text/csv; charset=utf-8")
        #expect(csv.headers["content-disposition"] == "attachment; filename=\"top.csv\"")
        #expect(csv.text == cli.stdout)
        let xlsx = try served.get("/releases?format=xlsx")
        #expect(xlsx.headers["content-disposition"] == "attachment; filename=\"releases.xlsx\"")
        #expect(xlsx.body.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let ranked = try served.get("/analyses?query=top&period=2024-01&by=partner&sector=ALL&rank=delta&lang=en")
        #expect(ranked.text.contains("<code>tradewh query top --period 2024-01 --by partner --rank delta</code>"))
        #expect(ranked.text.contains("<option value=\"ALL\" selected>All enterprises (ALL)</option>"))
        let quoted = try served.get("/analyses?query=yoy&partner=Hoa+K%E1%BB%B3&period=2024-01&lang=en")
        #expect(quoted.text.contains("<code>tradewh query yoy --period 2024-01 --partner &#39;Hoa Kỳ&#39;</code>"))
        #expect(quoted.text.contains("<td data-label=\"Value\" class=\"num\" title=\"9,600,000,000\"><a href=\"/figures?period=2024-01&amp;"
                                     + "flow=export&amp;partner=US&amp;commodity=TOTAL&amp;sector=ALL&amp;lang=en\">US$9.6 billion</a></td>"))
    }

    @Test func aPartnerPageLinksEachFigureToItsReleaseAndSentence() throws {
        let served = try ServedWarehouse()
        let page = try served.get("/partners/CN?lang=en")
        #expect(page.status == 200)
        #expect(page.text.contains("<h1>China (CN)</h1>"))
        // The latest 48 rows of the series and of the shares; the downloads hold every row.
        #expect(page.text.contains("· 134 rows</p>\n<p class=\"note\">Names instead of codes"))
        #expect(page.text.components(separatedBy: "<p class=\"note\">The page shows the first 48 rows; the downloads hold all of them.</p>")
                    .count == 3)
        // The latest period first, its flows in the order of `query yoy`.
        #expect(page.text.contains("<tbody>\n<tr><td data-label=\"Period\">2025</td><td data-label=\"Flow\" title=\"export\">Exports</td>"
                                   + "<td data-label=\"Value\" class=\"num\" title=\"70,453,720,000\">"))
        #expect(page.text.contains("flow=export&amp;partner=CN&amp;commodity=TOTAL&amp;sector=ALL&amp;lang=en\">US$4.55 billion</a></td>"
                                   + "<td data-label=\"A year earlier\" class=\"num\" title=\"3,879,600,000\">US$3.88 billion</td>"
                                   + "<td data-label=\"Change\" class=\"num\" title=\"670,400,000\">US$670.4 million</td>"
                                   + "<td data-label=\"Change (%)\" class=\"num\" title=\"17.28\">+17.28</td>"))
        let bulletin = try ServedWarehouse.release("2024-01-customs-vi.txt")
        #expect(page.text.contains("<a href=\"/releases/\(bulletin)?lang=en\">\(bulletin)</a></td>"))
        #expect(page.text.contains("<details><summary>the sentence</summary><p>Chiều ngược lại, xuất khẩu sang thị trường này đạt hơn "
                                   + "4,55 tỷ USD, tăng 17,28%.</p></details>"))
        #expect(page.text.contains("<td data-label=\"Share of\" title=\"WORLD\"><a href=\"/partners/WORLD?lang=en\">World</a></td>"
                                   + "<td data-label=\"Whole\" class=\"num\" title=\"34,530,000,000\">US$34.53 billion</td>"
                                   + "<td data-label=\"Share (%)\" class=\"num\">13.18</td>"))
        let commodity = try served.get("/commodities/PHONES?lang=en")
        #expect(commodity.status == 200)
        #expect(commodity.text.contains("<h2>Largest partners · Exports · February 2026</h2>"))
        let release = try served.get("/releases/\(try ServedWarehouse.release("2024-01-3-customs-partners.tsv"))?lang=en")
        #expect(release.text.contains("<td data-label=\"Rows\" class=\"num\">14</td><td data-label=\"New\" class=\"num\">7</td>"
                                      + "<td data-label=\"Confirmed\" class=\"num\">6</td><td data-label=\"Revised\" class=\"num\">1</td>"))
        #expect(release.text.contains("<h2>Its figures</h2>"))
    }

    @Test func eachAmountLinksToItsFigureAndEveryReleaseThatStatedIt() throws {
        let served = try ServedWarehouse()
        let partner = try served.get("/partners/CN?lang=en")
        #expect(partner.text.contains("<td data-label=\"Value\" class=\"num\" title=\"4,550,000,000\"><a href=\"/figures?period=2024-01&amp;"
                                      + "flow=export&amp;partner=CN&amp;commodity=TOTAL&amp;sector=ALL&amp;lang=en\">US$4.55 billion</a></td>"))
        let figure = try served.get("/figures?period=2024-01&flow=export&partner=WORLD&commodity=TOTAL&lang=en")
        #expect(figure.status == 200)
        #expect(figure.text.contains("<h1>Exports · World · All goods · January 2024</h1>"))
        #expect(figure.text.contains("<code>tradewh query yoy --period 2024-01 --flow export --partner WORLD --commodity TOTAL</code>"))
        // The estimates (MoIT's, the GSO's and the January sample's), the customs figure, and the bulletin that restated it, in use.
        let estimate = [
            "Samples/history/2024-1-01-moit-vns.csv</td><td data-label=\"Published\"></td>",
            "<td data-label=\"Value\" class=\"num\" title=\"33,570,000,000\">US$33.57 billion</td>",
            "<td data-label=\"Change stated (%)\" class=\"num\">42</td><td data-label=\"Qualifier\"></td>",
            "<td data-label=\"Estimate\" title=\"estimate\">Estimate</td><td data-label=\"Line\" class=\"num\">7</td>",
            "<td data-label=\"Sentence\"></td><td data-label=\"Standing\" title=\"replaced\">Replaced</td></tr>",
        ]
        let moit = try ServedWarehouse.release("2024-1-01-moit-vns.csv")
        #expect(figure.text.contains("<td data-label=\"Release\" class=\"num\"><a href=\"/releases/\(moit)?lang=en\">\(moit)</a></td>"))
        #expect(figure.text.contains(estimate.joined()))
        #expect(figure.text.contains("<p>Trong đó, xuất khẩu đạt 34,53 tỷ USD và nhập khẩu đạt 30,9 tỷ USD.</p></details></td>"
                                     + "<td data-label=\"Standing\" title=\"current\">In use</td></tr>"))
        #expect(figure.text.components(separatedBy: "<tr><td data-label=\"Release\"").count == 6)
        let derived = try served.get("/figures?period=2016-12&flow=export&partner=CN&commodity=TOTAL&lang=vi")
        #expect(derived.status == 200)
        #expect(derived.text.contains("<h1>Xuất khẩu · Trung Quốc · Tổng các mặt hàng · tháng 12/2016</h1>"))
        #expect(derived.text.contains("<p class=\"intro\">Số liệu đang dùng không do bản phát hành nào công bố: tradewh tính ra từ"))
        #expect(!derived.text.contains("Các bản phát hành đã công bố"))
        // A span an estimate stated, since derived from its revised months: the estimate is listed, replaced.
        let stale = try served.get("/figures?period=2026-01..2026-02&flow=export&partner=WORLD&commodity=TOTAL&lang=en")
        #expect(stale.text.contains("<p class=\"intro\">No release states the figure in use: tradewh worked it out from others"))
        #expect(stale.text.contains("<td data-label=\"Value\" class=\"num\" title=\"76,360,000,000\">US$76.36 billion</td>"
                                    + "<td data-label=\"Change stated (%)\" class=\"num\">18.3</td>"))
        #expect(stale.text.contains("<td data-label=\"Standing\" title=\"replaced\">Replaced</td></tr>"))
        #expect(!stale.text.contains("In use"))
        #expect(try served.get("/figures?period=1999-01&flow=export&partner=WORLD&commodity=TOTAL").status == 404)
        let bad = try served.get("/figures?period=2024-01&flow=sideways&partner=WORLD&commodity=TOTAL&lang=en")
        #expect(bad.status == 400)
        #expect(bad.text.contains("<p class=\"error\">flow: &quot;sideways&quot; is not a flow; expected export, import, balance or turnover</p>"))
    }

    @Test func everyValueIsEscaped() throws {
        let served = try ServedWarehouse { scratch in
            let group = try CLI.run(["groups", "define", "XSS", "--name", "<script>alert(1)</script>", "--members", "CN,JP",
                                     "--db", "w.sqlite"], in: scratch.path)
            #expect(group.status == 0, "\(group.stderr)")
            try scratch.write("x.csv", "# <script>alert(2)</script>\nperiod,flow,partner,commodity,value_usd\n2019-05,export,WORLD,TOTAL,1\n")
            let ingest = try CLI.run(["ingest", "x.csv", "--db", "w.sqlite", "--quiet"], in: scratch.path)
            #expect(ingest.status == 0, "\(ingest.stderr)")
        }
        let partners = try served.get("/partners?lang=en")
        #expect(partners.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let group = try served.get("/partners/XSS?lang=en")
        #expect(group.text.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; (XSS)</h1>"))
        let releases = try served.get("/releases?lang=en")
        #expect(releases.text.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
        let sql = try served.get("/sql?lang=en&sql=SELECT+%27%3Cscript%3Ealert(3)%3C%2Fscript%3E%27+AS+v")
        #expect(sql.text.contains("<td data-label=\"v\" class=\"long\">&lt;script&gt;alert(3)&lt;/script&gt;</td>"))
        let missing = try served.get("/partners/%3Cscript%3E?lang=en")
        #expect(missing.status == 404)
        #expect(missing.text.contains("<p class=\"error\">not found: partner &lt;script&gt;</p>"))
        for page in [partners, group, releases, sql, missing] { #expect(!page.text.contains("<script")) }
    }

    @Test func sqlIsReadOnly() throws {
        let served = try ServedWarehouse()
        let count = "/api/sql?sql=SELECT+count(*)+AS+n+FROM+fact"
        let before = try served.get(count).text
        for statement in ["DELETE+FROM+fact", "CREATE+TABLE+t(a)", "ATTACH+%27x.sqlite%27+AS+x", "PRAGMA+journal_mode%3DDELETE",
                          "COMMIT%3B+DELETE+FROM+fact"] {
            let page = try served.get("/sql?lang=en&sql=" + statement)
            #expect(page.status == 400, "\(statement)")
            #expect(page.text.contains("<p class=\"error\">"), "\(statement)")
        }
        let delete = try served.get("/sql?lang=en&sql=DELETE+FROM+fact")
        #expect(delete.text.contains("<p class=\"error\">refused: the SQL would change the database or another file (attempt to write a "
                                     + "readonly database); sql is read-only unless you pass --write, on the command line (tradewh sql)</p>"))
        #expect(delete.text.contains("<textarea name=\"sql\" aria-label=\"SQL\" spellcheck=\"false\">DELETE FROM fact</textarea>"))
        #expect(try served.get(count).text == before)
        #expect(!FileManager.default.fileExists(atPath: served.scratch.file("x.sqlite")))
    }

    @Test func aLongQueryIsStoppedAndTheServerKeepsAnswering() throws {
        let served = try ServedWarehouse(arguments: ["--timeout", "1"])
        let start = ContinuousClock.now
        let page = try served.get("/sql?lang=en&sql=WITH+RECURSIVE+c(x)+AS+(SELECT+1+UNION+ALL+SELECT+x%2B1+FROM+c)+SELECT+count(*)+FROM+c")
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(page.status == 503)
        #expect(page.text.contains("<p class=\"error\">the SQL ran longer than the time limit 1 s and was stopped</p>"))
        #expect(try served.get("/api/query/balance?period=2026-02").status == 200)
    }

    @Test func unknownAddressesAndBadValuesAreErrorPages() throws {
        let served = try ServedWarehouse()
        for path in ["/nope", "/assets/../Package.swift", "/partners/ZZ", "/releases/9999", "/etc/passwd"] {
            let page = try served.get(path + "?lang=en")
            #expect(page.status == 404, "\(path)")
            #expect(page.text.contains("<h1>Something is wrong</h1>"), "\(path)")
            #expect(page.text.contains("<p class=\"intro\">There is no page at this address.</p>"), "\(path)")
        }
        let api = try served.get("/api/nope")
        #expect(api.status == 404)
        #expect(api.text == "{\"error\":\"not found: /api/nope\"}\n")
        let bad = try served.get("/analyses?query=yoy&period=2024-13&lang=en")
        #expect(bad.status == 400)
        #expect(bad.text.contains("<p class=\"error\">period: month 13 in &quot;2024-13&quot; is not between 01 and 12</p>"))
        let balance = try served.get("/analyses?query=balance&flow=export&lang=en")
        #expect(balance.status == 400)
        #expect(balance.text.contains("<p class=\"error\">the flow does not apply to balance: it shows every flow side by side</p>"))
    }

    @Test func aKeptAnswerGivesWayToTheWarehouseChanged() throws {
        let served = try ServedWarehouse()
        let before = try served.get("/releases?lang=en")
        let last = try ServedWarehouse.release("2024-01-customs-vi.txt")
        #expect(before.text.contains(">\(last)</a>") && !before.text.contains(">\(last + 1)</a>"))
        #expect(try served.get("/releases?lang=en").text == before.text)
        try served.scratch.write("late.csv", "period,flow,partner,commodity,value_usd\n2019-05,export,WORLD,TOTAL,1\n")
        #expect(try CLI.run(["ingest", "late.csv", "--db", "w.sqlite", "--quiet"], in: served.scratch.path).status == 0)
        let after = try served.get("/releases?lang=en")
        #expect(after.text.contains("<a href=\"/releases/\(last + 1)?lang=en\">\(last + 1)</a></td><td data-label=\"File\">late.csv</td>"))
        let group = try CLI.run(["groups", "define", "NEA", "--name", "North-East Asia", "--members", "CN,JP,KR", "--db", "w.sqlite"],
                                in: served.scratch.path)
        #expect(group.status == 0)
        #expect(try served.get("/partners/NEA?lang=en").text.contains("<h1>North-East Asia (NEA)</h1>"))
    }

    @Test func readersKeepAnsweringWhileAnIngestWrites() throws {
        let served = try ServedWarehouse()
        var rows = "period,flow,partner,commodity,value_usd\n"
        for code in 0..<4000 {
            for partner in ["US", "CN", "JP", "KR", "DE", "NL", "IN", "TH", "SG", "AU"] {
                rows += "2019-07,export,\(partner),\(850_00000 + code),\(1000 + code)\n"
            }
        }
        try served.scratch.write("big.csv", rows)
        let ingest = try ChildProcess(["ingest", "big.csv", "--db", "w.sqlite", "--quiet"], in: served.scratch.path)
        var answers: [Int] = [], whileWriting = 0
        while ingest.isRunning || answers.count < 3 {
            if ingest.isRunning { whileWriting += 1 }
            answers.append(try served.get("/api/query/balance?period=2026-02").status)
        }
        #expect(ingest.wait().status == 0)
        #expect(whileWriting >= 1)
        #expect(Set(answers) == [200])
        #expect(try served.get("/api/sql?sql=SELECT+count(*)+AS+n+FROM+facts+WHERE+period+%3D+%272019-07%27+AND+commodity+GLOB+%278500*%27")
                .text == "[\n{\"n\":40000}\n]\n")
    }
}
