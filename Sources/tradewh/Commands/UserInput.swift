import ArgumentParser
import TradeWarehouse

/// Turns the library's `InvalidValue` into what the command line reports: a usage error (exit 2)
/// while validating options, a failure (exit 1) once the command runs.
enum UserInput {
    /// For `validate()`: a bad value is a usage error.
    static func validated<T>(_ parse: () throws -> T) throws -> T {
        do { return try parse() } catch let error as InvalidValue { throw ValidationError(error.message) }
    }

    /// For `run()`: a bad value is a failure, explained, after the option that gave it if named.
    static func resolved<T>(option: String? = nil, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as InvalidValue {
            throw CommandFailure(message: (option.map { "\($0): " } ?? "") + error.message)
        }
    }
}
