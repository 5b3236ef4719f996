import Foundation
import Testing

/// The analysis form's fields beyond one period: ranges, several partners, the HS level, `--as-of`.
/// The command line a page shows is run as it is shown, and prints the rows of the page's table.
@Suite struct ServeFormEndToEndTests {
    /// HS lines of February 2023 and 2024, written for these tests: chapter 85 (two headings) and 94.
    static let lines = """
        period,flow,partner,commodity,value_usd
        2023-02,export,US,85171300,700000000
        2023-02,export,KR,85423100,250000000
        2023-02,export,US,85423100,90000000
        2024-02,export,US,85171300,820000000
        2024-02,export,KR,85423100,310000000
        2024-02,export,US,85423100,60000000
        2024-02,export,JP,94036090,45000000

        """

    /// `@FILE` in a form stands for the id of the release loaded from FILE.
    @Test(arguments: [
        "query=yoy&partner=US%2CCN&from=2024-01&to=2024-03",
        "query=yoy&partner=US&partner=CN&period=2024-01&as-of=@2024-01-1-estimate.csv",
        "query=top&period=2024-01&by=partner&rank=delta&top=4&as-of=@2024-01-customs-vi.txt",
        "query=yoy&period=2024-02&flow=export&by=commodity&level=hs4",
        "query=yoy&period=2024-02&flow=export&commodity=85&by=partner",
        "query=balance&partner=Hoa+K%E1%BB%B3&from=2023-12",
    ])
    func theShownCommandPrintsThePagesTable(form written: String) throws {
        let form = try ServedWarehouse.withReleaseIDs(written)
        let served = try ServedWarehouse { scratch in
            try scratch.write("hs.csv", Self.lines)
            #expect(try CLI.run(["ingest", "hs.csv", "--db", "w.sqlite", "--quiet"], in: scratch.path).status == 0)
        }
        let page = try served.get("/analyses?" + form + "&lang=en")
        #expect(page.status == 200, "\(form): \(page.text)")
        let command = try #require(Self.command(in: page.text), "\(form)")
        #expect(command.first == "query", "\(command)")
        let cli = try CLI.run(command + ["--db", "w.sqlite", "--format", "csv"], in: served.scratch.path)
        let csv = try served.get("/analyses?" + form + "&lang=en&format=csv&table=0")
        #expect(!csv.text.isEmpty && csv.text.split(separator: "\n").count > 1, "\(form): no rows")
        #expect(cli.stdout == csv.text, "\(form): \(command) \(cli.stderr)")
    }

    @Test func theNewFieldsAreOnTheFormAndInTheCommand() throws {
        let served = try ServedWarehouse()
        let page = try served.get("/analyses?query=yoy&partner=US&partner=CN&period=2024-01&by=commodity&level=hs2&as-of=206&lang=en")
        #expect(page.text.contains("<pre class=\"command\"><code>tradewh query yoy --period 2024-01 --partner US --partner CN "
                                   + "--as-of 206 --by commodity --level hs2</code></pre>"))
        #expect(page.text.contains("<label>As of (release or day)<input name=\"as-of\" value=\"206\" placeholder=\"2024-02-15\"></label>"))
        #expect(page.text.contains("<input name=\"partner\" value=\"US,CN\" placeholder=\"US,CN\">"))
        #expect(page.text.contains("<option value=\"hs2\" selected>HS chapters, 2 digits (hs2)</option>"))
        // The menus' choices in words, the command line's value after each.
        let vietnamese = try served.get("/analyses?query=top&period=2024-01&by=partner&rank=decline")
        #expect(vietnamese.text.contains("<option value=\"export\">Xuất khẩu (export)</option>"))
        #expect(vietnamese.text.contains("<option value=\"partner\" selected>Thị trường (partner)</option>"))
        #expect(vietnamese.text.contains("<option value=\"decline\" selected>Giảm nhiều nhất, tính bằng USD (decline)</option>"))
        #expect(vietnamese.text.contains("<option value=\"top\" selected>Thị trường hoặc mặt hàng lớn nhất (top)</option>"))
        let early = try served.get("/analyses?query=yoy&as-of=2000-01-01&lang=en")
        #expect(early.status == 400)
        #expect(early.text.contains("<p class=\"error\">as-of 2000-01-01: no release was published, or ingested, on or before that day</p>"))
        let bad = try served.get("/api/query/yoy?as-of=2024-02-30")
        #expect(bad.status == 400)
        #expect(bad.text == "{\"error\":\"as-of 2024-02-30: expected a release id (see `tradewh releases`) or a real day YYYY-MM-DD\"}\n")
        let missing = try served.get("/api/query/yoy?as-of=9999")
        #expect(missing.status == 400)
        #expect(missing.text == "{\"error\":\"as-of: there is no release 9999; the releases page lists them\"}\n")
        let level = try served.get("/api/query/yoy?by=commodity&level=hs9")
        #expect(level.text == "{\"error\":\"level: \\\"hs9\\\" is not one of the choices\"}\n")
    }

    /// The words of the page's command line after `tradewh`, as a POSIX shell splits them (the page
    /// quotes with single quotes only).
    static func command(in html: String) -> [String]? {
        guard let start = html.range(of: "<pre class=\"command\"><code>"),
              let end = html.range(of: "</code></pre>", range: start.upperBound..<html.endIndex) else { return nil }
        let text = html[start.upperBound..<end.lowerBound].replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        var words: [String] = [], word = "", quoted = false, started = false
        for character in text {
            if character == "'" { quoted.toggle(); started = true } else if character == " " && !quoted {
                if started { words.append(word) }
                word = ""
                started = false
            } else { word.append(character); started = true }
        }
        if started { words.append(word) }
        return words.first == "tradewh" ? Array(words.dropFirst()) : nil
    }
}
