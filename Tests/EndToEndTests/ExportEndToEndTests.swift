import Foundation
import Testing

/// `export facts` writes what `ingest` reads: a round trip gives the same figures.
@Suite struct ExportEndToEndTests {
    static let factsColumns = "SELECT period, flow, partner, commodity, sector, value_usd, quantity, unit, qualifier, estimated, "
        + "yoy_pct_reported FROM facts ORDER BY period, flow, partner, commodity, sector"

    @Test(arguments: ["csv", "tsv", "json", "ndjson"])
    func exportThenIngestGivesTheSameFacts(format: String) throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples, samples + "/bulletins", "--db", "a.sqlite"], in: scratch.path)
        let export = try CLI.run(["export", "facts", "--format", format, "--out", "all.\(format)", "--db", "a.sqlite"],
                                 in: scratch.path)
        #expect(export.status == 0)
        #expect(export.stderr == "all.\(format): 35 figure(s)\n")
        let ingest = try CLI.run(["ingest", "all.\(format)", "--db", "b.sqlite"], in: scratch.path)
        #expect(ingest.stdout == "all.\(format): release 1, 35 rows added, 0 superseded\n")
        let original = try CLI.run(["sql", Self.factsColumns, "--db", "a.sqlite", "--format", "csv"], in: scratch.path)
        let copy = try CLI.run(["sql", Self.factsColumns, "--db", "b.sqlite", "--format", "csv"], in: scratch.path)
        #expect(copy.stdout == original.stdout)
        #expect(original.stdout.split(separator: "\n").count == 36)
    }

    @Test func filtersNarrowTheExport() throws {
        let scratch = try Scratch()
        _ = try CLI.run(["ingest", samples, "--db", "a.sqlite"], in: scratch.path)
        let us = try CLI.run(["export", "facts", "--period", "2024-01", "--partner", "Hoa Kỳ", "--flow", "export",
                              "--db", "a.sqlite", "--format", "csv"], in: scratch.path)
        #expect(us.stdout == """
            period,flow,partner,partner_name,commodity,commodity_name,sector,value_usd,quantity,unit,qualifier,estimated,yoy_pct
            2024-01,export,US,United States,COMPUTERS,"Computers, electronic products and parts",ALL,1790000000,,,exact,false,73.3
            2024-01,export,US,United States,PHONES,Telephones of all kinds and parts,ALL,1390000000,,,exact,false,112.0
            2024-01,export,US,United States,TEXTILES,Textiles and garments,ALL,1320000000,,,exact,false,33.5
            2024-01,export,US,United States,TOTAL,All goods,ALL,9600000000,,,approx,true,55.8

            """)
    }
}
