import Foundation

/// What the generator wrote, for the report and the queries.
struct DatasetSummary {
    let kind: DatasetKind
    let shape: DatasetShape
    let codesPath: String
    /// The names file; nil for the HS-lines dataset, which has none.
    let namesPath: String?
    let monthPath: String
    /// Distinct 8-digit codes in the main files.
    let commodities: Int
    /// Partners (WORLD excluded) in the main files.
    let partners: Int
    /// A commodity CN exports in the last month (and, when possible, a year earlier): the point lookup.
    let probeCommodity: String
    /// Sizes in bytes of the codes, names (when written) and month files (taken now: the files go
    /// with the work folder).
    let fileBytes: [Int]
}

/// Writes the CSV files of a dataset: codes, for `totals` the same rows with partner names, and
/// the incremental month.
///
/// Rows go month by month, export then import, partner by partner. For `totals`, each partner's
/// commodity rows are followed by a `TOTAL` row (their sum), and each flow ends with a
/// `WORLD,TOTAL` row, so the warehouse's headline and by-partner analyses have figures to work on;
/// for `lines` there are no total rows and most lines carry a quantity and a unit
/// (`QuantityGenerator`). Keys never repeat (see `PartnerSlice`).
struct DatasetWriter {
    let kind: DatasetKind
    let shape: DatasetShape
    let spellings: PartnerSpellings

    init(kind: DatasetKind = .totals, shape: DatasetShape, spellings: PartnerSpellings) {
        self.kind = kind
        self.shape = shape
        self.spellings = spellings
    }

    /// Writes `codes.csv`, `names.csv` (for `totals`) and `month.csv` into `folder`.
    func write(into folder: String) throws -> DatasetSummary {
        let codesPath = folder + "/codes.csv", monthPath = folder + "/month.csv"
        let namesPath = kind.hasTotals ? folder + "/names.csv" : nil
        let codes = try ByteFile(path: codesPath), names = try namesPath.map(ByteFile.init)
        var sink = sink(codes: codes, names: names, seeds: (1, 2))
        try writeMonths(to: &sink)
        try codes.close()
        try names?.close()
        try writeIncrementalMonth(to: monthPath)
        let paths = [codesPath] + (namesPath.map { [$0] } ?? []) + [monthPath]
        return DatasetSummary(kind: kind, shape: shape, codesPath: codesPath, namesPath: namesPath, monthPath: monthPath,
                              commodities: sink.commoditiesSeen.filter { $0 }.count, partners: sink.partnersSeen.count,
                              probeCommodity: Catalog.commodity(probeIndex()), fileBytes: paths.map(DatabaseFiles.fileSize))
    }

    /// Writes only the codes file, to `path`: the smaller dataset whose peak RSS the memory target
    /// compares with (the same rows a run for its size writes).
    func writeCodes(to path: String) throws {
        let file = try ByteFile(path: path)
        var sink = sink(codes: file, names: nil, seeds: (1, 2))
        try writeMonths(to: &sink)
        try file.close()
    }

    private func sink(codes: ByteFile, names: ByteFile?, seeds: (UInt64, UInt64)) -> RowSink {
        RowSink(codes: codes, names: names, spellings: spellings, values: ValueGenerator(seed: seeds.0),
                choices: SplitMix64(seed: seeds.1), quantities: kind.hasTotals ? nil : QuantityGenerator(seed: seeds.0 + 10))
    }

    private func plan(month: Int, rows: Int) -> [FlowPlan] {
        MonthPlanner.plan(month: month, rows: rows, totals: kind.hasTotals)
    }

    private func writeMonths(to sink: inout RowSink) throws {
        try sink.header(kind.header)
        for month in 0..<shape.months {
            try sink.write(month: month, plan: plan(month: month, rows: shape.rows(inMonth: month)))
        }
    }

    private func writeIncrementalMonth(to path: String) throws {
        let file = try ByteFile(path: path)
        var sink = sink(codes: file, names: nil, seeds: (3, 4))
        try sink.header(kind.header)
        try sink.write(month: shape.months, plan: plan(month: shape.months, rows: shape.incrementalRows))
        try file.close()
    }

    /// CN's first export commodity in the last month that CN also exported a year before.
    private func probeIndex() -> Int {
        let last = shape.months - 1
        let slices = [last, last - 12].map { month in
            plan(month: month, rows: shape.rows(inMonth: month))[0].slices[0]
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
    /// For HS lines: their quantities and units.
    var quantities: QuantityGenerator?
    var commoditiesSeen = [Bool](repeating: false, count: Catalog.commodityCount)
    var partnersSeen: Set<Int> = []

    mutating func header(_ text: String) throws {
        try codes.append(text)
        try names?.append(text)
    }

    mutating func write(month: Int, plan: [FlowPlan]) throws {
        let prefix = DatasetShape.period(month) + ","
        for flowPlan in plan {
            let head = prefix + FlowPlan.flows[flowPlan.flow] + ","
            var world = 0
            for slice in flowPlan.slices {
                world += try write(slice: slice, head: head, totals: flowPlan.totals)
            }
            if flowPlan.totals { try row(head: head, partner: "WORLD", commodity: "TOTAL", value: world) }
        }
    }

    /// A partner's commodity rows and, with `totals`, its TOTAL row; returns the total.
    private mutating func write(slice: PartnerSlice, head: String, totals: Bool) throws -> Int {
        let partner = Catalog.partners[slice.partner]
        partnersSeen.insert(slice.partner)
        var total = 0
        for step in 0..<slice.count {
            let index = slice.commodity(step)
            commoditiesSeen[index] = true
            let value = values.next(rank: slice.partner)
            total += value
            let quantity = quantities?.fields(commodity: index, value: value) ?? ""
            try row(head: head, partner: partner, commodity: Catalog.commodity(index), value: value, quantity: quantity)
        }
        if totals { try row(head: head, partner: partner, commodity: "TOTAL", value: total) }
        return total
    }

    private mutating func row(head: String, partner: String, commodity: String, value: Int, quantity: String = "") throws {
        let tail = Array(("," + commodity + "," + String(value) + quantity + "\n").utf8)
        try codes.append(Array((head + partner).utf8) + tail)
        guard let names else { return }
        guard let spelling = spellings.spelling(of: partner, random: &choices) else {
            throw BenchError.unexpected("`tradewh partners` does not list \(partner)")
        }
        try names.append(Array(head.utf8) + spelling + tail)
    }
}
