import Foundation

/// Reads a long-form CSV or TSV release: `#` note lines, a header naming the columns, then rows.
struct DelimitedReader: FactReader {
    let delimiter: UInt8

    /// Reads every row, its ordinary rows straight from their bytes (`IngestSink.fastRows`).
    func read(_ source: InputSource, into sink: IngestSink) throws {
        var derived = 0
        if let note = try read(source, fast: sink.fastRows, sink.take, derivedPassedOver: &derived) { sink.note(note) }
        if derived > 0 {
            sink.passOverDerived(derived)
            sink.warn("\(derived) derived figure(s) (source \"derived\") passed over: the warehouse derives its own")
        }
    }

    /// Reads every row, offering each first to `fast` as raw bytes and the rest to `body` as fields;
    /// returns the file's `#` note lines joined, if any. `fast(columns)` is asked once, with the
    /// header's columns, for a reader of rows that returns false for a row it leaves to `body`.
    /// Rows whose `source` column (a partitioned export's) says `derived` are counted in
    /// `derivedPassedOver`, not read: a figure derived by one warehouse is not a published one.
    func read(_ source: InputSource, fast: ([FactColumn?]) -> (RawRecord) throws -> Bool,
              _ body: (FieldRecord) throws -> Void, derivedPassedOver: inout Int) throws -> String? {
        var parser = DelimitedParser(delimiter: delimiter)
        var notes: [String] = []
        var columns: [FactColumn?]?
        var header: [String] = []
        var fastRow: ((RawRecord) throws -> Bool)?
        let file = source.path
        var folderPeriod = Self.partitionPeriod(of: file)
        var sourceField: Int?
        var derived = 0
        func handle(_ event: RawDelimitedEvent) throws {
            switch event {
            case .comment(_, let text):
                notes.append(text.trimmingCharacters(in: .whitespaces))
            case .record(let record):
                if let columns {
                    if try fastRow?(record) == true { return }
                    let fields = try record.decoded()
                    if let sourceField, sourceField < fields.fields.count {
                        let value = fields.fields[sourceField]
                        if value == Self.derivedSource { derived += 1; return }
                        guard value == "reported" || value.isEmpty else {
                            throw IngestError.atLine(file: file, line: fields.line,
                                                     message: "field \"source\": \"\(value)\" is not reported or derived")
                        }
                    }
                    try body(try Self.fieldRecord(fields, columns: columns, period: folderPeriod))
                } else {
                    let names = try record.decoded()
                    let mapped = try Self.mapHeader(names, file: file, periodFromFolder: folderPeriod != nil)
                    (columns, header) = (mapped, names.fields)
                    // A partition's rows take their period from the folder: as text, past the fast path.
                    if mapped.contains(.period) { folderPeriod = nil }
                    sourceField = names.fields.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == "source" }
                    fastRow = folderPeriod == nil && sourceField == nil ? fast(mapped) : nil
                }
            }
        }
        var bytesBeforeHeader = 0
        do {
            try source.forEachChunk { chunk in
                if columns == nil {
                    // A header is a line of column names; megabytes without one are not a release file,
                    // and parsing them as one line took minutes and gigabytes to say so.
                    bytesBeforeHeader += chunk.count
                    if bytesBeforeHeader > Self.headerBytesLimit {
                        throw IngestError.malformed(file: file, message: "no header line in the first \(Self.headerBytesLimit >> 20) MB "
                            + "(a header names the columns on one line: period,flow,partner,commodity,value_usd)")
                    }
                }
                try parser.feedRaw(chunk, emit: handle)
            }
            try parser.finishRaw(emit: handle)
        } catch let error as DelimitedSyntaxError {
            // (A field is named by its column in the header, or by its place on a line past it.)
            let field = error.field.map { $0 < header.count ? "field \"\(header[$0])\": " : "field \($0 + 1): " } ?? ""
            throw IngestError.atLine(file: source.path, line: error.line, message: field + error.message)
        }
        if columns == nil { throw IngestError.empty(file: source.path) }
        derivedPassedOver = derived
        return notes.isEmpty ? nil : notes.joined(separator: "\n")
    }

    /// How far into a file its header (after any `#` note lines) may end.
    static let headerBytesLimit = 16 << 20

    /// The period of a Hive-style partition holding the file (`DIR/period=2024-01/facts.csv`, as
    /// `export facts --partitioned` writes), for a file without a period column; nil elsewhere.
    static func partitionPeriod(of path: String) -> String? {
        // (By hand: Foundation's path methods trap on some short paths, such as "-" for standard input.)
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 2 else { return nil }
        let folder = parts[parts.count - 2]
        guard folder.hasPrefix(partitionPrefix) else { return nil }
        let value = String(folder.dropFirst(partitionPrefix.count))
        return value.removingPercentEncoding ?? value
    }

    static let partitionPrefix = "period="

    /// The `source` of a figure one warehouse derived (`export facts --partitioned --all-periods`).
    static let derivedSource = "derived"

    private static func mapHeader(_ header: DelimitedRecord, file: String, periodFromFolder: Bool) throws -> [FactColumn?] {
        var seen = Set<FactColumn>()
        let columns = try header.fields.map { name -> FactColumn? in
            if FactColumn.informational.contains(name.trimmingCharacters(in: .whitespaces).lowercased()) { return nil }
            guard let column = FactColumn.named(name) else {
                throw IngestError.atLine(file: file, line: header.line, message:
                    "unknown column \"\(name)\"; the columns are \(FactColumn.allNames)")
            }
            guard seen.insert(column).inserted else {
                throw IngestError.atLine(file: file, line: header.line, message: "column \"\(name)\" appears twice")
            }
            return column
        }
        let missing = FactColumn.required.filter { !seen.contains($0) && !($0 == .period && periodFromFolder) }
        if !missing.isEmpty {
            throw IngestError.atLine(file: file, line: header.line, message:
                "missing column(s) " + missing.map(\.rawValue).joined(separator: ", ")
                + " (a release file needs " + FactColumn.required.map(\.rawValue).joined(separator: ", ") + ")")
        }
        return columns
    }

    /// A row's fields by column; `period` (a partition's) when the file has no period column.
    private static func fieldRecord(_ record: DelimitedRecord, columns: [FactColumn?], period: String?) throws -> FieldRecord {
        guard record.fields.count == columns.count else {
            return FieldRecord(line: record.line, values: [:], problem: RowError(line: record.line, field: nil,
                message: "has \(record.fields.count) fields where the header has \(columns.count)"))
        }
        var values: [FactColumn: String] = [:]
        if let period { values[.period] = period }
        for (column, text) in zip(columns, record.fields) {
            if let column { values[column] = text }
        }
        return FieldRecord(line: record.line, values: values)
    }
}
