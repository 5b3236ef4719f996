import Foundation
import TradewhServer

// tradewh-serve: what `tradewh serve` hands over to (see README, "Serve the warehouse in a browser").
// Exit status: 2 for wrong options, 1 when it cannot serve.
do {
    try await WebServer.run(try ServeOptions.parse(Array(CommandLine.arguments.dropFirst())))
} catch {
    FileHandle.standardError.write(Data("tradewh serve: \(error)\n".utf8))
    if case ServeError.usage = error { exit(2) }
    exit(1)
}
