/// Why an export wrote nothing.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    /// The target folder exists already; an export never mixes with or overwrites earlier files.
    case exists(path: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path): return "\(path): already exists; remove it or choose another folder (nothing was written)"
        case .cannotWrite(let path, let reason): return "\(path): cannot write: \(reason) (nothing was written)"
        }
    }
}
