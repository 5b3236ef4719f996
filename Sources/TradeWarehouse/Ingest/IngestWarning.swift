/// What a file's ingest passed over or was unsure of, said without stopping it; its message names
/// the values it is about (`UserValue`) through a front end's naming, as `UserFacingError` does.
///
///     let warning: IngestWarning = "no day stored; give it as \(value: .published)"
///     warning.description                          // "no day stored; give it as the publication day"
///     warning.message(naming: { _ in "--published" })   // "no day stored; give it as --published"
public struct IngestWarning: Equatable, Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// A piece of the message: words, or a value named by the front end.
    enum Piece: Equatable, Sendable {
        case words(String)
        case value(UserValue)
    }

    let pieces: [Piece]

    /// A warning of words alone.
    public init(_ words: String) {
        pieces = [.words(words)]
    }

    public init(stringLiteral words: String) {
        self.init(words)
    }

    public init(stringInterpolation: Interpolation) {
        pieces = stringInterpolation.pieces
    }

    /// The message, each value spelled by `naming`.
    public func message(naming: (UserValue) -> String) -> String {
        pieces.map { piece in
            switch piece {
            case .words(let words): return words
            case .value(let value): return naming(value)
            }
        }.joined()
    }

    /// The message, each value named by its phrase (`the publication day`).
    public var description: String { message(naming: \.phrase) }

    /// Words and values, as a string literal interpolates them: `\(value: .published)` for a value.
    public struct Interpolation: StringInterpolationProtocol {
        var pieces: [Piece] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            pieces.append(.words(literal))
        }

        public mutating func appendInterpolation<T>(_ value: T) {
            pieces.append(.words(String(describing: value)))
        }

        /// A value the user gives, which the front end names.
        public mutating func appendInterpolation(value: UserValue) {
            pieces.append(.value(value))
        }
    }
}
