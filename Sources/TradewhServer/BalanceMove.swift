import TradeWarehouse

/// How a trade balance moved from one value to another, as the news says it: a deficit narrowed or
/// widened, a surplus grew or shrank, or one turned into the other. A change in percent of a
/// negative balance reads backwards ("+32.9%" for a deficit that narrowed by a third), so the
/// pages say what moved in words instead (the exact change stays in the cell's title and downloads).
enum BalanceMove: String {
    case deficitNarrowed, deficitWidened, surplusGrew, surplusShrank, toSurplus, toDeficit, unchanged

    /// The move from `before` to `now` (US dollars; a deficit is negative).
    init(from before: Int64, to now: Int64) {
        if now == before {
            self = .unchanged
        } else if before <= 0 && now <= 0 {
            self = abs(now) < abs(before) ? .deficitNarrowed : .deficitWidened
        } else if before >= 0 && now >= 0 {
            self = now > before ? .surplusGrew : .surplusShrank
        } else {
            self = now > 0 ? .toSurplus : .toDeficit
        }
    }

    /// The move in words, with `size` (an amount or a percentage, unsigned) where it has one:
    /// "deficit narrowed by US$510 million", "nhập siêu giảm 32,9%".
    func words(size: String, labels: Labels) -> String {
        labels["balance." + rawValue].replacingOccurrences(of: "%s", with: size)
    }

    /// The words for the `delta_pct` cell of a worded table's row of flow `balance` (with its
    /// value and change in dollars): "deficit narrowed by 32.9%"; nil for any other cell.
    static func cellWords(column: String, row: [CellValue], columns: [String], labels: Labels, wording: TableWording) -> String? {
        guard column == "delta_pct", let cell = columns.firstIndex(of: column), let percent = row[cell].real,
              let flow = columns.firstIndex(of: "flow"), row[flow] == .text(Flow.balance.rawValue),
              let value = columns.firstIndex(of: "value_usd").flatMap({ row[$0].integer }),
              let delta = columns.firstIndex(of: "delta_usd").flatMap({ row[$0].integer }) else { return nil }
        // (The size as the table writes a percentage, without its sign: the words give the direction.)
        return BalanceMove(from: value - delta, to: value).words(size: wording.text(.real(abs(percent)), column: "share_pct") + "%",
                                                                 labels: labels)
    }
}
