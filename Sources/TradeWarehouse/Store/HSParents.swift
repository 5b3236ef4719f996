/// The commodity ids of an HS line's chapter (its first 2 digits), heading (4) and subheading (6):
/// the codes its figure is summed into (see `LineSums`). Only 8-digit codes, the finest the
/// warehouse holds, are lines.
struct HSParents: Sendable, Hashable {
    let chapter: Int64
    let heading: Int64
    let subheading: Int64

    /// How many digits a line's code has.
    static let lineDigits = 8
    /// The lengths of the codes a line is summed into, coarsest first.
    static let levels = [2, 4, 6]
}
