import ArgumentParser

/// Which synthetic dataset a run generates and measures.
enum DatasetKind: String, CaseIterable, ExpressibleByArgument {
    /// Value-only HS lines with a pre-summed `TOTAL` row per partner and a `WORLD,TOTAL` row per
    /// flow, and the same rows with partner names.
    case totals
    /// HS lines only (8-digit code × partner × flow × month), no total rows, a quantity and a unit
    /// on most lines: the shape of a customs office's detailed extract.
    case lines

    /// Whether the files carry the pre-summed total rows.
    var hasTotals: Bool { self == .totals }

    /// The header of the codes and month files.
    var header: String {
        hasTotals ? "period,flow,partner,commodity,value_usd\n" : "period,flow,partner,commodity,value_usd,quantity,unit\n"
    }
}
