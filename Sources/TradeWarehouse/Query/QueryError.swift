/// A query that cannot run as asked.
public enum QueryError: Error, Equatable, CustomStringConvertible {
    case invalidFilter(option: String, message: String)
    case badParameter(String)
    case notApplicable(option: String, query: String, reason: String)
    /// SQLite refused a change on a read-only session.
    case readOnly(reason: String)
    /// A documented view is not in the database (a migration dropped or renamed it).
    case missingView(String)

    public var description: String {
        switch self {
        case .invalidFilter(let option, let message): return "\(option): \(message)"
        case .badParameter(let message): return message
        case .notApplicable(let option, let query, let reason): return "\(option) does not apply to \(query): \(reason)"
        case .readOnly(let reason):
            return "refused: the SQL would change the database or another file (\(reason)); "
                + "sql is read-only unless you pass --write"
        case .missingView(let name): return "the documented view \(name) is missing from the database"
        }
    }
}
