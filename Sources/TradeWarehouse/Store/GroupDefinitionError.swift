/// Why a group was not defined as asked (`GroupWriter.define`); nothing was written.
public enum GroupDefinitionError: UserFacingError, Equatable {
    /// The code is not 2 or more ASCII letters, digits or `-`.
    case invalidCode(String)
    /// A membership date that is not a real day (`value`: which), and why.
    case invalidDay(UserValue, message: String)
    /// The membership ends before it starts.
    case endsBeforeStart(from: String, to: String)
    /// The code is a country's or WORLD's (`kind`).
    case codeOfAnother(code: String, kind: PartnerKind)
    /// The group's membership comes with tradewh (`GroupWriter.builtIn`).
    case builtIn(code: String)
    /// The code is already a name or alias of another partner (`other`: its label).
    case codeNamesAnother(code: String, other: String)
    /// A name the group was given (`value`: which) already names another partner.
    case nameOfAnother(UserValue, name: String, other: String)
    /// A member that names no partner, and why.
    case unknownMember(message: String)
    /// A member that is not a country (`member`: its label).
    case notACountry(String)

    public var description: String { message(naming: \.phrase) }

    public func message(naming name: (UserValue) -> String) -> String {
        switch self {
        case .invalidCode(let code): return "the group code \(code) must be 2 or more ASCII letters, digits or -"
        case .invalidDay(let value, let message): return "\(name(value)) \(message)"
        case .endsBeforeStart(let from, let to): return "\(name(.membershipEnd)) \(to) is before \(name(.membershipStart)) \(from)"
        case .codeOfAnother(let code, let kind): return "\(code) is a \(kind.rawValue), not a group; choose another code"
        case .builtIn(let code): return "\(code) is built in: its membership comes with tradewh; define a group of your own"
        case .codeNamesAnother(let code, let other):
            return "\(code): the group's code already names \(other), and rows naming it must keep meaning that; choose another code"
        case .nameOfAnother(let value, let given, let other):
            return "\(name(value)) \(given): already names \(other), and rows naming it must keep meaning that; choose another name"
        case .unknownMember(let message): return "\(name(.members)): \(message)"
        case .notACountry(let member): return "\(name(.members)): \(member) is not a country"
        }
    }
}
