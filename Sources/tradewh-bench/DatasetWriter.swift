import Foundation

/// What the generator wrote, for the report and the queries.
struct DatasetSummary {
    let shape: DatasetShape
    let codesPath: String
    let namesPath: String
    let monthPath: String
    /// Distinct 8-digit codes in the main files.
    let commodities: Int
    /// Partners (WORLD excluded) in the main files.
    let partners: Int
    /// A commodity CN exports in the last month (and, when possible, a year earlier): the point lookup.
    let probeCommodity: String
    /// Sizes in bytes of the codes, names and month files (taken now: the files go with the work folder).
    let fileBytes: [Int]
}

/// Writes the three CSV files: codes, the same rows with partner names, and the incremental month.
///
/// Rows go month by month, export then import; per partner its commodity rows then a `TOTAL` row
/// (their sum), per flow a `WORLD,TOTAL` row last, so the warehouse's headline and by-partner
/// analyses have figures to work on. Keys never repeat (see `PartnerSlice`).
struct DatasetWriter {
    static let header = Array("period,flow,partner,commodity,value_usd\n".utf8)

    let shape: DatasetShape
    let spellings: PartnerSpellings

    /// Writes `codes.csv`, `names.csv` and `month.csv` into `folder`.
    func write(into folder: String) throws -> DatasetSummary {
        let paths = ["codes.csv", "names.csv", "month.csv"].map { folder + "/" + $0 }
        let codes = try ByteFile(path: paths[0]), names = try ByteFile(path: paths[1])
        var sink = RowSink(codes: codes, names: names, spellings: spellings, values: ValueGenerator(seed: 1), choices: SplitMix64(seed: 2))
        try writeMonths(to: &sink)
        try codes.close()
        try names.close()
        try writeIncrementalMonth(to: paths[2])
        return DatasetSummary(shape: shape, codesPath: paths[0], namesPath: paths[1], monthPath: paths[2],
                              commodities: sink.commoditiesSeen.filter { $0 }.count, partners: sink.partnersSeen.count,
                              probeCommodity: Catalog.commodity(probeIndex()), fileBytes: paths.map(DatabaseFiles.fileSize))
    }

    /// Writes only the codes file, to `path`: the smaller dataset whose peak RSS the memory target
    /// compares with (the same rows a run for its size writes).
    func writeCodes(to path: String) throws {
        let file = try ByteFile(path: path)
        var sink = RowSink(codes: file, names: nil, spellings: spellings, values: ValueGenerator(seed: 1), choices: SplitMix64(seed: 2))
        try writeMonths(to: &sink)
        try file.close()
    }

    private func writeMonths(to sink: inout RowSink) throws {
        try sink.header()
        for month in 0..<shape.months {
            try sink.write(month: month, plan: MonthPlanner.plan(month: month, rows: shape.rows(inMonth: month)))
        }
    }

    private func writeIncrementalMonth(to path: String) throws {
        let file = try ByteFile(path: path)
        var sink = RowSink(codes: file, names: nil, spellings: spellings, values: ValueGenerator(seed: 3), choices: SplitMix64(seed: 4))
        try sink.header()
        try sink.write(month: shape.months, plan: MonthPlanner.plan(month: shape.months, rows: shape.incrementalRows))
        try file.close()
    }

    /// CN's first export commodity in the last month that CN also exported a year before.
    private func probeIndex() -> Int {
        let last = shape.months - 1
        let slices = [last, last - 12].map { month in
            MonthPlanner.plan(month: month, rows: shape.rows(inMonth: month))[0].slices[0]
        }
        let current = (0..<slices[0].count).map(slices[0].commodity)
        return current.first(where: slices[1].contains) ?? current[0]
    }
}

/// Appends rows to the codes file and, in step, to the names file.
private struct RowSink {
    let codes: ByteFile
    let names: ByteFile?
    let spellings: PartnerSpellings
    var values: ValueGenerator
    var choices: SplitMix64
    var commoditiesSeen = [Bool](repeating: false, count: Catalog.commodityCount)
    var partnersSeen: Set<Int> = []

    mutating func header() throws {
        try codes.append(DatasetWriter.header)
        try names?.append(DatasetWriter.header)
    }

    mutating func write(month: Int, plan: [FlowPlan]) throws {
        let prefix = DatasetShape.period(month) + ","
        for flowPlan in plan {
            let head = prefix + FlowPlan.flows[flowPlan.flow] + ","
            var world = 0
            for slice in flowPlan.slices {
                world += try write(slice: slice, head: head)
            }
            try row(head: head, partner: "WORLD", commodity: "TOTAL", value: world)
        }
    }

    /// A partner's commodity rows and its TOTAL row; returns the total.
    private mutating func write(slice: PartnerSlice, head: String) throws -> Int {
        let partner = Catalog.partners[slice.partner]
        partnersSeen.insert(slice.partner)
        var total = 0
        for step in 0..<slice.count {
            let index = slice.commodity(step)
            commoditiesSeen[index] = true
            let value = values.next(rank: slice.partner)
            total += value
            try row(head: head, partner: partner, commodity: Catalog.commodity(index), value: value)
        }
        try row(head: head, partner: partner, commodity: "TOTAL", value: total)
        return total
    }

    private mutating func row(head: String, partner: String, commodity: String, value: Int) throws {
        let tail = Array(("," + commodity + "," + String(value) + "\n").utf8)
        try codes.append(Array((head + partner).utf8) + tail)
        guard let names else { return }
        guard let spelling = spellings.spelling(of: partner, random: &choices) else {
            throw BenchError.unexpected("`tradewh partners` does not list \(partner)")
        }
        try names.append(Array(head.utf8) + spelling + tail)
    }
}
