/// The quantity and unit of an HS line, as customs detail carries them on most lines.
///
/// Each heading has one unit and one whole-dollar price per unit (fixed by hashing the heading),
/// so a line's quantity is its value over that price, with a half unit on some lines; one line in
/// `withoutEvery` has neither (`,,`), as lines whose quantity customs does not collect.
struct QuantityGenerator {
    /// Units by heading; `kg` is listed thrice so that it is the commonest, as in customs data.
    static let units = ["kg", "kg", "kg", "piece", "tonne", "set", "m2", "litre"]
    /// One line in this many has no quantity and no unit.
    static let withoutEvery = 5

    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// The unit of the heading at `heading` (an index into `Catalog.headings`).
    static func unit(heading: Int) -> String {
        units[Int(SplitMix64.hash(4, heading) % UInt64(units.count))]
    }

    /// The price per unit, in whole dollars (1–40), of the heading at `heading`.
    static func price(heading: Int) -> Int {
        1 + Int(SplitMix64.hash(5, heading) % 40)
    }

    /// `,quantity,unit` for a line of catalog commodity `commodity` worth `value`, or `,,`.
    mutating func fields(commodity: Int, value: Int) -> String {
        let bits = random.next()
        guard bits % UInt64(Self.withoutEvery) != 0 else { return ",," }
        let heading = commodity / Catalog.commoditiesPerHeading
        let quantity = String(max(1, value / Self.price(heading: heading))) + ((bits >> 8) % 4 == 0 ? ".5" : "")
        return "," + quantity + "," + Self.unit(heading: heading)
    }
}
