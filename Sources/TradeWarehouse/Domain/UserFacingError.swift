/// A value a user gives tradewh that an error can be about. The library's messages speak of the
/// value ("the period"); a front end names it as its users give it (the command line: `--period`).
public enum UserValue: String, Sendable, CaseIterable {
    /// A figure's key, as a filter: its period, flow, partner, commodity or sector.
    case period, flow, partner, commodity, sector
    /// The first and last period of a range of periods asked for instead of one period.
    case firstPeriod = "first period"
    case lastPeriod = "last period"
    /// The level of the commodities a breakdown lists (HS chapters, headings, subheadings, groups).
    case level = "commodity level"
    /// How many rows `top` lists.
    case top = "number of rows"
    /// The day a release was published.
    case published = "publication day"
    /// The release (or date) a query answers as of.
    case asOf = "as-of release"
    /// A named parameter of ad-hoc SQL.
    case parameter
    /// Permission for ad-hoc SQL to change the warehouse.
    case write = "write permission"
    /// The time ad-hoc SQL may run.
    case timeout = "time limit"
    /// The file an export writes.
    case out = "output file"
    /// The format a release file is read as.
    case format = "input format"
    /// A group's English and Vietnamese names, and its members.
    case groupName = "group's English name"
    case groupNameVietnamese = "group's Vietnamese name"
    case members = "group's members"
    /// The first and last day of a group membership.
    case membershipStart = "first day of membership"
    case membershipEnd = "last day of membership"

    /// How the library's own messages name it: `the period`.
    public var phrase: String { "the " + rawValue }
}

/// An error a user can act on, whose message names the values it is about through `naming`: the
/// command line maps each `UserValue` to its option in one place and prints the result.
///
///     error.message(naming: \.phrase)        // "the period: month 13 is not between 01 and 12"
///     error.message(naming: { "--\($0)" })   // "--period: month 13 is not between 01 and 12"
public protocol UserFacingError: Error, CustomStringConvertible {
    /// The message, each value it is about spelled by `naming`.
    func message(naming: (UserValue) -> String) -> String
}

extension UserFacingError {
    /// An error about no value the user gave: its description.
    public func message(naming: (UserValue) -> String) -> String { description }
}
