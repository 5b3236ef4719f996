import ArgumentParser
import Foundation
import TradeWarehouse

/// `tradewh serve`: checks its options, then hands the process over (`execv`) to `tradewh-serve`,
/// the web app's own executable beside `tradewh`. The CLI does not link the web server (SwiftNIO,
/// Hummingbird), so that its start-up stays as it was: `tradewh --version`, release build, 500 runs
/// each (hyperfine, shared 2-core machine), 15.0 ± 3.5 ms before this command and 19.8 ± 10.0 ms
/// after, then 22.5 ± 9.3 and 23.4 ± 9.7 ms the other way round, 8.3–9.1 ms of CPU in all four:
/// within the noise. A clean debug build: 2 min 43 s before the web app, 8 min 17 s with it.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the warehouse as a read-only web app, in Vietnamese and English.",
        discussion: """
            Pages: an overview of the latest month, every analysis of query with its filters as a form, \
            partners, commodities, releases and read-only SQL; each table downloads as CSV, JSON or XLSX, \
            and /api/... answers the same queries in JSON (see README). It listens on loopback unless \
            --host says otherwise, and stops on Ctrl-C. Needs tradewh-serve in the same folder as tradewh.

            Examples:
              tradewh serve
              tradewh serve --port 0 --timeout 10
            """
    ).parsedFirst()

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The address to listen on (default: loopback only).", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on (0: any free port, printed at start).", valueName: "port"))
    var port = 8080

    @Option(help: ArgumentHelp("Seconds the SQL of one request may run before it is stopped.", valueName: "seconds"))
    var timeout = 5.0

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not a port from 0 to 65535") }
        guard timeout > 0, timeout <= 3600 else { throw ValidationError("--timeout \(timeout) is not from 0 to 3600 seconds") }
    }

    func run() throws {
        let server = Self.serverPath()
        guard access(server, X_OK) == 0 else {
            throw CommandFailure(message: "\(server): not found; tradewh serve runs tradewh-serve, built beside tradewh "
                                     + "(swift build -c release --product tradewh-serve)")
        }
        let arguments = [server, "--db", database.path, "--host", host, "--port", String(port), "--timeout", String(timeout)]
        var pointers = arguments.map { strdup($0) } + [nil]
        execv(server, &pointers)
        throw CommandFailure(message: "\(server): cannot start: \(String(cString: strerror(errno)))")
    }

    /// `tradewh-serve` in the folder of the running `tradewh` (its real path, links resolved).
    static func serverPath() -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("tradewh-serve").path
    }
}
