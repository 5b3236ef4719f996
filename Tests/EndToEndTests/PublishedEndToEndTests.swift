import Foundation
import Testing

/// Releases dated as published (issue 23): `ingest --published`, a bulletin's dateline, `releases`
/// showing the date, and `--as-of DATE` going by publication dates where known, load dates otherwise.
@Suite struct PublishedEndToEndTests {
    static let header = "period,flow,partner,commodity,value_usd\n"
    static let releases = ["releases", "--db", "w.sqlite", "--format", "csv"]
    static let dates = ["sql", "SELECT id, path, published_on FROM release ORDER BY id", "--db", "w.sqlite", "--format", "csv"]
    static let exports = ["query", "yoy", "--period", "2024-01", "--flow", "export", "--db", "w.sqlite", "--format", "csv"]
    static let columns = "period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source\n"

    @Test func publishedIsStoredAndListed() throws {
        let scratch = try Scratch()
        try scratch.write("estimate.csv", Self.header + "2024-01,export,WORLD,TOTAL,33570000000\n")
        try scratch.write("feb.txt", "Hà Nội, 12/3/2024\nTháng 2/2024, xuất khẩu đạt 29,06 tỷ USD.\n")
        try scratch.write("mar.txt", "Hà Nội, 12/4/2024\nTháng 3/2024, xuất khẩu đạt 35,6 tỷ USD.\n")
        try scratch.write("nodate.csv", Self.header + "2024-01,import,WORLD,TOTAL,30900000000\n")
        #expect(try CLI.run(["ingest", "estimate.csv", "--published", "2024-01-29", "--db", "w.sqlite"], in: scratch.path).status == 0)
        #expect(try CLI.run(["ingest", "feb.txt", "--db", "w.sqlite"], in: scratch.path).status == 0)  // from the dateline
        #expect(try CLI.run(["ingest", "mar.txt", "--published", "2024-04-13", "--db", "w.sqlite"], in: scratch.path).status == 0)
        #expect(try CLI.run(["ingest", "nodate.csv", "--db", "w.sqlite"], in: scratch.path).status == 0)
        #expect(try CLI.run(Self.dates, in: scratch.path).stdout
            == "id,path,published_on\n1,estimate.csv,2024-01-29\n2,feb.txt,2024-03-12\n3,mar.txt,2024-04-13\n4,nodate.csv,\n")
        let listing = try CLI.run(Self.releases, in: scratch.path).stdout
        #expect(listing.hasPrefix("id,path,format,row_count,new,confirmed,revised,published_on,ingested_at,replaced_by,rank,sha256_prefix,source\n"
            + "1,estimate.csv,csv,1,1,0,0,2024-01-29,"))
        let json = try CLI.run(["releases", "--db", "w.sqlite", "--format", "json"], in: scratch.path).stdout
        #expect(json.contains("\"published_on\":\"2024-03-12\""))
        #expect(json.contains("\"published_on\":null"))
        // A bad date is a usage error, and nothing is written.
        let bad = try CLI.run(["ingest", "nodate.csv", "--replace", "--published", "2024-02-30", "--db", "w.sqlite"], in: scratch.path)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--published: 2024-02-30: February 2024 has 29 days"))
        #expect(try CLI.run(["sql", "SELECT count(*) AS n FROM release", "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout
            == "n\n4\n")
    }

    /// The customs figure loaded first, the estimate (published before it) second: as of a day
    /// between the two publications, only the estimate was known, whatever the order of loading.
    /// A dateline with a month and no day dates nothing: no day is invented (neither the first nor
    /// the last of the month); ingest stores no publication date, says so, and `--published` gives it.
    @Test func aDatelineWithAMonthButNoDayStoresNoDateAndSaysSo() throws {
        let scratch = try Scratch()
        try scratch.write("vi.txt", "Hà Nội, tháng 5/2024\n\nTháng 4/2024, kim ngạch xuất khẩu hàng hóa đạt 34,53 tỷ USD.\n")
        try scratch.write("vi-words.txt", "Hà Nội, tháng 5 năm 2024.\nTháng 4/2024, nhập khẩu đạt 30,9 tỷ USD.\n")
        try scratch.write("en.txt", "\nHanoi, May 2024\nIn April 2024, exports to China reached US$4.55 billion.\n")
        let ingest = try CLI.run(["ingest", "vi.txt", "vi-words.txt", "en.txt", "--db", "w.sqlite"], in: scratch.path)
        #expect(ingest.status == 0)
        #expect(ingest.stdout == "vi.txt: release 1, 1 rows added, 0 superseded, 1 warning(s)\n"
            + "vi-words.txt: release 2, 1 rows added, 0 superseded, 1 warning(s)\n"
            + "en.txt: release 3, 1 rows added, 0 superseded, 1 warning(s)\n")
        let warning = "but no day, so no publication date was stored (`--as-of DATE` goes by the day it was loaded); "
            + "give the day with --published YYYY-MM-DD\n"
        #expect(ingest.stderr == "tradewh: vi.txt: warning: line 1: the dateline gives the month (5/2024) " + warning
            + "tradewh: vi-words.txt: warning: line 1: the dateline gives the month (5/2024) " + warning
            + "tradewh: en.txt: warning: line 2: the dateline gives the month (5/2024) " + warning)
        #expect(try CLI.run(Self.dates, in: scratch.path).stdout == "id,path,published_on\n1,vi.txt,\n2,vi-words.txt,\n3,en.txt,\n")
        let dated = try CLI.run(["ingest", "vi.txt", "--replace", "--published", "2024-05-03", "--db", "w.sqlite"], in: scratch.path)
        #expect(dated.stderr == "")
        #expect(try CLI.run(Self.dates, in: scratch.path).stdout
            == "id,path,published_on\n1,vi.txt,\n2,vi-words.txt,\n3,en.txt,\n4,vi.txt,2024-05-03\n")
    }

    @Test func asOfADayGoesByPublicationDates() throws {
        let scratch = try Scratch()
        try scratch.write("customs.csv", Self.header + "2024-01,export,WORLD,TOTAL,34530000000\n")
        try scratch.write("estimate.csv", Self.header + "2024-01,export,WORLD,TOTAL,33570000000\n2024-01,import,WORLD,TOTAL,30650000000\n")
        try scratch.write("nodate.csv", Self.header + "2023-01,export,WORLD,TOTAL,25080000000\n")
        _ = try CLI.run(["ingest", "customs.csv", "--published", "2024-02-06", "--db", "w.sqlite"], in: scratch.path)
        _ = try CLI.run(["ingest", "estimate.csv", "--published", "2024-01-29", "--db", "w.sqlite"], in: scratch.path)
        let before = try CLI.run(Self.exports + ["--as-of", "2024-01-31"], in: scratch.path)
        #expect(before.stderr == "as of 2024-01-31: 1 release(s) published by then (2)\n")
        #expect(before.stdout == Self.columns + "2024-01,export,WORLD,TOTAL,ALL,33570000000,,,,,reported\n")
        let sql = try CLI.run(["sql", "SELECT flow, value_usd FROM facts ORDER BY flow", "--as-of", "2024-02-05", "--db", "w.sqlite",
                               "--format", "csv"], in: scratch.path)
        #expect(sql.stderr == "as of 2024-02-05: 1 release(s) published by then (2)\n")
        #expect(sql.stdout == "flow,value_usd\nexport,33570000000\nimport,30650000000\n")
        let none = try CLI.run(Self.exports + ["--as-of", "2024-01-28"], in: scratch.path)
        #expect(none.status == 1)
        #expect(none.stderr == "tradewh: --as-of 2024-01-28: no release was published, or ingested, on or before that day\n")
        // A release with no publication date counts from the day it was loaded (today, before 9999).
        _ = try CLI.run(["ingest", "nodate.csv", "--db", "w.sqlite"], in: scratch.path)
        let later = try CLI.run(["sql", "SELECT period, value_usd FROM facts WHERE flow = 'export' ORDER BY period", "--as-of", "9999-12-31",
                                 "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(later.stderr == "as of 9999-12-31: 2 release(s) published by then (1, 2); "
            + "1 with no publication date, ingested by then (3)\n")
        #expect(later.stdout == "period,value_usd\n2023-01,25080000000\n2024-01,33570000000\n")
        let asOfRelease = try CLI.run(Self.exports + ["--as-of", "1"], in: scratch.path)
        #expect(asOfRelease.stderr == "")
        #expect(asOfRelease.stdout == Self.columns + "2024-01,export,WORLD,TOTAL,ALL,34530000000,,,,,reported\n")
        let badDay = try CLI.run(Self.exports + ["--as-of", "2024-13-01"], in: scratch.path)
        #expect(badDay.status == 2)
        #expect(badDay.stderr == "tradewh: --as-of 2024-13-01: expected a release id (see `tradewh releases`) or a real day YYYY-MM-DD\n")
    }

    /// A file replaced by a version published later: as of a day before the new version, the old one stands.
    @Test func aReplacementCountsFromItsOwnPublication() throws {
        let scratch = try Scratch()
        try scratch.write("jan.csv", Self.header + "2024-01,export,WORLD,TOTAL,33570000000\n2024-01,export,US,TOTAL,9600000000\n")
        _ = try CLI.run(["ingest", "jan.csv", "--published", "2024-01-29", "--db", "w.sqlite"], in: scratch.path)
        try scratch.write("jan.csv", Self.header + "2024-01,export,WORLD,TOTAL,34530000000\n")
        let replace = try CLI.run(["ingest", "jan.csv", "--replace", "--published", "2024-02-06", "--db", "w.sqlite"], in: scratch.path)
        #expect(replace.stdout == "jan.csv: release 2, 1 rows added, 1 superseded; retired release 1\n")
        let query = ["sql", "SELECT partner, value_usd FROM facts ORDER BY partner", "--db", "w.sqlite", "--format", "csv"]
        #expect(try CLI.run(query + ["--as-of", "2024-02-01"], in: scratch.path).stdout == "partner,value_usd\nUS,9600000000\nWORLD,33570000000\n")
        #expect(try CLI.run(query + ["--as-of", "2024-02-06"], in: scratch.path).stdout == "partner,value_usd\nWORLD,34530000000\n")
        #expect(try CLI.run(query, in: scratch.path).stdout == "partner,value_usd\nWORLD,34530000000\n")
    }
}
