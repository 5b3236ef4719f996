/// Why `tradewh-serve` does not start.
public enum ServeError: Error, CustomStringConvertible, Equatable {
    /// Its options are wrong.
    case usage(String)
    /// There is no warehouse at the path given.
    case noWarehouse(path: String)

    public var description: String {
        switch self {
        case .usage(let message): "\(message) (usage: tradewh-serve --db PATH [--host 127.0.0.1] [--port 8080] [--timeout 5])"
        case .noWarehouse(let path):
            "\(path): no warehouse here; load one first (tradewh ingest FILES --db \(path)), then serve it"
        }
    }
}
