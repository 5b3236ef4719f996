/// One partner's detail rows in one month and flow: `count` distinct commodities.
///
/// The commodity indices are `start, start + stride, start + 2·stride, ...` modulo the catalog size,
/// with `stride` coprime to it, so they are distinct for any `count` up to the catalog size: no
/// duplicate keys, by construction.
struct PartnerSlice {
    let partner: Int
    let start: Int
    let stride: Int
    let count: Int

    /// The catalog index of the `step`-th commodity (0..<count).
    func commodity(_ step: Int) -> Int {
        (start + step * stride) % Catalog.commodityCount
    }

    /// Whether the slice holds commodity `index`.
    func contains(_ index: Int) -> Bool {
        (0..<count).contains { commodity($0) == index }
    }
}

/// The rows of one flow in one month: a detail block per partner and, with `totals`, a `TOTAL`
/// row per partner and a `WORLD` row.
struct FlowPlan {
    static let flows = ["export", "import"]

    let flow: Int
    let slices: [PartnerSlice]
    let totals: Bool

    /// Rows this plan writes: details and, with totals, one TOTAL per partner and one WORLD.
    var rowCount: Int {
        let extra = totals ? 1 : 0
        return slices.reduce(extra) { $0 + $1.count + extra }
    }
}

/// Decides, without randomness that depends on generation order, which keys a month holds.
enum MonthPlanner {
    /// Zipf weights for partner ranks: 1/rank, scaled to integers so the split is exact everywhere.
    static let partnerWeights: [Int] = Catalog.partners.indices.map { 1_000_000_000 / ($0 + 1) }

    /// The two flows of month `month`, `rows` rows in all (exports get the odd row), with or
    /// without the total rows.
    static func plan(month: Int, rows: Int, totals: Bool = true) -> [FlowPlan] {
        let budgets = [(rows + 1) / 2, rows / 2]
        return FlowPlan.flows.indices.map { flowPlan(flow: $0, month: month, budget: budgets[$0], totals: totals) }
    }

    /// One flow: the top partners by weight (about a quarter as many as rows, at most all 120), their
    /// detail counts in proportion to weight, at least one each, at most the catalog size.
    static func flowPlan(flow: Int, month: Int, budget: Int, totals: Bool) -> FlowPlan {
        let partners = totals ? min(Catalog.partners.count, max(1, (budget - 1) / 4))
            : min(Catalog.partners.count, max(1, budget / 4))
        let details = totals ? budget - 1 - partners : budget
        let counts = allocate(details, weights: Array(partnerWeights.prefix(partners)), cap: Catalog.commodityCount)
        let slices = counts.indices.map { slice(partner: $0, flow: flow, month: month, count: counts[$0]) }
        return FlowPlan(flow: flow, slices: slices, totals: totals)
    }

    /// A partner's commodities: a start fixed per partner and flow, moved a little each month (so most
    /// commodities recur a year later), and a stride coprime to the catalog size.
    static func slice(partner: Int, flow: Int, month: Int, count: Int) -> PartnerSlice {
        let size = Catalog.commodityCount
        let base = Int(SplitMix64.hash(1, partner, flow) % UInt64(size))
        let jitter = Int(SplitMix64.hash(2, partner, flow, month) % UInt64(count / 10 + 1))
        var stride = 51 + Int(SplitMix64.hash(3, partner, flow) % 50)
        while greatestCommonDivisor(stride, size) != 1 { stride += 1 }
        return PartnerSlice(partner: partner, start: (base + jitter) % size, stride: stride, count: count)
    }

    /// Splits `total` into `weights.count` shares, each 1...`cap`, in proportion to `weights`
    /// (largest remainders get the leftovers; shares at `cap` pass their excess on). Requires
    /// `weights.count <= total <= weights.count * cap`.
    static func allocate(_ total: Int, weights: [Int], cap: Int) -> [Int] {
        var shares = Array(repeating: 1, count: weights.count)
        var left = total - weights.count
        var open = Array(weights.indices)
        while left > 0, !open.isEmpty {
            let weightSum = open.reduce(0) { $0 + weights[$1] }
            var remainders: [(remainder: Int, index: Int)] = []
            var given = 0
            for index in open {
                let exact = left * weights[index]
                let add = min(exact / weightSum, cap - shares[index])
                shares[index] += add
                given += add
                remainders.append((exact % weightSum, index))
            }
            left -= given
            let order = remainders.sorted { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
            for entry in order where left > 0 && shares[entry.index] < cap {
                shares[entry.index] += 1
                left -= 1
            }
            open.removeAll { shares[$0] >= cap }
        }
        return shares
    }

    static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        b == 0 ? a : greatestCommonDivisor(b, a % b)
    }
}
