/// Why an extracted figure has its period, flow, partner, commodity and sector: for each, the rule that
/// decided it and the words it read. A rule that found nothing in the figure's own sentence — a value
/// carried from an earlier one, or a default — is weak, and the figure carries a warning for it.
public struct FactReasons: Sendable, Equatable {
    /// The fields a rule decides.
    public enum Field: String, CaseIterable, Sendable {
        case period, flow, partner, commodity, sector
    }

    /// One field's rule.
    public struct Reason: Sendable, Equatable {
        /// What the rule did, in words ("named before the figure").
        public let rule: String
        /// The words of the text it read, if any.
        public let words: String?
        /// True when the rule read nothing in the figure's sentence.
        public let isWeak: Bool

        /// Whether its words write a year ("tháng 5/2024"), so that no other evidence of the year was needed.
        var statesYear: Bool {
            (words ?? "").split(whereSeparator: { !$0.isNumber }).contains { Int($0).map { (1990...2100).contains($0) } ?? false }
        }

        /// `rule: «words»`.
        public var description: String { words.map { "\(rule): «\($0)»" } ?? rule }
    }

    var reasons: [Field: Reason] = [:]

    public subscript(field: Field) -> Reason? { reasons[field] }

    /// Marks `field`'s rule weak, saying why ("its year assumed").
    mutating func weaken(_ field: Field, because note: String) {
        guard let reason = reasons[field], !reason.statesYear else { return }
        reasons[field] = Reason(rule: "\(reason.rule) (\(note))", words: reason.words, isWeak: true)
    }

    /// One line per weak rule: "period: carried from an earlier sentence".
    public var warnings: [String] {
        Field.allCases.compactMap { field in reasons[field].flatMap { $0.isWeak ? "\(field.rawValue) \($0.rule)" : nil } }
    }

    /// High with no weak rule, medium with one, low with more.
    public var confidence: Confidence {
        switch warnings.count {
        case 0: return .high
        case 1: return .medium
        default: return .low
        }
    }
}

/// How sure the extractor is of a figure's placing.
public enum Confidence: String, Sendable {
    case high, medium, low
}

/// Collects the reasons of the figure being assembled.
final class ReasonLog {
    private(set) var reasons = FactReasons()

    /// Records why `field` got its value, and returns the value.
    func note<Value>(_ field: FactReasons.Field, _ rule: String, words: String? = nil, weak: Bool = false, _ value: Value) -> Value {
        reasons.reasons[field] = FactReasons.Reason(rule: rule, words: words, isWeak: weak)
        return value
    }

    /// The reasons recorded since the last call.
    func take() -> FactReasons {
        defer { reasons = FactReasons() }
        return reasons
    }
}
