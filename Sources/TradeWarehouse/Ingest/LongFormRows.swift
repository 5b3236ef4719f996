import Foundation

/// Turns rows of a long-form CSV/TSV file into figures straight from their bytes: the hot path of
/// a national-scale load (millions of rows).
///
/// Each distinct spelling of a period, flow, partner, commodity, sector, qualifier or flag is
/// parsed once, by the same functions `FactNormalizer` uses, and remembered by its bytes; values in
/// whole dollars are read as digits. A row with anything out of the ordinary — a field that does
/// not parse, a sign or separator in a value, a negative export, a quantity without its unit, the
/// wrong number of fields, bytes that are not UTF-8 — gets `nil`, and the caller reads it the
/// ordinary way, so what a row means, and every error message, is the normalizer's.
final class LongFormRows {
    private let reference: ReferenceData
    private let ids: DimensionIDs
    private let fieldCount: Int
    /// Fields the file has beside the figure's (names that follow from codes): only checked to be UTF-8.
    private let ignored: [Int]
    private let periodField: Int?, flowField: Int?, partnerField: Int?, commodityField: Int?, sectorField: Int?
    private let qualifierField: Int?, estimatedField: Int?, valueField: Int?
    /// The fields of the optional columns (found in a dictionary for every row, they cost 2.5% of a load).
    private let yoyField: Int?, quantityField: Int?, unitField: Int?

    private var periods = ByteKeyMap<Int64>()
    private var flows = ByteKeyMap<Flow>()
    private var partners = ByteKeyMap<Int64>()
    private var commodities = ByteKeyMap<(id: Int64, isHSCode: Bool, parents: HSParents?)>()
    private var sectors = ByteKeyMap<Int64>()
    private var qualifiers = ByteKeyMap<Qualifier>()
    private var flags = ByteKeyMap<Bool>()

    /// For a file whose header maps field `i` to `columns[i]` (nil: a column read past).
    init(columns: [FactColumn?], reference: ReferenceData, ids: DimensionIDs) {
        self.reference = reference
        self.ids = ids
        fieldCount = columns.count
        var position: [FactColumn: Int] = [:]
        for (index, column) in columns.enumerated() { if let column { position[column] = index } }
        ignored = columns.indices.filter { columns[$0] == nil }
        (periodField, flowField, partnerField, commodityField) = (position[.period], position[.flow], position[.partner], position[.commodity])
        (sectorField, qualifierField, estimatedField, valueField) = (position[.sector], position[.qualifier], position[.estimated], position[.valueUSD])
        (yoyField, quantityField, unitField) = (position[.yoyPct], position[.quantity], position[.unit])
    }

    /// The figure of an ordinary row; nil for a row to read the ordinary way.
    func figure(_ record: RawRecord) throws -> FactRow? {
        guard record.fieldCount == fieldCount, ignoredFieldsAreText(record) else { return nil }
        guard let period = try Self.lookup(&periods, record, periodField, periodID),
              let flow = try Self.lookup(&flows, record, flowField, Flow.parse),
              let partner = try Self.lookup(&partners, record, partnerField, partnerID),
              let commodity = try Self.lookup(&commodities, record, commodityField, commodityID),
              let sector = try Self.lookup(&sectors, record, sectorField, { try Sector.parse($0).id }),
              let qualifier = try Self.lookup(&qualifiers, record, qualifierField, Qualifier.parse),
              let estimated = try Self.lookup(&flags, record, estimatedField, NumberText.flag),
              let value = wholeDollars(record),
              value >= 0 || FactNormalizer.mayBeNegative(flow),
              let yoyPct = decimal(record, yoyField), let quantity = decimal(record, quantityField),
              let unit = text(record, unitField), (unit?.utf8.count ?? 0) <= FactNormalizer.longestUnit
        else { return nil }
        if let quantity, !FactNormalizer.quantityIsValid(quantity, unit: unit) { return nil }
        return FactRow(periodID: period, flowID: flow.id, partnerID: partner, commodityID: commodity.id,
                       isHSCode: commodity.isHSCode, hsParents: commodity.parents, sectorID: sector,
                       valueUSD: value, quantity: quantity, unit: unit, qualifier: qualifier, estimated: estimated,
                       yoyPct: yoyPct, line: record.line)
    }

    private func periodID(_ text: String) throws -> Int64 { try ids.periodID(Period.parse(text)) }
    private func partnerID(_ text: String) throws -> Int64 { try reference.partners.resolve(text).id }

    private func commodityID(_ text: String) throws -> (id: Int64, isHSCode: Bool, parents: HSParents?) {
        switch try reference.resolveCommodity(text) {
        case .known(let entry): return (entry.id, false, nil)
        case .hsCode(let code): return (try ids.hsCommodityID(code), true, try ids.hsParents(code))
        }
    }

    /// The meaning of field `index`, from `map` or worked out by `parse` (and remembered); a column
    /// the file lacks (no index) is parsed as empty, as the normalizer does (once: remembered under
    /// the empty key). nil when `parse` rejects it.
    private static func lookup<Value>(_ map: inout ByteKeyMap<Value>, _ record: RawRecord, _ index: Int?,
                                      _ parse: (String) throws -> Value) throws -> Value? {
        let bytes = index.map(record.field) ?? UnsafeBufferPointer(start: nil, count: 0)
        if let value = map.value(for: bytes) { return value }
        guard let text = String(validating: bytes, as: UTF8.self), let value = try parsed(text, parse) else { return nil }
        map.insert(value, for: bytes)
        return value
    }

    /// `parse(text)`, or nil when the text is not a valid value (other errors are the store's: rethrown).
    private static func parsed<Value>(_ text: String, _ parse: (String) throws -> Value) throws -> Value? {
        do { return try parse(text) } catch is InvalidValue { return nil }
    }

    /// `value_usd` written as plain digits with an optional minus sign, up to 18 digits.
    private func wholeDollars(_ record: RawRecord) -> Int64? {
        guard let valueField else { return nil }
        let bytes = record.field(valueField)
        let negative = bytes.first == UInt8(ascii: "-")
        let digits = negative ? UnsafeBufferPointer(rebasing: bytes.dropFirst()) : bytes
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value: Int64 = 0
        for byte in digits {
            guard byte &- UInt8(ascii: "0") < 10 else { return nil }
            value = value * 10 + Int64(byte &- UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    /// An optional decimal column: `.some(nil)` when absent or empty, nil when it does not parse.
    /// A plain number (digits, at most one dot) is read as it is: the same value `NumberText.decimal`
    /// gives it, without its checks for signs, spaces and percent signs (on 400,000 quantities,
    /// 3.4 of 20.9 billion instructions of the load went to those).
    private func decimal(_ record: RawRecord, _ field: Int?) -> Double?? {
        guard let index = field, !record.field(index).isEmpty else { return .some(nil) }
        let bytes = record.field(index)
        if bytes.count <= 24, bytes.filter({ $0 == UInt8(ascii: ".") }).count <= 1,
           bytes.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }),
           let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite {
            return .some(value)
        }
        guard let text = String(validating: bytes, as: UTF8.self),
              let value = try? NumberText.decimal(text) else { return nil }
        return .some(value)
    }

    /// An optional text column, trimmed: `.some(nil)` when absent or blank, nil when not UTF-8.
    /// (A text of printable ASCII without spaces needs no trimming: on 400,000 units, Foundation's
    /// trimming was 3.3 of 20.9 billion instructions of the load.)
    private func text(_ record: RawRecord, _ field: Int?) -> String?? {
        guard let index = field, !record.field(index).isEmpty else { return .some(nil) }
        let bytes = record.field(index)
        if bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return .some(String(decoding: bytes, as: UTF8.self)) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return .some(trimmed.isEmpty ? nil : trimmed)
    }

    private func ignoredFieldsAreText(_ record: RawRecord) -> Bool {
        ignored.allSatisfy { index in
            let bytes = record.field(index)
            return bytes.allSatisfy { $0 < 0x80 } || String(validating: bytes, as: UTF8.self) != nil
        }
    }
}
