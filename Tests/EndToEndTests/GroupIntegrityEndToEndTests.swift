import Foundation
import Testing

/// A group is never counted twice, never takes a country's place, and has real dates (issue 24,
/// cases 4 and 5, and the group dates of case 12).
@Suite struct GroupIntegrityEndToEndTests {
    static let figures = """
        period,flow,partner,commodity,value_usd
        2024-01,export,CN,TOTAL,100
        2024-01,export,JP,TOTAL,50
        2024-01,import,CN,TOTAL,30
        2024-01,import,JP,TOTAL,20

        """

    func define(_ arguments: [String], in scratch: Scratch) throws -> CLI.Result {
        try CLI.run(["groups", "define"] + arguments + ["--db", "w.sqlite"], in: scratch.path)
    }

    func nea(_ scratch: Scratch) throws -> String {
        try CLI.run(["sql", "SELECT export_usd, import_usd, balance_usd FROM balance WHERE partner = 'NEA' AND period = '2024-01'",
                     "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout
    }

    func members(_ scratch: Scratch) throws -> String {
        try CLI.run(["groups", "list", "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout
            .split(separator: "\n").filter { $0.hasPrefix("NEA,") || $0.hasPrefix("group,") }.joined(separator: "\n")
    }

    @Test func redefiningAGroupAddsOrExtendsMembershipAndNeverCountsTwice() throws {
        let scratch = try Scratch()
        try scratch.write("east.csv", Self.figures)
        _ = try CLI.run(["ingest", "east.csv", "--db", "w.sqlite"], in: scratch.path)
        let first = try define(["NEA", "--name", "North-East Asia", "--members", "CN,JP", "--from", "2020-01-01"], in: scratch)
        #expect(first.stdout == "NEA: 2 member(s) from 2020-01-01\n")
        #expect(try nea(scratch) == "export_usd,import_usd,balance_usd\n150,50,100\n")
        let again = try define(["NEA", "--name", "North-East Asia", "--members", "CN,JP", "--from", "2021-01-01"], in: scratch)
        #expect(again.status == 0)
        #expect(try nea(scratch) == "export_usd,import_usd,balance_usd\n150,50,100\n")
        let all = try CLI.run(["sql", "SELECT flow, value_usd FROM all_facts WHERE partner = 'NEA' ORDER BY flow", "--db", "w.sqlite",
                               "--format", "csv"], in: scratch.path)
        #expect(all.stdout == "flow,value_usd\nexport,150\nimport,50\n")
        // An interval just before the first one extends it; one restating the first's start sets its end.
        _ = try define(["NEA", "--name", "North-East Asia", "--members", "CN", "--from", "2019-01-01", "--to", "2019-12-31"], in: scratch)
        _ = try define(["NEA", "--name", "North-East Asia", "--members", "JP", "--from", "2020-01-01", "--to", "2023-12-31"], in: scratch)
        #expect(try members(scratch) == """
            group,name_en,member,member_name,valid_from,valid_to
            NEA,North-East Asia,CN,China,2019-01-01,
            NEA,North-East Asia,JP,Japan,2020-01-01,2023-12-31
            """)
        #expect(try nea(scratch) == "export_usd,import_usd,balance_usd\n100,30,70\n")
    }

    @Test(arguments: [
        (["CHINA", "--name", "Greater East", "--members", "JP,KR"],
         "tradewh: CHINA: the group's code already names CN (Trung Quốc / China), and rows naming it must keep meaning that; choose another code\n"),
        (["CHN2", "--name", "China", "--members", "JP,KR"],
         "tradewh: --name China: already names CN (Trung Quốc / China), and rows naming it must keep meaning that; choose another name\n"),
        (["CHN2", "--name", "East", "--name-vi", "Trung Quoc", "--members", "JP,KR"],
         "tradewh: --name-vi Trung Quoc: already names CN (Trung Quốc / China), and rows naming it must keep meaning that; choose another name\n"),
        (["WORLD2", "--name", "thế giới", "--members", "JP,KR"],
         "tradewh: --name thế giới: already names WORLD (Thế giới / World), and rows naming it must keep meaning that; choose another name\n"),
    ])
    func aGroupCannotTakeACountrysCodeOrName(arguments: [String], message: String) throws {
        let scratch = try Scratch()
        let refused = try define(arguments, in: scratch)
        #expect(refused.status == 1)
        #expect(refused.stderr == message)
        try scratch.write("china.csv", "period,flow,partner,commodity,value_usd\n2024-01,export,China,TOTAL,100\n")
        _ = try CLI.run(["ingest", "china.csv", "--db", "w.sqlite"], in: scratch.path)
        let stored = try CLI.run(["sql", "SELECT partner, value_usd FROM facts", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(stored.stdout == "partner,value_usd\nCN,100\n")
        #expect(try CLI.run(["sql", "SELECT count(*) AS n FROM partner WHERE kind = 'group' AND code NOT IN ('EU', 'ASEAN', 'ASIA', 'EUROPE', 'AMERICAS', 'AFRICA', 'OCEANIA')",
                             "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout.hasSuffix("\n0\n"))
    }

    @Test(arguments: [
        (["--from", "2024-99-99"], "Error: --from 2024-99-99: month 99 is not between 01 and 12\n"),
        (["--from", "2023-02-29"], "Error: --from 2023-02-29: February 2023 has 28 days\n"),
        (["--from", "2024-1-011"], "Error: --from 2024-1-011 is not a date YYYY-MM-DD, e.g. 2024-01-31\n"),
        (["--from", "2024-01-01", "--to", "2023-12-31"], "Error: --to 2023-12-31 is before --from 2024-01-01\n"),
        (["--to", "2024-04-31"], "Error: --to 2024-04-31: April 2024 has 30 days\n"),
    ])
    func groupDatesAreRealDates(dates: [String], message: String) throws {
        let scratch = try Scratch()
        let refused = try define(["NEA", "--name", "North-East Asia", "--members", "CN,JP"] + dates, in: scratch)
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix(message))
        #expect(try members(scratch) == "group,name_en,member,member_name,valid_from,valid_to")
    }
}
