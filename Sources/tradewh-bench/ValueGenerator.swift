/// Heavy-tailed whole-dollar values, log-normal-ish with integers only.
///
/// A value is a 4-digit mantissa (with random lower digits) times a power of ten whose exponent is
/// the number of heads in 12 coin flips (binomial, so its logarithm is roughly normal), plus 1–2
/// for the largest partners.
/// Medians are tens of thousands of USD; one row in a few thousand reaches billions.
struct ValueGenerator {
    private static let powers: [Int] = (0...14).map { exponent in (0..<exponent).reduce(1) { result, _ in result * 10 } }
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// A value for a partner of rank `rank` (0 = largest).
    mutating func next(rank: Int) -> Int {
        let bits = random.next()
        let heads = (bits & 0xFFF).nonzeroBitCount
        let bonus = rank < 3 ? 2 : (rank < 15 ? 1 : 0)
        let mantissa = 1_000 + Int((bits >> 12) % 9_000)
        let scale = Self.powers[heads + bonus]
        let lowDigits = Int(random.next() % UInt64(scale))
        return max(1, (mantissa * scale + lowDigits) / 100_000)
    }
}
