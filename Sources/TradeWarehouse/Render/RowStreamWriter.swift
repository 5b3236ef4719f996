/// Writes rows in a machine format — CSV, TSV, JSON or NDJSON — as they come, holding none of them:
/// a query of 263,000 rows prints without first becoming a `ResultTable` (collecting and then
/// rendering them took 1.3 s of such a query's 3.6 s). `TableRenderer.render` uses it too, so a
/// streamed result and a collected one are the same bytes.
///
/// Integers are written plainly and reals in Swift's shortest round-trip form, so no figure is
/// rounded; text is escaped as each format needs (see `OutputFormat`).
public final class RowStreamWriter {
    private let format: OutputFormat
    /// The column names, escaped for the format: the header fields, or each JSON key with its `:`.
    private let names: [[UInt8]]
    private let output: (UnsafeRawBufferPointer) -> Void
    private var buffer = ByteBuffer(capacity: chunkSize + 4096)
    private var rowsWritten = 0
    /// Whether text cells that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, CR
    /// first) get a `'` before them, as `TableRenderer.guardingFormulas` does for whole tables.
    public var guardsFormulas = false
    /// Rows written so far.
    public var rowCount: Int { rowsWritten }
    /// Bytes gathered before they are handed to `output`.
    private static let chunkSize = 1 << 16

    /// Whether `format` can be written a row at a time (the reading formats measure every row first).
    public static func streams(_ format: OutputFormat) -> Bool {
        switch format {
        case .csv, .tsv, .json, .ndjson: true
        case .table, .markdown, .xlsx: false
        }
    }

    /// A writer of rows with `columns` in `format` (one that `streams`), handing its bytes to `output`
    /// in chunks; the header, if the format has one, is written at once.
    public init(format: OutputFormat, columns: [String], output: @escaping (UnsafeRawBufferPointer) -> Void) {
        precondition(Self.streams(format), "\(format) is rendered from whole tables")
        self.format = format
        self.output = output
        names = columns.map { column in
            var bytes = ByteBuffer(capacity: column.utf8.count + 8)
            defer { bytes.free() }
            Array(column.utf8).withUnsafeBufferPointer { Self.appendText($0, format: format, to: &bytes) }
            if format == .json || format == .ndjson { bytes.append(UInt8(ascii: ":")) }
            return Array(bytes.bytes)
        }
        if (format == .csv || format == .tsv) && !names.isEmpty { appendHeader() }
    }

    deinit {
        buffer.free()
    }

    /// Writes one row (it has one cell per column).
    public func write(_ row: some ResultRow) {
        // One access to the buffer per row, not per cell: each access to a stored property pays
        // Swift's exclusivity check (a tenth of a 263,000-row listing's time).
        Self.append(row, rowsBefore: rowsWritten, names: names, format: format, guards: guardsFormulas, to: &buffer)
        rowsWritten += 1
        if buffer.count >= Self.chunkSize { flush() }
    }

    /// Writes every row `statement` returns, as SQLite steps it. (Here rather than in a caller's
    /// loop, so that the compiler writes `write` for SQLite's rows: through the generic
    /// `ResultRow`, a 263,000-row listing took a quarter longer.)
    public func writeRows(of statement: Statement) throws {
        try statement.forEachRow { write($0) }
    }

    /// Ends the output (JSON's closing bracket, or `[]` for no rows) and hands over what is left.
    public func finish() {
        if format == .json { buffer += rowsWritten == 0 ? Array("[]\n".utf8) : Array("\n]\n".utf8) }
        flush()
    }

    private func flush() {
        guard buffer.count > 0 else { return }
        output(buffer.bytes)
        buffer.removeAll()
    }

    private func appendHeader() {
        for (index, name) in names.enumerated() {
            if index > 0 { buffer.append(format == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t")) }
            buffer += name
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    private static func append(_ row: some ResultRow, rowsBefore: Int, names: [[UInt8]], format: OutputFormat,
                               guards: Bool = false, to bytes: inout ByteBuffer) {
        switch format {
        case .csv, .tsv:
            guard !names.isEmpty else { return }
            let separator = format == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t")
            for index in 0..<row.count {
                if index > 0 { bytes.append(separator) }
                appendCell(row, index, format: format, guards: guards, to: &bytes)
            }
            bytes.append(UInt8(ascii: "\n"))
        case .json:
            bytes += rowsBefore == 0 ? Array("[\n".utf8) : Array(",\n".utf8)
            appendObject(row, names: names, to: &bytes)
        case .ndjson:
            appendObject(row, names: names, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        case .table, .markdown, .xlsx:
            preconditionFailure("not a streamed format")
        }
    }

    /// One row as a compact JSON object, keys in column order.
    private static func appendObject(_ row: some ResultRow, names: [[UInt8]], to bytes: inout ByteBuffer) {
        bytes.append(UInt8(ascii: "{"))
        for index in 0..<min(row.count, names.count) {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += names[index]
            appendCell(row, index, format: .json, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    private static func appendCell(_ row: some ResultRow, _ index: Int, format: OutputFormat, guards: Bool = false,
                                   to bytes: inout ByteBuffer) {
        row.withCell(index) { cell in
            let json = format == .json || format == .ndjson
            switch cell {
            case .null: if json { bytes += "null".utf8 }
            case .integer(let value): appendInteger(value, to: &bytes)
            case .bool(let flag): bytes += (flag ? "true" : "false").utf8
            case .real(let value): bytes += json && !value.isFinite ? "null".utf8 : value.description.utf8
            case .text(let text) where guards && text.first.map(formulaStartBytes.contains) == true:
                ([UInt8(ascii: "'")] + Array(text)).withUnsafeBufferPointer { appendText($0, format: format, to: &bytes) }
            case .text(let text): appendText(text, format: format, to: &bytes)
            }
        }
    }

    /// First bytes that make a spreadsheet read a cell as a formula (see `TableRenderer.formulaStarts`).
    private static let formulaStartBytes: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"),
                                                        UInt8(ascii: "@"), 9, 13]

    /// Decimal digits of `value`, with `-` when negative, two at a time.
    static func appendInteger(_ value: Int64, to bytes: inout ByteBuffer) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for a UInt64's 20 digits
        withUnsafeMutableBytes(of: &scratch) { digits in
            var start = digits.count
            while magnitude >= 100 {
                let pair = UInt8(magnitude % 100)
                magnitude /= 100
                start -= 2
                digits[start] = UInt8(ascii: "0") + pair / 10
                digits[start + 1] = UInt8(ascii: "0") + pair % 10
            }
            if magnitude >= 10 {
                start -= 2
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude / 10)
                digits[start + 1] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            } else {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude)
            }
            bytes += UnsafeRawBufferPointer(rebasing: digits[start...])
        }
    }

    /// A text cell as `format` writes it. Bytes that are not UTF-8 are first replaced by U+FFFD, as
    /// `String` does, so that every output is valid UTF-8.
    static func appendText(_ text: UnsafeBufferPointer<UInt8>, format: OutputFormat, to bytes: inout ByteBuffer) {
        var plain = true, ascii = true
        for byte in text {
            if byte >= 0x80 { ascii = false } else if byte < 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
                                                    || byte == UInt8(ascii: "\\") { plain = false }
        }
        if !ascii && String(validating: text, as: UTF8.self) == nil {
            var repaired = String(decoding: text, as: UTF8.self)
            return repaired.withUTF8 { appendText($0, format: format, to: &bytes) }
        }
        switch format {
        case .csv: if plain && !text.isEmpty { bytes += text } else { appendCSV(text, to: &bytes) }
        case .tsv: if plain { bytes += text } else { appendTSV(text, to: &bytes) }
        case .json, .ndjson: appendJSONString(text, plain: plain, to: &bytes)
        case .table, .markdown, .xlsx: bytes += text
        }
    }

    /// RFC 4180 quoting: a field holding `,`, `"`, CR or LF is quoted with its quotes doubled; an
    /// empty string is `""` so it differs from NULL.
    static func appendCSV(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout ByteBuffer) {
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 13 || $0 == 10 }
        guard text.isEmpty || text.contains(where: special) else { return bytes += text }
        bytes.append(UInt8(ascii: "\""))
        for byte in text {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Backslash escapes for tab, LF, CR and backslash, as PostgreSQL and MySQL write TSV.
    static func appendTSV(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout ByteBuffer) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 9: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 10: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 13: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            default: bytes.append(byte)
            }
        }
    }

    /// A JSON string literal (RFC 8259): non-ASCII kept as UTF-8, control characters escaped;
    /// `plain` when the text has none of them, nor quotes or backslashes.
    static func appendJSONString(_ text: UnsafeBufferPointer<UInt8>, plain: Bool, to bytes: inout ByteBuffer) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        if plain { return bytes += text }
        for byte in text {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 10: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 13: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 9: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 8: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 12: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20: bytes += Array(TableRenderer.unicodeEscape(Unicode.Scalar(byte)).utf8)
            default: bytes.append(byte)
            }
        }
    }
}
