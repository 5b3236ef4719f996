/// What can go wrong in the store: opening the file, migrating it, or running SQL.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case sqlite(code: Int32, message: String, sql: String)
    case unknownParameter(name: String, sql: String)
    case migrationChanged(name: String, database: String)
    case databaseNewerThanBinary(names: [String], database: String)
    case badMigrationName(String)
    case migrationFailed(name: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open database \(path): \(reason)"
        case .sqlite(_, let message, _):
            return message
        case .unknownParameter(let name, _):
            return "the SQL has no parameter named \(name) (write it as :\(name) in the query)"
        case .migrationChanged(let name, let database):
            return "migration \(name) was changed after it was applied to \(database); "
                + "restore the original file, or start a new database"
        case .databaseNewerThanBinary(let names, let database):
            return "\(database) was migrated by a newer tradewh (unknown migrations: "
                + names.joined(separator: ", ") + "); use that version or a newer one"
        case .badMigrationName(let name):
            return "migration file \(name) is not named NNNN_name.sql"
        case .migrationFailed(let name, let reason):
            return "migration \(name) failed and was rolled back: \(reason)"
        }
    }
}
