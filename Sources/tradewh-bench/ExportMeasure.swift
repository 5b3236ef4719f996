import Foundation

/// `tradewh export facts --format csv --out FILE` on the codes database, against the sqlite3 CLI
/// writing the same statement's rows as CSV (`sqlite3 -csv -header DB "SELECT …" > FILE`), each a
/// whole process; the two files are then compared figure by figure (`ExportCheck`).
struct ExportMeasure {
    let tradewh: Sample
    /// sqlite3's runs; nil when sqlite3 is not on PATH.
    let sqlite3: Sample?
    /// Whether the two files hold the same figures; nil without sqlite3.
    let agreement: FigureCheck.Outcome?
    /// The rows (figures) of tradewh's export, its header not counted.
    let rows: Int

    /// The statement `tradewh export facts` runs without filters, English names (`FactExport.withRows`
    /// in the library): every current figure of view `facts`, with its partner's and commodity's
    /// names, in period order. sqlite3 is given it as it stands; a user after the same file would write it.
    static let referenceSQL = """
        SELECT f.period, f.flow, f.partner, pa.name_en AS partner_name, f.commodity, c.name_en AS commodity_name, \
        f.sector, f.value_usd, f.quantity, f.unit, f.qualifier, \
        CASE f.estimated WHEN 1 THEN 'true' ELSE 'false' END AS estimated, f.yoy_pct_reported AS yoy_pct \
        FROM facts f JOIN partner pa ON pa.code = f.partner JOIN commodity c ON c.code = f.commodity \
        JOIN period p ON p.code = f.period \
        ORDER BY p.last_half, p.first_half DESC, f.flow, f.partner, f.commodity, f.sector
        """

    /// Times the two in turn, one run of each per round after an untimed round (so both read a
    /// database in the page cache), then compares the last round's files; they are removed after
    /// unless `keep`.
    static func take(tradewh: String, sqlite3: String?, database: String, folder: WorkFolder, runner: Runner,
                     runs: Int, keep: Bool) throws -> ExportMeasure {
        let ours = folder.logs + "/tradewh-facts.csv", theirs = folder.logs + "/sqlite3-facts.csv"
        var commands = [TimedCommand(label: "export facts", prepare: {}, executable: tradewh,
                                     arguments: ["export", "facts", "--format", "csv", "--out", ours, "--db", database, "--quiet"])]
        if let sqlite3 {
            commands.append(TimedCommand(label: "sqlite3 -csv", prepare: {}, executable: sqlite3,
                                         arguments: ["-csv", "-header", database, referenceSQL], stdout: theirs))
        }
        for command in commands { try runner.run(command.executable, command.arguments, stdout: command.stdout) }
        let samples = try runner.samples(interleaving: commands, runs: runs)
        defer { if !keep { [ours, theirs].forEach { try? FileManager.default.removeItem(atPath: $0) } } }
        let agreement = try sqlite3.map { _ in try ExportCheck.compare(tradewh: ours, sqlite3: theirs) }
        return ExportMeasure(tradewh: samples[0], sqlite3: sqlite3 == nil ? nil : samples[1], agreement: agreement,
                             rows: max(0, try runner.lineCount(of: ours) - 1))
    }
}
