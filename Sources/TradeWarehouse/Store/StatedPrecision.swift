/// The precision a reported figure was stated to, as `figure.rounding_usd` records it.
enum StatedPrecision {
    /// Half the last digit a value was stated to: 34500000000 ("34,5 tỉ") is ±50000000.
    static func rounding(of value: Int64) -> Int64 {
        guard value != 0 else { return 0 }
        var unit: Int64 = 1
        while unit < 1_000_000_000, value % (unit * 10) == 0 { unit *= 10 }
        return unit / 2
    }
}
