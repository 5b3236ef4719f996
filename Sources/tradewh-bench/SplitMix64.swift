/// A small seedable pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014).
///
/// Only integer arithmetic, so the same seed gives the same numbers on every machine and Swift
/// version; the dataset generator relies on it for byte-identical files.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0); the modulo bias is far below anything measured here.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A value that depends only on `parts`: for choices that must not depend on generation order.
    static func hash(_ parts: Int...) -> UInt64 {
        var generator = SplitMix64(seed: 0x7472_6164_6577_68)
        var value: UInt64 = 0
        for part in parts {
            generator.state ^= UInt64(bitPattern: Int64(part)) &+ value
            value = generator.next()
        }
        return value
    }
}
