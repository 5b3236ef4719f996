import Testing

/// The README convention as `ReadmeTour` reads it: commands, shown output, elisions, files,
/// `export` lines, blocks not run, and the rewrite of update mode.
@Suite struct ReadmeTourTests {
    static let readme = """
        # Title

        ```sh
        $ tradewh ingest never-run.csv
        ```

        ```csv bad.csv
        period,flow
        ```

        ```
        $ export TRADEWH_DB=tour.sqlite   # the warehouse
        $ tradewh ingest bad.csv
        tradewh: bad.csv:2: field "flow": unknown
        tradewh: 1 of 1 file(s) not ingested

        $ tradewh releases
        id  path  format ...
        ...
        $ tradewh rebuild
        ```
        """

    @Test func stepsAreReadInOrder() throws {
        let tour = ReadmeTour(readme: Self.readme)
        #expect(tour.steps.count == 5)
        guard case .file(let name, let contents) = tour.steps[0], case .environment(let variable, let value) = tour.steps[1],
              case .command(let ingest) = tour.steps[2], case .command(let releases) = tour.steps[3],
              case .command(let rebuild) = tour.steps[4] else { Issue.record("steps: \(tour.steps)"); return }
        #expect(name == "bad.csv" && contents == "period,flow\n")
        #expect(variable == "TRADEWH_DB" && value == "tour.sqlite")
        #expect(ingest.text == "tradewh ingest bad.csv" && ingest.line == 12 && ingest.showsError)
        #expect(ingest.shown == ["tradewh: bad.csv:2: field \"flow\": unknown", "tradewh: 1 of 1 file(s) not ingested"])
        #expect(releases.shown == ["id  path  format ...", "..."] && !releases.showsError)
        #expect(rebuild.shown.isEmpty)
    }

    @Test func elisionsMatchPrefixesAndTheRest() throws {
        let tour = ReadmeTour(readme: Self.readme)
        guard case .command(let releases) = tour.steps[3], case .command(let rebuild) = tour.steps[4] else { return }
        #expect(releases.matches(["id  path  format  row_count", "1  a.csv", "2  b.csv"]))
        #expect(releases.matches(["id  path  format"]))
        #expect(!releases.matches(["id  path  size"]))
        #expect(!releases.matches([]))
        #expect(rebuild.matches([]))
        #expect(!rebuild.matches(["tour.sqlite: figure rebuilt"]))
    }

    @Test func updateModeRewritesOutputsKeepingElisions() throws {
        let tour = ReadmeTour(readme: Self.readme)
        let rewritten = tour.rewritten(with: [
            12: ["tradewh: bad.csv:2: field \"flow\": \"x\" is not a flow"],
            16: ["id  path    format  row_count", "1  a.csv   csv     1", "2  b.csv   csv     2"],
            19: ["tour.sqlite: figure rebuilt from fact: 0 figure(s)"],
        ])
        #expect(rewritten.hasSuffix("""
            $ tradewh ingest bad.csv
            tradewh: bad.csv:2: field "flow": "x" is not a flow

            $ tradewh releases
            id  path    form ...
            ...
            $ tradewh rebuild
            tour.sqlite: figure rebuilt from fact: 0 figure(s)
            ```
            """))
        #expect(ReadmeTour(readme: rewritten).steps.count == 5)
    }
}
