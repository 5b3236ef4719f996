/// The names closest to a mistyped one, for "did you mean" messages.
///
///     ClosestNames.to("qeury", among: ["ingest", "query", "sql"])   // ["query"]
public enum ClosestNames {
    /// Up to `limit` of `names` within a few edits of `text` (case ignored), closest first.
    public static func to(_ text: String, among names: [String], limit: Int = 3) -> [String] {
        let key = text.lowercased()
        return names.map { (distance: EditDistance.between(key, $0.lowercased()), name: $0) }
            .filter { isClose($0.distance, to: key) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(limit).map(\.name)
    }

    /// Whether `distance` edits is close enough to `key` to suggest: 2, or a third of a long key.
    static func isClose(_ distance: Int, to key: String) -> Bool {
        distance <= max(2, key.count / 3)
    }
}
