import Testing

/// A subcommand reads its own options first (`SubcommandFirst`); what it refuses is read again from
/// the root, so that usage errors name the whole command, as ArgumentParser words them.
@Suite struct SubcommandFirstEndToEndTests {
    static let cases: [(arguments: [String], stderr: String)] = [
        (["query", "yoy", "--colour"], """
            Error: Unknown option '--colour'
            Usage: tradewh query [<options>] <name>
              See 'tradewh query --help' for more information.

            """),
        (["query", "yoy", "--period", "2024-13"], """
            Error: month 13 in "2024-13" is not between 01 and 12
            Usage: tradewh query [<options>] <name>
              See 'tradewh query --help' for more information.

            """),
        (["export", "facts", "--bogus"], """
            Error: Unknown option '--bogus'. Did you mean '--out'?
            Usage: tradewh export facts <options>
              See 'tradewh export facts --help' for more information.

            """),
        (["query"], """
            Error: Missing expected argument '<name>'
            Help:  <name>  The analysis to run (each is described above).
            Usage: tradewh query [<options>] <name>
              See 'tradewh query --help' for more information.

            """),
        (["releases", "extra"], """
            Error: Unexpected argument 'extra'
            Usage: tradewh releases [--db <path>] [--format <format>] [--verbose]
              See 'tradewh releases --help' for more information.

            """),
    ]

    @Test(arguments: 0..<cases.count)
    func usageErrorsNameTheWholeCommand(index: Int) throws {
        let scratch = try Scratch()
        let (arguments, stderr) = Self.cases[index]
        let result = try CLI.run(arguments + ["--db", "w.sqlite"], in: scratch.path)
        #expect(result.status == 2)
        #expect(result.stderr == stderr)
        #expect(result.stdout.isEmpty)
    }

    @Test func helpAfterASubcommandIsTheSubcommandsHelp() throws {
        let scratch = try Scratch()
        let help = try CLI.run(["query", "yoy", "--help"], in: scratch.path)
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: Run a named analysis: yoy, balance, ytd, mom, share, top or\nreconcile.\n"))
        #expect(help.stdout.contains("\nUSAGE: tradewh query [<options>] <name>\n"))
    }
}
