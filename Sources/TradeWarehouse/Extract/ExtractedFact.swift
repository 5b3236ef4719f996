/// One money figure found in a bulletin, normalized like a row of a structured release.
public struct ExtractedFact: Sendable, Equatable {
    public var flow: Flow
    public var period: Period
    /// `WORLD`, an ISO code or a group code.
    public var partner: String
    /// The commodity code, or `TOTAL`.
    public var commodity: String
    /// The commodity as the text wrote it.
    public var commodityName: String?
    public var sector: Sector
    /// Whole US dollars; negative for a deficit.
    public var valueUSD: Int64
    public var qualifier: Qualifier
    public var estimated: Bool
    /// Signed percent change on the same period a year earlier, as stated.
    public var yoyPct: Double?
    /// Signed percent change on the previous period, as stated.
    public var momPct: Double?
    /// Signed absolute change on a year earlier, in whole US dollars, as stated.
    public var deltaUSD: Int64?
    public var quantity: Double?
    public var unit: String?
    /// The sentence the figure came from.
    public var text: String
    /// Where the figure itself stands in the document: Unicode scalar offsets of the NFC text.
    public var spanStart: Int
    public var spanEnd: Int
    /// Why the figure has its period, flow, partner, commodity and sector, and how sure that is.
    public var reasons = FactReasons()
}

/// A money figure the extractor found but could not place, with why.
public struct ExtractionWarning: Sendable, Equatable {
    public let message: String
    public let text: String
    /// True for an amount that could not be placed in time (no period, or no year for it).
    public var lacksPeriod = false
}

/// What a bulletin yielded.
public struct ExtractionResult: Sendable, Equatable {
    public let language: Language
    public let facts: [ExtractedFact]
    public let warnings: [ExtractionWarning]
    /// Where the year of months written without one came from; nil when none was found (then the
    /// caller's `assumingYear`, if any, was used).
    public let yearSource: YearSource?
}
