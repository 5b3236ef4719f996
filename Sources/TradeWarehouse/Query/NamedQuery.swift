/// The analyses `tradewh query` runs, each a view defined in Migrations/.
public enum NamedQuery: String, CaseIterable, Sendable {
    /// Year-on-year change per figure (view `yoy`).
    case yoy
    /// Exports, imports, balance and turnover per period and partner (view `balance`).
    case balance
    /// Spans from January, with the same span a year earlier (view `ytd`).
    case ytd
    /// Change on the previous month, half-month or quarter (view `mom`).
    case mom
    /// A partner's share of the world figure, a commodity's of its partner's total (view `share`).
    case share
    /// The largest partners or commodities of a period, by value or by change (over view `yoy`).
    case top
    /// Consistency checks and revisions (view `reconcile`).
    case reconcile
}
