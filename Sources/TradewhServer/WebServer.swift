import Foundation
import Hummingbird
import Logging
import NIOPosix
import TradeWarehouse

/// `tradewh serve`: the warehouse as a local, read-only web app (see `Site` for its pages).
///
///     try await WebServer.run(ServeOptions(databasePath: "samples.sqlite"))
public enum WebServer {
    /// Opens the warehouse once (migrating it if an older tradewh made it, as every command does),
    /// then serves it until SIGINT or SIGTERM, printing `tradewh serve: http://HOST:PORT/` once the
    /// port is bound (with `--port 0`, the port the system chose).
    public static func run(_ options: ServeOptions) async throws {
        guard FileManager.default.fileExists(atPath: options.databasePath) else {
            throw ServeError.noWarehouse(path: options.databasePath)
        }
        // Before any connection opens: SQLite enforces the cap only when set first (see QueryLimits).
        QueryLimits.limitHeap()
        _ = try TradeStore.open(path: options.databasePath)
        // As many idle readers as NIO's pool has threads to run requests on.
        let readers = ReaderPool(path: options.databasePath, capacity: NIOThreadPool.singleton.numberOfThreads)
        let site = Site(readers: readers, timeout: options.timeout, renderer: try PageRenderer(),
                        cache: try AnswerCache(databasePath: options.databasePath))
        var logger = Logger(label: "tradewh-serve")
        logger.logLevel = .warning
        let app = Application(
            router: site.router(),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "tradewh"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                let host = options.host.contains(":") ? "[\(options.host)]" : options.host
                let line = "tradewh serve: http://\(host):\(port)/ (read-only: \(options.databasePath); Ctrl-C stops)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            },
            logger: logger
        )
        try await app.runService()
    }
}
