/// Why an export wrote nothing.
public enum ExportError: UserFacingError, Equatable {
    /// The target folder exists already; an export never mixes with or overwrites earlier files.
    case exists(path: String)
    case cannotWrite(path: String, reason: String)
    /// The target is the warehouse itself (or one of SQLite's files beside it).
    case isTheWarehouse(path: String, database: String)

    public var description: String { message(naming: \.phrase) }

    public func message(naming name: (UserValue) -> String) -> String {
        switch self {
        case .exists(let path): return "\(path): already exists; remove it or choose another folder (nothing was written)"
        case .cannotWrite(let path, let reason): return "\(path): cannot write: \(reason) (nothing was written)"
        case .isTheWarehouse(let path, let database):
            return "\(name(.out)) \(path) is the warehouse \(database) itself; writing there would destroy it: choose another file (nothing was written)"
        }
    }
}
