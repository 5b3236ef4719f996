import Testing

/// The fixture of the HS-lines suites: a warehouse made from one long-form file, and `query`'s answers as CSV.
extension Scratch {
    /// A scratch folder whose `w.sqlite` holds `file` (long-form lines), ingested as `lines.csv`.
    static func warehouse(ingesting file: String) throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("lines.csv", file)
        #expect(try CLI.run(["ingest", "lines.csv", "--db", "w.sqlite"], in: scratch.path).status == 0)
        return scratch
    }

    /// `tradewh query ARGUMENTS` on `w.sqlite` in CSV; a failure is recorded with its standard error.
    func queryCSV(_ arguments: [String]) throws -> String {
        let result = try CLI.run(["query"] + arguments + ["--db", "w.sqlite", "--format", "csv"], in: path)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }
}
