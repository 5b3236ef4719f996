import Foundation
import Testing

/// The built `tradewh` on `Samples/history`: published Vietnamese trade figures 2015–2026, one file per
/// release. The figures asserted here are the published ones (see each file's header for its source).
@Suite struct HistorySamplesEndToEndTests {
    let history = samples + "/history"

    /// The current figure for one key, as `sql` prints it (CSV, header dropped).
    private func current(_ period: String, _ flow: String, _ partner: String, db: String, in scratch: Scratch) throws -> String {
        let result = try CLI.run(["sql", "SELECT value_usd FROM facts WHERE period = :p AND flow = :f AND partner = :r "
                                    + "AND commodity = 'TOTAL' AND sector = 'ALL'",
                                  "--param", "p=\(period)", "--param", "f=\(flow)", "--param", "r=\(partner)",
                                  "--db", db, "--format", "csv"], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").dropFirst().joined(separator: "\n")
    }

    @Test func everyReleaseLoadsAndTheOfficialFiguresWin() throws {
        let scratch = try Scratch()
        let files = try FileManager.default.contentsOfDirectory(atPath: history).filter { $0.hasSuffix(".csv") }
        #expect(files.count >= 140)
        let ingest = try CLI.run(["ingest", history, "--db", "h.sqlite"], in: scratch.path)
        #expect(ingest.status == 0)
        #expect(ingest.stderr == "")
        let releases = try CLI.run(["sql", "SELECT count(*) AS n FROM release", "--db", "h.sqlite", "--format", "csv"],
                                   in: scratch.path)
        #expect(releases.stdout == "n\n\(files.count)\n")

        // Customs' annual count (Reuters, January 2019) replaces the year-end estimate of 244.72 billion.
        #expect(try current("2018", "export", "WORLD", db: "h.sqlite", in: scratch) == "243480000000")
        // Customs, full year 2015 (VOV, January 2016).
        #expect(try current("2015", "import", "WORLD", db: "h.sqlite", in: scratch) == "165650000000")
        // Customs, exports to the US in 2021 (Hanoi Times / VNA, January 2022).
        #expect(try current("2021", "export", "US", db: "h.sqlite", in: scratch) == "96290000000")
        // Customs, imports from China in 2020 (SGGP, January 2021).
        #expect(try current("2020", "import", "CN", db: "h.sqlite", in: scratch) == "84100000000")
        // GSO, full year 2024 (6 January 2025).
        #expect(try current("2024", "export", "WORLD", db: "h.sqlite", in: scratch) == "405530000000")
        // Customs, full year 2025 (government portal, 27 January 2026), replacing the year-end estimates.
        #expect(try current("2025", "export", "WORLD", db: "h.sqlite", in: scratch) == "475040000000")
        // The GSO's 2019 surplus as restated in August 2020, replacing MoIT's 9.94 billion estimate.
        #expect(try current("2019", "balance", "WORLD", db: "h.sqlite", in: scratch) == "11120000000")
        // A month: customs' January 2020 (Thanh Nien) replaces the GSO's estimate of 19 billion.
        #expect(try current("2020-01", "export", "WORLD", db: "h.sqlite", in: scratch) == "18200000000")

        let yoy = try CLI.run(["query", "yoy", "--period", "2025", "--flow", "export", "--partner", "WORLD",
                               "--commodity", "TOTAL", "--db", "h.sqlite", "--format", "csv"], in: scratch.path)
        #expect(yoy.stdout.contains("2025,export,WORLD,TOTAL,ALL,475040000000,405530000000,69510000000,17.14,computed"))
    }

    @Test func reconcileShowsTheRealRevisions() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", history, "--db", "h.sqlite"], in: scratch.path)
        let reconcile = try CLI.run(["query", "reconcile", "--db", "h.sqlite", "--format", "csv"], in: scratch.path)
        // The history holds real mismatches (estimates' balances against customs' revised sides): a
        // failed check exits 1, after printing every check.
        #expect(reconcile.status == 1)
        #expect(reconcile.stderr.hasSuffix(" check(s) failed (status mismatch)\n"))
        let lines = reconcile.stdout.split(separator: "\n").map(String.init)
        let revised = lines.filter { $0.hasPrefix("revision,") && $0.contains(",revised,") }
        #expect(revised.count >= 50)
        // The GSO estimated 19 billion of exports for January 2020; customs counted 18.2.
        #expect(revised.contains { $0.hasPrefix("revision,2020-01,export,WORLD,TOTAL,ALL,19000000000,18200000000,-800000000,") })
        // The year-end estimate for 2018 (244.72 billion) against customs' 243.48.
        #expect(revised.contains { $0.hasPrefix("revision,2018,export,WORLD,TOTAL,ALL,244720000000,243480000000,-1240000000,") })
        // The GSO expected a 100 million deficit in August 2018; customs found a 2.2 billion surplus.
        #expect(revised.contains { $0.hasPrefix("revision,2018-08,balance,WORLD,TOTAL,ALL,-100000000,2200000000,2300000000,") })
        // January-February 2015: a 61 million deficit estimated, 1.21 billion counted.
        #expect(revised.contains { $0.hasPrefix("revision,2015-01..2015-02,balance,WORLD,TOTAL,ALL,-61000000,-1210000000,") })
        // February 2022: the GSO's 22.95 billion of exports, customs' 23.42.
        #expect(revised.contains { $0.hasPrefix("revision,2022-02,export,WORLD,TOTAL,ALL,22950000000,23420000000,470000000,") })
        // July 2021: the GSO estimated a 1.7 billion deficit; customs counted 1.24.
        #expect(revised.contains { $0.hasPrefix("revision,2021-07,balance,WORLD,TOTAL,ALL,-1700000000,-1240000000,460000000,") })
    }

    @Test func theMonthsFoundInForeignLanguagePressHoldTheirPublishedFigures() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", history, "--db", "h.sqlite"], in: scratch.path)
        // GSO, July 2024 (Emidas, Japanese): exports of 35.92 billion.
        #expect(try current("2024-07", "export", "WORLD", db: "h.sqlite", in: scratch) == "35920000000")
        // Customs, November 2022 (JETRO): imports of 28,277.24 million dollars.
        #expect(try current("2022-11", "import", "WORLD", db: "h.sqlite", in: scratch) == "28277240000")
        // The GSO's final September 2018 exports, published with its October report (NNA).
        #expect(try current("2018-09", "export", "WORLD", db: "h.sqlite", in: scratch) == "21125000000")
        // MoIT's year-end estimate is the only full-year import figure for 2022.
        #expect(try current("2022", "import", "WORLD", db: "h.sqlite", in: scratch) == "360500000000")

        let reconcile = try CLI.run(["query", "reconcile", "--db", "h.sqlite", "--format", "csv"], in: scratch.path)
        let revised = reconcile.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("revision,") }
        // The GSO's own revision of October 2018, which its November report puts at 1.731 billion.
        #expect(revised.contains { $0.hasPrefix("revision,2018-10,export,WORLD,TOTAL,ALL,20800000000,22531000000,1731000000,") })
        // January 2021's imports, revised by 59 million in the GSO's February report.
        #expect(revised.contains { $0.hasPrefix("revision,2021-01,import,WORLD,TOTAL,ALL,26400000000,26459000000,59000000,") })
        // May 2019: the GSO's 21.5 billion of exports against customs' 22 billion.
        #expect(revised.contains { $0.hasPrefix("revision,2019-05,export,WORLD,TOTAL,ALL,21500000000,22000000000,500000000,") })
    }

    @Test func theMonthsOfTheSecondRoundHoldTheirPublishedFigures() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", history, "--db", "h.sqlite"], in: scratch.path)
        // GSO, June 2025 (Nguoi Lao Dong, 5 July 2025): imports of 36.66 billion.
        #expect(try current("2025-06", "import", "WORLD", db: "h.sqlite", in: scratch) == "36660000000")
        // Customs, April 2025 (JETRO): exports of 37,445.44 million dollars.
        #expect(try current("2025-04", "export", "WORLD", db: "h.sqlite", in: scratch) == "37445440000")
        // Customs, July 2025 (JP Reports after JETRO): imports of 39,998.52 million dollars.
        #expect(try current("2025-07", "import", "WORLD", db: "h.sqlite", in: scratch) == "39998520000")
        // GSO, August 2023 (Reuters via CNA): imports of 28.55 billion.
        #expect(try current("2023-08", "import", "WORLD", db: "h.sqlite", in: scratch) == "28550000000")
        // GSO, September 2015 (Vietnam+, Chinese service): imports of about 14.3 billion.
        #expect(try current("2015-09", "import", "WORLD", db: "h.sqlite", in: scratch) == "14300000000")
        // Customs, full year 2025 (JETRO, 23 January 2026): the year's only import figure.
        #expect(try current("2025", "import", "WORLD", db: "h.sqlite", in: scratch) == "455006290000")

        let reconcile = try CLI.run(["query", "reconcile", "--db", "h.sqlite", "--format", "csv"], in: scratch.path)
        let revised = reconcile.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("revision,") }
        // The first half of 2025: the GSO's 219.83 billion of exports against customs' 219,861.01 million.
        #expect(revised.contains { $0.hasPrefix("revision,2025-01..2025-06,export,WORLD,TOTAL,ALL,219830000000,219861010000,31010000,") })
    }

    @Test func theMonthsOfTheThirdRoundHoldTheirPublishedFigures() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", history, "--db", "h.sqlite"], in: scratch.path)
        // GSO, December 2017 (Sen-i News, after NNA): exports of 19.3 billion.
        #expect(try current("2017-12", "export", "WORLD", db: "h.sqlite", in: scratch) == "19300000000")
        // Customs, December 2021 (Yonhap after Reuters): imports of 31.62 billion.
        #expect(try current("2021-12", "import", "WORLD", db: "h.sqlite", in: scratch) == "31620000000")
        // GSO, November 2024 (Reuters, Japanese): exports of 33.73 billion.
        #expect(try current("2024-11", "export", "WORLD", db: "h.sqlite", in: scratch) == "33730000000")
        // GSO, June 2020 (Vietreader): imports of 20.5 billion, beside the exports already there.
        #expect(try current("2020-06", "import", "WORLD", db: "h.sqlite", in: scratch) == "20500000000")
        // MoIT, October 2024 (Vietbiz, Japanese): exports of 35.6 billion, beside the GSO's imports.
        #expect(try current("2024-10", "export", "WORLD", db: "h.sqlite", in: scratch) == "35600000000")
        // GSO, July 2021 (g-enews, Korean): imports of 28.7 billion.
        #expect(try current("2021-07", "import", "WORLD", db: "h.sqlite", in: scratch) == "28700000000")
        // January 2023 in Moody's Analytics' series: exports of 25,080 million, the end-of-month estimate repeated.
        #expect(try current("2023-01", "export", "WORLD", db: "h.sqlite", in: scratch) == "25080000000")

        let reconcile = try CLI.run(["query", "reconcile", "--db", "h.sqlite", "--format", "csv"], in: scratch.path)
        let revised = reconcile.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("revision,") }
        // July 2020: the GSO's 23 billion of exports against customs' 24.87 (Inside Vina, Korean).
        #expect(revised.contains { $0.hasPrefix("revision,2020-07,export,WORLD,TOTAL,ALL,23000000000,24870000000,1870000000,") })
    }

    @Test func theMonthsOfTheFourthRoundHoldTheirPublishedFigures() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", history, "--db", "h.sqlite"], in: scratch.path)
        // April 2021 (xanhx.vn, agency not named): exports of 26.55 billion, imports of 27.77 billion.
        #expect(try current("2021-04", "export", "WORLD", db: "h.sqlite", in: scratch) == "26550000000")
        #expect(try current("2021-04", "import", "WORLD", db: "h.sqlite", in: scratch) == "27770000000")
        // GSO, April 2018 (Tin nhanh chung khoan): exports of 18.2 billion; the month's imports are still missing.
        #expect(try current("2018-04", "export", "WORLD", db: "h.sqlite", in: scratch) == "18200000000")
        #expect(try current("2018-04", "import", "WORLD", db: "h.sqlite", in: scratch) == "")
        // GSO, November 2025 (Reuters, Japanese): a surplus of 1.09 billion, 10.6 billion of it with the US.
        #expect(try current("2025-11", "balance", "WORLD", db: "h.sqlite", in: scratch) == "1090000000")
        #expect(try current("2025-11", "balance", "US", db: "h.sqlite", in: scratch) == "10600000000")

        let reconcile = try CLI.run(["query", "reconcile", "--db", "h.sqlite", "--format", "csv"], in: scratch.path)
        let revised = reconcile.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("revision,") }
        // January-April 2021: the GSO's 103.9 billion of exports against the later count of 104.94.
        #expect(revised.contains { $0.hasPrefix("revision,2021-01..2021-04,export,WORLD,TOTAL,ALL,103900000000,104940000000,1040000000,") })
    }

    @Test func theFiguresOfTheFifthRoundHoldTheirPublishedValues() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", history, "--db", "h.sqlite"], in: scratch.path)
        // Customs' count of 9 March 2023 (Reuters): February's 26.05 billion of exports and 23.25 of imports.
        #expect(try current("2023-02", "export", "WORLD", db: "h.sqlite", in: scratch) == "26050000000")
        #expect(try current("2023-02", "import", "WORLD", db: "h.sqlite", in: scratch) == "23250000000")
        // GSO, January-February 2024 (VNA, French): 59.34 billion of exports; February's own sides are still missing.
        #expect(try current("2024-01..2024-02", "export", "WORLD", db: "h.sqlite", in: scratch) == "59340000000")
        #expect(try current("2024-02", "export", "WORLD", db: "h.sqlite", in: scratch) == "")
        // Customs' estimate for May 2017 (CafeF): a deficit of 800 million, and no exports for the month.
        #expect(try current("2017-05", "balance", "WORLD", db: "h.sqlite", in: scratch) == "-800000000")
        #expect(try current("2017-05", "export", "WORLD", db: "h.sqlite", in: scratch) == "")
        // GSO, November 2025 (Nhan Dan, Spanish): turnover of nearly 77.1 billion.
        #expect(try current("2025-11", "turnover", "WORLD", db: "h.sqlite", in: scratch) == "77100000000")
        // Customs' count for 2019 (Jiji after Reuters, January 2020) replaces MoIT's year-end estimate of 263.45 billion.
        #expect(try current("2019", "export", "WORLD", db: "h.sqlite", in: scratch) == "264189000000")
        #expect(try current("2019", "balance", "US", db: "h.sqlite", in: scratch) == "46980000000")
        // GSO, full year 2023 (Reuters, 29 December 2023): the year's imports, 327.5 billion.
        #expect(try current("2023", "import", "WORLD", db: "h.sqlite", in: scratch) == "327500000000")

        let reconcile = try CLI.run(["query", "reconcile", "--db", "h.sqlite", "--format", "csv"], in: scratch.path)
        let revised = reconcile.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("revision,") }
        // February 2023: the preliminary 25 billion of exports of 3 March against the count of 9 March.
        #expect(revised.contains { $0.hasPrefix("revision,2023-02,export,WORLD,TOTAL,ALL,25000000000,26050000000,1050000000,") })
        // February 2024: the GSO's 1.1 billion surplus against the 1.38 billion it gave a year later.
        #expect(revised.contains { $0.hasPrefix("revision,2024-02,balance,WORLD,TOTAL,ALL,1100000000,1380000000,280000000,") })
    }

    @Test func theHistoryAndTheJanuarySamplesLoadTogether() throws {
        let scratch = try Scratch()
        let ingest = try CLI.run(["ingest", history, samples, "--db", "h.sqlite"], in: scratch.path)
        #expect(ingest.status == 0)
        // Only Samples' subfolders are passed over (a folder is not searched recursively).
        #expect(ingest.stderr.split(separator: "\n").allSatisfy { $0.hasSuffix(": passed over (not a file ingest reads; name it to load it)") })
        // The January 2024 customs count of the top-level samples is the current figure.
        let january = try CLI.run(["sql", "SELECT value_usd FROM facts WHERE period = '2024-01' AND flow = 'export' "
                                     + "AND partner = 'WORLD' AND commodity = 'TOTAL' AND sector = 'ALL'",
                                   "--db", "h.sqlite", "--format", "csv"], in: scratch.path)
        #expect(january.stdout == "value_usd\n34530000000\n")
    }
}
