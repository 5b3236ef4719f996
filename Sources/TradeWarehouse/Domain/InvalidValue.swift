/// A value that does not parse, with a message that says what was expected.
///
/// Parsers of domain values throw it; the layer that knows the file, line and field wraps it.
public struct InvalidValue: Error, Equatable, CustomStringConvertible {
    /// What was wrong and what is accepted, e.g. `month 13 is not between 01 and 12`.
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
