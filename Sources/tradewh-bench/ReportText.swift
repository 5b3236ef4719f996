/// The prose parts of the report: what the dataset is and how the numbers were taken.
extension Report {
    var datasetLines: [String] {
        data.kind == .lines ? lineDatasetLines : totalsDatasetLines
    }

    private var lineDatasetLines: [String] {
        let shape = data.shape
        let sizes = data.fileBytes.map(Format.megabytes)
        return [
            "- codes file (\(sizes[0])): header `period,flow,partner,commodity,value_usd,quantity,unit`, \(Format.grouped(shape.rows)) "
                + "HS lines, \(shape.months) months \(DatasetShape.period(0))…\(shape.lastPeriod), export and import, "
                + "\(data.partners) partners (ISO codes, row counts falling off as 1/rank: CN, US, KR, JP, TW, TH, …), "
                + "\(Format.grouped(data.commodities)) distinct 8-digit HS codes (100 real headings × 50 suffixes), sparse; "
                + "no total rows (no `TOTAL`, no `WORLD`), as a customs office's detailed extract; whole-dollar values, "
                + "heavy-tailed (log-normal-ish); on 4 lines in 5 a quantity (the value over a price per unit fixed per heading, "
                + "a quarter of them with a half unit) and its unit (kg, piece, tonne, set, m2 or litre, one per heading); "
                + "no key (period, flow, partner, commodity) twice.",
            "- incremental month file (\(sizes[1])): \(Format.grouped(shape.incrementalRows)) lines (1% of N, at least 1,000) "
                + "for \(shape.incrementalPeriod), the month after the codes file's last, in the same shape.",
            "- Generated with a SplitMix64 generator and integer arithmetic only: the same N gives byte-identical files.",
        ]
    }

    private var totalsDatasetLines: [String] {
        let shape = data.shape
        let sizes = data.fileBytes.map(Format.megabytes)
        return [
            "- codes file (\(sizes[0])): header `period,flow,partner,commodity,value_usd`, \(Format.grouped(shape.rows)) rows, "
                + "\(shape.months) months \(DatasetShape.period(0))…\(shape.lastPeriod), export and import, "
                + "\(data.partners) partners (ISO codes, row counts falling off as 1/rank: CN, US, KR, JP, TW, TH, …) "
                + "and WORLD, \(Format.grouped(data.commodities)) distinct 8-digit HS codes (100 real headings × 50 suffixes), "
                + "sparse; per partner and month a `TOTAL` row (the sum of its codes), per flow and month a `WORLD,TOTAL` row; "
                + "whole-dollar values, heavy-tailed (log-normal-ish); no key (period, flow, partner, commodity) twice.",
            "- names file (\(sizes[1])): the same rows with the partner as tradewh's Vietnamese name "
                + "(from `tradewh partners --format csv`): 55% the name, 15% a Vietnamese alias (Mỹ, Hoa Kì, …) where one is unambiguous, "
                + "15% NFD-decomposed, 15% with stray spaces.",
            "- incremental month file (\(sizes[2])): \(Format.grouped(shape.incrementalRows)) rows (1% of N, at least 1,000) "
                + "for \(shape.incrementalPeriod), the month after the codes file's last.",
            "- Generated with a SplitMix64 generator and integer arithmetic only: the same N gives byte-identical files "
                + "(the names file also depends on the partner names this tradewh lists).",
        ]
    }

    var methodLines: [String] {
        [
            "- Every measure is a whole process started with `posix_spawn` (no shell) and reaped with `wait4`: "
                + "wall clock from spawn to exit on a monotonic clock; peak RSS is that child's own `ru_maxrss` from `wait4` "
                + "(the highest over the runs; Linux reports there the peak of the process that started the child when that "
                + "is higher, so the benchmark keeps its own small and marks such a figure ≤). Standard output goes to a file.",
            "- Ingests start from a new database file each run (creation and migration included); the sqlite3 reference is "
                + "`sqlite3 -cmd '.mode csv' DB '.import FILE raw'` into a new file (one flat text table, no index, no checks). "
                + "Ingest rates are rows of the file ÷ median seconds. The codes ingest, the names ingest and the sqlite3 "
                + "import run in turn, one run of each per round, so that a change in the machine's speed during the "
                + "benchmark slows them alike.",
            "- Memory: when N is above 1,000,000, a 1,000,000-row codes file is generated the same way (the file a run "
                + "for that N writes) and ingested into a new database as often; its peak RSS is the reference for the codes file's.",
            "- Queries run on the database the codes file made, `--format csv`, after one untimed warm-up run; "
                + "`--version` and `releases` likewise. \(data.shape.lastPeriod) is the last month of the codes file.",
            "- Incremental: the month file into a copy of the full database vs into a copy of a migrated empty one; "
                + "`--replace` loads it again into a copy of the full database that already holds it.",
            "- Export: `tradewh export facts --format csv --out FILE` on the database the codes file made, against "
                + "`sqlite3 -csv -header DB \"SELECT …\" > FILE` given the statement tradewh runs (every current figure of "
                + "view `facts` with its partner's and commodity's English names, in period order), the two in turn, one run "
                + "of each per round after an untimed round; then the two files are compared line by line and field by field "
                + "(unquoted; reals to 15 significant digits, as sqlite3 writes them; tradewh's `'` before text a spreadsheet "
                + "would read as a formula allowed). Its peak RSS target is issue 24's for a 2,000,000-row listing: it streams.",
            "- Database size: the main file plus any write-ahead log, after the codes file's ingest.",
            "- On the HS-lines dataset each query's answer is first compared with DuckDB's, figure by figure (tradewh's month "
                + "rows of the dataset's partners and WORLD against every row of DuckDB's; tradewh also lists the quarters, years "
                + "and country groups it derives), and a query meets its target only when the figures are the same and it is "
                + "faster as a whole process than DuckDB in-process.",
            "- DuckDB (when installed) loads with `CREATE TABLE raw AS SELECT * FROM read_csv(FILE, types = {period, commodity: VARCHAR})` "
                + "and runs the same questions as plain SQL on that flat table (months only: tradewh also derives quarters, years "
                + "and spans, so this is a lower bound for the work, not the same work); \(results.duckdb?.method ?? "not run here").",
        ]
    }

    var noteLines: [String] {
        results.notes.isEmpty ? [] : ["", "## Notes", ""] + results.notes.map { "- " + $0 }
    }
}
