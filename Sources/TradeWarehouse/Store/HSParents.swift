/// The commodity id of an HS line's chapter (its first 2 digits), which ingest sums the world's
/// lines into (see `LineSums`); its heading (4) and subheading (6) have commodity rows too, added
/// with it, for queries that sum the lines when asked. Only 8-digit codes, the finest the
/// warehouse holds, are lines.
struct HSParents: Sendable, Hashable {
    let chapter: Int64

    /// How many digits a line's code has.
    static let lineDigits = 8
    /// The lengths of the codes a line is summed into, coarsest first.
    static let levels = [2, 4, 6]
}
