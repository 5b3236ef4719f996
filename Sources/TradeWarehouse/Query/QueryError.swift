/// A query that cannot run as asked.
public enum QueryError: Error, Equatable, CustomStringConvertible {
    case invalidFilter(option: String, message: String)
    case badParameter(String)
    case notApplicable(option: String, query: String, reason: String)
    /// SQLite refused a change on a read-only session.
    case readOnly(reason: String)
    /// A documented view is not in the database (a migration dropped or renamed it).
    case missingView(String)
    /// The user's SQL ran past `sql --timeout` and was stopped.
    case timedOut(seconds: Double)
    /// The user's SQL needed more memory than `sql` allows SQLite (`QueryLimits.heapBytes`).
    case outOfMemory(bytes: Int64)

    public var description: String {
        switch self {
        case .invalidFilter(let option, let message): return "\(option): \(message)"
        case .badParameter(let message): return message
        case .notApplicable(let option, let query, let reason): return "\(option) does not apply to \(query): \(reason)"
        case .readOnly(let reason):
            return "refused: the SQL would change the database or another file (\(reason)); "
                + "sql is read-only unless you pass --write"
        case .missingView(let name): return "the documented view \(name) is missing from the database"
        case .timedOut(let seconds):
            return "the SQL ran longer than --timeout \(seconds.formatted()) s and was stopped"
        case .outOfMemory(let bytes):
            return "the SQL needed more than the \(bytes >> 20) MB of memory sql allows SQLite (a recursive CTE without "
                + "an end, or a very large value?) and was stopped"
        }
    }
}
