/// One record of a CSV/TSV file: its fields and the line it starts on (1-based).
struct DelimitedRecord: Equatable {
    let line: Int
    let fields: [String]
}

/// Bytes that are not valid CSV/TSV, at a line.
struct DelimitedSyntaxError: Error, Equatable {
    let line: Int
    let message: String
}

/// What a CSV/TSV file holds, piece by piece, as the parser finds it.
enum DelimitedEvent: Equatable {
    /// A `#` line before the header: the file's own note (its source), without the `#`.
    case comment(line: Int, text: String)
    case record(DelimitedRecord)
}

/// Splits CSV or TSV bytes into records, fed in chunks so that files of any size stream.
///
/// RFC 4180 quoting (`"a ""quoted"", field"`, line breaks inside quotes), CRLF or LF line ends, a
/// UTF-8 byte-order mark, blank lines skipped, `#` comment lines allowed before the first record.
/// Written over bytes rather than using CSV.swift because error messages need the line each record
/// starts on, which that package does not report, and the hot loop of a 10M-row load must not
/// build a `String` per character.
struct DelimitedParser {
    private let delimiter: UInt8
    private var line = 1
    private var recordLine = 1
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var inQuotes = false
    private var quotePending = false
    private var fieldWasQuoted = false
    private var inComment = false
    private var commentsAllowed = true
    private var atStartOfInput = true
    private var bomBytesSeen = 0

    init(delimiter: UInt8) {
        self.delimiter = delimiter
    }

    /// Parses the next chunk, calling `emit` for every complete comment or record in it.
    mutating func feed(_ bytes: UnsafeRawBufferPointer, emit: (DelimitedEvent) throws -> Void) throws {
        for byte in bytes {
            if atStartOfInput, skipByteOrderMark(byte) { continue }
            try consume(byte, emit: emit)
        }
    }

    /// Ends the input: emits the last record (one without a final line break).
    mutating func finish(emit: (DelimitedEvent) throws -> Void) throws {
        if inQuotes && !quotePending {
            throw DelimitedSyntaxError(line: recordLine, message: "a quoted field is never closed (unbalanced \")")
        }
        if inComment {
            try endComment(emit: emit)
        } else if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
            try endRecord(emit: emit)
        }
    }

    private mutating func skipByteOrderMark(_ byte: UInt8) -> Bool {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bomBytesSeen < 3, byte == mark[bomBytesSeen] {
            bomBytesSeen += 1
            if bomBytesSeen == 3 { atStartOfInput = false }
            return true
        }
        atStartOfInput = false
        field.append(contentsOf: mark[0..<bomBytesSeen])
        return false
    }

    private mutating func consume(_ byte: UInt8, emit: (DelimitedEvent) throws -> Void) throws {
        if inComment {
            if byte == UInt8(ascii: "\n") { try endComment(emit: emit) } else if byte != UInt8(ascii: "\r") { field.append(byte) }
            return
        }
        if inQuotes {
            consumeQuoted(byte)
            if inQuotes { return }
        }
        switch byte {
        case UInt8(ascii: "\""):
            if field.isEmpty && !fieldWasQuoted { inQuotes = true; fieldWasQuoted = true } else { field.append(byte) }
        case delimiter:
            try endField()
        case UInt8(ascii: "\n"):
            line += 1
            if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { try endRecord(emit: emit) }
            recordLine = line
        case UInt8(ascii: "\r"):
            break
        case UInt8(ascii: "#") where commentsAllowed && field.isEmpty && fields.isEmpty && !fieldWasQuoted:
            inComment = true
        default:
            field.append(byte)
        }
    }

    /// Inside quotes: `""` is a quote, a lone `"` closes the field; everything else is content.
    private mutating func consumeQuoted(_ byte: UInt8) {
        if quotePending {
            quotePending = false
            if byte == UInt8(ascii: "\"") { field.append(byte); return }
            inQuotes = false
            return
        }
        if byte == UInt8(ascii: "\"") { quotePending = true; return }
        if byte == UInt8(ascii: "\n") { line += 1 }
        field.append(byte)
    }

    private mutating func endField() throws {
        guard let text = String(validating: field, as: UTF8.self) else {
            throw DelimitedSyntaxError(line: recordLine, message: "field \(fields.count + 1) is not valid UTF-8")
        }
        fields.append(text)
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
    }

    private mutating func endRecord(emit: (DelimitedEvent) throws -> Void) throws {
        try endField()
        let record = DelimitedRecord(line: recordLine, fields: fields)
        fields.removeAll(keepingCapacity: true)
        commentsAllowed = false
        try emit(.record(record))
    }

    private mutating func endComment(emit: (DelimitedEvent) throws -> Void) throws {
        guard let text = String(validating: field, as: UTF8.self) else {
            throw DelimitedSyntaxError(line: recordLine, message: "the comment is not valid UTF-8")
        }
        field.removeAll(keepingCapacity: true)
        inComment = false
        line += 1
        let commentLine = recordLine
        recordLine = line
        try emit(.comment(line: commentLine, text: text))
    }
}
