import Foundation

/// Whether `tradewh export facts` and sqlite3's CSV of the same statement hold the same figures:
/// the same header and the same rows in the same order, field by field.
///
/// The two CSV writers differ in form only, and the check allows exactly those differences:
/// sqlite3 quotes every field with a space or a non-ASCII byte (tradewh only those that need it),
/// so fields are compared unquoted; sqlite3 writes a real with 15 significant digits (tradewh the
/// shortest form that reads back as the same number), so two reals are equal when they agree to 15
/// digits; and tradewh puts `'` before text a spreadsheet would read as a formula. Both files are
/// read a line at a time, so a check of 10,000,000 rows holds two lines.
struct ExportCheck {
    /// Compares tradewh's export with sqlite3's.
    static func compare(tradewh: String, sqlite3: String) throws -> FigureCheck.Outcome {
        let ours = try LineReader(path: tradewh), theirs = try LineReader(path: sqlite3)
        var left = CSVRow(), right = CSVRow()
        var line = 0
        while true {
            let hasOurs = ours.next(into: &left), hasTheirs = theirs.next(into: &right)
            guard hasOurs || hasTheirs else { return .identical(rows: max(0, line - 1)) }
            line += 1
            guard hasOurs && hasTheirs else {
                let (short, long) = hasOurs ? ("sqlite3", "tradewh") : ("tradewh", "sqlite3")
                return .differs("\(short)'s file ends after line \(Format.grouped(line - 1)), \(long)'s goes on")
            }
            if let difference = differs(left, right) {
                return .differs("line \(Format.grouped(line)), \(difference): tradewh `\(left.text)`, sqlite3 `\(right.text)`")
            }
        }
    }

    /// Why two rows differ, or nil when they hold the same figures.
    static func differs(_ ours: CSVRow, _ theirs: CSVRow) -> String? {
        guard ours.count == theirs.count else { return "\(ours.count) fields against \(theirs.count)" }
        for index in 0..<ours.count where !sameField(ours.field(index), theirs.field(index)) {
            return "field \(index + 1)"
        }
        return nil
    }

    /// The same text, the same number written two ways, or tradewh's formula guard before the text.
    static func sameField(_ ours: ArraySlice<UInt8>, _ theirs: ArraySlice<UInt8>) -> Bool {
        if ours.elementsEqual(theirs) { return true }
        if ours.first == UInt8(ascii: "'"), let first = theirs.first, formulaStarts.contains(first),
           ours.dropFirst().elementsEqual(theirs) { return true }
        guard let left = Double(String(decoding: ours, as: UTF8.self)),
              let right = Double(String(decoding: theirs, as: UTF8.self)) else { return false }
        return String(format: "%.15g", left) == String(format: "%.15g", right)
    }

    /// The first bytes after which tradewh writes `'` (unless `--raw`).
    private static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"),
                                                    UInt8(ascii: "@"), 9, 13]
}
