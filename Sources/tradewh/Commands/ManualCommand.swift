import ArgumentParser

struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print the manual page (roff), made from every command's --help.",
        discussion: """
            Install it where man looks, e.g. /usr/local/share/man/man1/tradewh.1 (see README, "Install").

            Examples:
              tradewh manual > tradewh.1
              tradewh manual | gzip > tradewh.1.gz
            """
    ).parsedFirst()

    func run() {
        print(ManualPage.roff(for: Tradewh.self, version: Tradewh.configuration.version), terminator: "")
    }
}
