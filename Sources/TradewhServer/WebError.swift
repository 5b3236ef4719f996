import TradeWarehouse

/// What the web app itself refuses: an address with no page, or a value of a form it cannot use.
enum WebError: UserFacingError, Equatable {
    /// No page at this address (an unknown route, partner, commodity or release).
    case notFound(String)
    /// A form field whose value cannot be used, and why.
    case badField(String, message: String)

    var description: String { message(naming: \.phrase) }

    func message(naming name: (UserValue) -> String) -> String {
        switch self {
        case .notFound(let what): "not found: \(what)"
        case .badField(let field, let message): "\(field): \(message)"
        }
    }
}
