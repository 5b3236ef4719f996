import Testing

/// A mistyped command, option, partner, commodity or period names what was likely meant.
@Suite struct SuggestionEndToEndTests {
    /// The first line of what `arguments` print on standard error, and the exit status.
    func firstErrorLine(_ arguments: [String]) throws -> (status: Int32, line: String) {
        let scratch = try Scratch()
        let result = try CLI.run(arguments + ["--db", "w.sqlite"], in: scratch.path)
        return (result.status, String(result.stderr.prefix { $0 != "\n" }))
    }

    static let usageErrors: [([String], String)] = [
        (["qeury", "yoy"], "Error: Unknown command 'qeury'. Did you mean 'query'?"),
        (["export", "sumary", "--period", "2024-01"], "Error: Unknown command 'sumary'. Did you mean 'summary'?"),
        (["groups", "defne", "X"], "Error: Unknown command 'defne'. Did you mean 'define'?"),
        (["stats"], "Error: Unknown command 'stats'. The commands are: ingest, extract, query, export, sql, releases, "
            + "partners, commodities, groups, migrate, rebuild, manual, serve."),
        (["query", "yoy", "--perod", "2024-01"], "Error: Unknown option '--perod'. Did you mean '--period'?"),
        (["query", "yoy", "--period", "2024/01"], "Error: \"2024/01\" is not a period; did you mean 2024-01? expected "
            + "YYYY-MM (2024-01), YYYY-MM-H1 or -H2 (half-month), YYYY-MM..YYYY-MM (cumulative span), YYYY-Qn, YYYY"),
    ]

    @Test(arguments: usageErrors)
    func usageErrorsSuggest(arguments: [String], message: String) throws {
        let result = try firstErrorLine(arguments)
        #expect(result.status == 2)
        #expect(result.line == message)
    }

    @Test func unknownPartnersAndCommoditiesNameTheClosestCodes() throws {
        let partner = try firstErrorLine(["query", "yoy", "--partner", "chna"])
        #expect(partner.status == 1)
        #expect(partner.line == "tradewh: --partner: unknown partner \"chna\"; did you mean CN (Trung Quốc / China), "
            + "CA (Canada), CH (Thụy Sĩ / Switzerland)?")
        let commodity = try firstErrorLine(["export", "facts", "--commodity", "PHONSE"])
        #expect(commodity.status == 1)
        #expect(commodity.line == "tradewh: --commodity: unknown commodity \"PHONSE\"; did you mean PHONES "
            + "(Điện thoại các loại và linh kiện / Telephones of all kinds and parts)?")
    }

    @Test func helpForAMistypedCommandNamesTheClosest() throws {
        let result = try firstErrorLine(["help", "export", "sumary"])
        #expect(result.status == 2)
        #expect(result.line == "tradewh: Unknown command 'sumary'. Did you mean 'summary'?")
        let scratch = try Scratch()
        let known = try CLI.run(["help", "export", "summary"], in: scratch.path)
        #expect(known.status == 0)
        #expect(known.stdout.hasPrefix("OVERVIEW: A written summary of a period"))
    }

    @Test func aValueAfterAnOptionIsNotTakenForACommand() throws {
        let result = try firstErrorLine(["groups", "--format", "cvs"])
        #expect(result.status == 2)
        #expect(result.line == "Error: The value 'cvs' is invalid for '--format <format>'. Please provide one of the following:")
    }
}
