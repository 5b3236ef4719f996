import ArgumentParser
import TradeWarehouse

/// Turns the library's errors into what the command line reports: an `InvalidValue` met once the
/// command runs is a failure (exit 1), explained after the option that gave it; a user-facing
/// error names each value by its option.
enum UserInput {
    /// For `run()`: a bad value is a failure, explained, after the option that gave it if named.
    static func resolved<T>(option: String? = nil, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as InvalidValue {
            throw CommandFailure(message: (option.map { "\($0): " } ?? "") + error.message)
        }
    }

    /// The option that gives `value` on the command line: the library's errors name values, and
    /// every message the command line prints names them by this.
    static func option(_ value: UserValue) -> String {
        switch value {
        case .period: return "--period"
        case .firstPeriod: return "--from"
        case .lastPeriod: return "--to"
        case .flow: return "--flow"
        case .partner: return "--partner"
        case .commodity: return "--commodity"
        case .sector: return "--sector"
        case .level: return "--level"
        case .top: return "--top"
        case .asOf: return "--as-of"
        case .published: return "--published"
        case .parameter: return "--param"
        case .write: return "--write"
        case .timeout: return "--timeout"
        case .out: return "--out"
        case .format: return "--format"
        case .groupName: return "--name"
        case .groupNameVietnamese: return "--name-vi"
        case .members: return "--members"
        case .membershipStart: return "--from"
        case .membershipEnd: return "--to"
        }
    }

    /// `error`'s message with the command line's option names.
    static func message(_ error: UserFacingError) -> String {
        error.message(naming: option)
    }
}
