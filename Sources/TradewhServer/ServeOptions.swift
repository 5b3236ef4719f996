/// What `tradewh-serve` is started with: `--db PATH --host ADDRESS --port N [--timeout SECONDS]`
/// (`tradewh serve` checks its options and passes them on as these).
public struct ServeOptions: Sendable, Equatable {
    public var databasePath: String
    public var host = "127.0.0.1"
    /// 0: any free port (the address the server prints says which).
    public var port = 8080
    /// Seconds any one request's SQL may run.
    public var timeout = 5.0

    public init(databasePath: String) {
        self.databasePath = databasePath
    }

    /// The options `arguments` (without the program's name) give; `--db` is required.
    public static func parse(_ arguments: [String]) throws -> ServeOptions {
        var values: [String: String] = [:]
        var rest = arguments[...]
        while let name = rest.popFirst() {
            guard ["--db", "--host", "--port", "--timeout"].contains(name) else { throw ServeError.usage("unknown option \(name)") }
            guard let value = rest.popFirst() else { throw ServeError.usage("\(name) needs a value") }
            values[name] = value
        }
        guard let path = values["--db"] else { throw ServeError.usage("--db PATH is required") }
        var options = ServeOptions(databasePath: path)
        if let host = values["--host"] { options.host = host }
        if let port = values["--port"] {
            guard let number = Int(port), (0...65535).contains(number) else { throw ServeError.usage("--port \(port): not a port from 0 to 65535") }
            options.port = number
        }
        if let timeout = values["--timeout"] {
            guard let seconds = Double(timeout), seconds > 0, seconds <= 3600 else {
                throw ServeError.usage("--timeout \(timeout): not a number of seconds from 0 to 3600")
            }
            options.timeout = seconds
        }
        return options
    }
}
