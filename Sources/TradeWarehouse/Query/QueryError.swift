/// A query that cannot run as asked.
public enum QueryError: UserFacingError, Equatable {
    /// A filter's value that cannot be used, and why.
    case invalidFilter(UserValue, message: String)
    /// One period and a range of periods, both given.
    case periodAndRange
    /// A range of periods whose last period (`to`) ends before its first (`from`) starts.
    case rangeEndsBeforeStart(from: String, to: String)
    /// `query` needs a period (`top` ranks one).
    case periodRequired(query: String)
    /// A filter that `query` has no use for.
    case notApplicable(UserValue, query: String, reason: String)
    /// As-of reads the past; ad-hoc SQL given both it and write permission is refused.
    case asOfWithWrite
    /// The SQL uses a `?` placeholder, which no parameter can name.
    case unnamedPlaceholder
    /// The SQL uses `:name` and no value was given for it.
    case missingParameter(name: String)
    /// A parameter not written `NAME=VALUE` (`nameMissing`: `=VALUE`).
    case malformedParameter(String, nameMissing: Bool)
    /// SQLite refused a change on a read-only session.
    case readOnly(reason: String)
    /// A documented view is not in the database (a migration dropped or renamed it).
    case missingView(String)
    /// The user's SQL ran past `sql --timeout` and was stopped.
    case timedOut(seconds: Double)
    /// The user's SQL needed more memory than `sql` allows SQLite (`QueryLimits.heapBytes`).
    case outOfMemory(bytes: Int64)

    public var description: String { message(naming: \.phrase) }

    public func message(naming name: (UserValue) -> String) -> String {
        switch self {
        case .invalidFilter(let value, let message): return "\(name(value)): \(message)"
        case .periodAndRange: return "give \(name(.period)) or \(name(.firstPeriod))/\(name(.lastPeriod)), not both"
        case .rangeEndsBeforeStart(let from, let to):
            return "\(name(.lastPeriod)) \(to) ends before \(name(.firstPeriod)) \(from) starts"
        case .periodRequired(let query):
            return "\(query) ranks one period; give it with \(name(.period)), e.g. \(name(.period)) 2024-01"
        case .notApplicable(let value, let query, let reason): return "\(name(value)) does not apply to \(query): \(reason)"
        case .asOfWithWrite: return "\(name(.asOf)) reads the past; it cannot be combined with \(name(.write))"
        case .unnamedPlaceholder:
            return "the query uses a ? placeholder; name it instead (:name) and give it a value with \(name(.parameter)) name=VALUE"
        case .missingParameter(let parameter):
            return "the query uses :\(parameter); give it a value with \(name(.parameter)) \(parameter)=VALUE"
        case .malformedParameter(let text, let nameMissing):
            return "\(name(.parameter)) \(text): " + (nameMissing ? "the name is missing; " : "")
                + "expected NAME=VALUE, e.g. \(name(.parameter)) period=2024-01"
        case .readOnly(let reason):
            return "refused: the SQL would change the database or another file (\(reason)); "
                + "sql is read-only unless you pass \(name(.write))"
        case .missingView(let name): return "the documented view \(name) is missing from the database"
        case .timedOut(let seconds):
            return "the SQL ran longer than \(name(.timeout)) \(seconds.formatted()) s and was stopped"
        case .outOfMemory(let bytes):
            return "the SQL needed more than the \(bytes >> 20) MB of memory sql allows SQLite (a recursive CTE without "
                + "an end, or a very large value?) and was stopped"
        }
    }
}
