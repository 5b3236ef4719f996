/// Why a moment given to answer as of cannot be used (`AsOf.point(_:in:)`).
public enum AsOfError: UserFacingError, Equatable {
    /// The text is neither a release id nor a real day.
    case unreadable(String)
    /// A day by which no release was published, or ingested.
    case nothingKnown(day: String)

    public var description: String { message(naming: \.phrase) }

    public func message(naming name: (UserValue) -> String) -> String {
        switch self {
        case .unreadable(let text):
            return "\(name(.asOf)) \(text): expected a release id (see `tradewh releases`) or a real day YYYY-MM-DD"
        case .nothingKnown(let day):
            return "\(name(.asOf)) \(day): no release was published, or ingested, on or before that day"
        }
    }
}
