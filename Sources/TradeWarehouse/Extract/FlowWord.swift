/// A flow as bulletins word it; surplus and deficit are balances with a sign.
enum FlowWord: Equatable, Sendable {
    case export, `import`, turnover, surplus, deficit, balance

    var flow: Flow {
        switch self {
        case .export: return .export
        case .import: return .import
        case .turnover: return .turnover
        case .surplus, .deficit, .balance: return .balance
        }
    }

}
