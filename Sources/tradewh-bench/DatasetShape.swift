/// How the N rows of the main file spread over months, and the incremental month after them.
///
/// At most `rowsPerMonthCap` rows a month, over whole years from 2015-01, and at least two years so
/// that every query has a year-earlier figure to compare with.
struct DatasetShape {
    static let rowsPerMonthCap = 20_000
    static let firstYear = 2015

    /// Rows in the main files (codes and names), header excluded.
    let rows: Int
    /// Months in the main files.
    let months: Int

    init(rows: Int) {
        self.rows = rows
        let perYear = 12 * Self.rowsPerMonthCap
        months = 12 * max(2, (rows + perYear - 1) / perYear)
    }

    /// Rows in the incremental-month file: about 1% of N, at least 1,000.
    var incrementalRows: Int { max(1_000, rows / 100) }

    /// Rows in main month `month` (0-based); they add up to `rows`.
    func rows(inMonth month: Int) -> Int {
        rows / months + (month < rows % months ? 1 : 0)
    }

    /// The last month of the main files ("last full month").
    var lastPeriod: String { Self.period(months - 1) }

    /// The month of the incremental file, right after the main files.
    var incrementalPeriod: String { Self.period(months) }

    /// `YYYY-MM` of month index `month` (0 = 2015-01).
    static func period(_ month: Int) -> String {
        let number = month % 12 + 1
        return "\(firstYear + month / 12)-" + (number < 10 ? "0\(number)" : "\(number)")
    }
}
