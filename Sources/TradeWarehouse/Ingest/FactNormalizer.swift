import Foundation

/// Turns one row of a release file into a storable figure: parses every field, resolves names to
/// codes, and reports every bad field of the row, not only the first. A figure read from prose,
/// whose values are codes already, only has its codes turned into ids. (`LongFormRows` is its fast
/// path for long-form CSV/TSV rows: the same parsers and checks, remembered by the bytes they read.)
struct FactNormalizer {
    let reference: ReferenceData
    let ids: DimensionIDs

    /// The figure, or every problem found in the row.
    func normalize(_ record: FieldRecord) throws -> Result<FactRow, RowErrors> {
        if let problem = record.problem { return .failure(RowErrors([problem])) }
        var errors: [RowError] = []
        func field<T>(_ column: FactColumn, _ parse: (String) throws -> T) -> T? {
            do {
                return try parse(record[column] ?? "")
            } catch let error as InvalidValue {
                errors.append(record.error(in: column, error.message))
            } catch {
                errors.append(record.error(in: column, "\(error)"))
            }
            return nil
        }
        let period = field(.period, Period.parse)
        let flow = field(.flow, Flow.parse)
        let partner = field(.partner, reference.partners.resolve)
        let commodity = field(.commodity, reference.resolveCommodity)
        let sector = field(.sector, Sector.parse)
        let value = field(.valueUSD, NumberText.wholeUSD)
        let qualifier = field(.qualifier, Qualifier.parse)
        let estimated = field(.estimated, NumberText.flag)
        let yoyPct = field(.yoyPct, optional(NumberText.decimal))
        let quantity = field(.quantity, optional(NumberText.decimal))
        let unit = record[.unit].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        errors += consistencyErrors(record, flow: flow, value: value, quantity: quantity, unit: unit)
        guard errors.isEmpty, let period, let flow, let partner, let commodity, let sector, let value,
              let qualifier, let estimated, let yoyPct, let quantity
        else { return .failure(RowErrors(errors)) }
        let (commodityID, isHSCode, hsParents) = try commodityID(commodity)
        return .success(FactRow(
            periodID: try ids.periodID(period), flowID: flow.id, partnerID: partner.id,
            commodityID: commodityID, isHSCode: isHSCode, hsParents: hsParents, sectorID: sector.id, valueUSD: value,
            quantity: quantity, unit: unit, qualifier: qualifier, estimated: estimated,
            yoyPct: yoyPct, line: record.line))
    }

    /// The figure of a fact read from prose, found on `line`; nil if its codes are missing from this
    /// warehouse's reference data (the extractor and the warehouse read the same migrations, so only
    /// a hand-edited warehouse can lack them).
    func normalize(_ fact: ExtractedFact, line: Int) throws -> FactRow? {
        guard let partner = reference.partners.entry(code: fact.partner),
              let commodity = reference.commodities.entry(code: fact.commodity) else { return nil }
        return FactRow(
            periodID: try ids.periodID(fact.period), flowID: fact.flow.id, partnerID: partner.id,
            commodityID: commodity.id, isHSCode: false, sectorID: fact.sector.id, valueUSD: fact.valueUSD,
            quantity: fact.quantity, unit: fact.unit, qualifier: fact.qualifier, estimated: fact.estimated, yoyPct: fact.yoyPct,
            line: line, provenance: TextProvenance(
                sentence: fact.text, spanStart: fact.spanStart, spanEnd: fact.spanEnd,
                commodityName: fact.commodityName, momPct: fact.momPct, deltaUSD: fact.deltaUSD))
    }

    /// The commodity's id, whether it is an HS code, and, for an HS line, the codes it is summed into.
    private func commodityID(_ match: ReferenceData.CommodityMatch) throws -> (Int64, Bool, HSParents?) {
        switch match {
        case .known(let entry): return (entry.id, false, nil)
        case .hsCode(let code): return (try ids.hsCommodityID(code), true, try ids.hsParents(code))
        }
    }

    /// The longest unit a figure may have: units are words (`tonne`, `nghìn chiếc`), and a field of
    /// megabytes in that column is a broken file, not a unit to store.
    static let longestUnit = 100

    /// Whether a figure of `flow` may be negative: only a balance can (a deficit). One rule for both
    /// paths: `LongFormRows` asks it of the rows it reads from bytes.
    static func mayBeNegative(_ flow: Flow) -> Bool { flow == .balance }

    /// Whether a quantity may stand with `unit`: it needs its unit, and cannot be negative (the two
    /// errors `consistencyErrors` names one by one).
    static func quantityIsValid(_ quantity: Double, unit: String?) -> Bool { unit != nil && quantity >= 0 }

    private func consistencyErrors(_ record: FieldRecord, flow: Flow?, value: Int64?, quantity: Double??, unit: String?) -> [RowError] {
        var errors: [RowError] = []
        if let value, value < 0, let flow, !Self.mayBeNegative(flow) {
            errors.append(record.error(in: .valueUSD, "\(flow.rawValue) cannot be negative (only a balance can: a deficit)"))
        }
        if let unit, unit.count > Self.longestUnit {
            errors.append(record.error(in: .unit, "a unit is at most \(Self.longestUnit) characters (e.g. tonne); "
                + "this one has \(unit.count)"))
        }
        if case .some(.some) = quantity, unit == nil {
            errors.append(record.error(in: .unit, "a quantity needs its unit (e.g. tonne)"))
        }
        if case .some(.some(let amount)) = quantity, amount < 0 {
            errors.append(record.error(in: .quantity, "a quantity cannot be negative"))
        }
        return errors
    }
}

/// The problems of one row.
struct RowErrors: Error {
    let errors: [RowError]
    init(_ errors: [RowError]) { self.errors = errors }
}

/// Wraps a parser so that an empty field is nil rather than an error.
private func optional<T>(_ parse: @escaping (String) throws -> T) -> (String) throws -> T? {
    { text in text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : try parse(text) }
}
