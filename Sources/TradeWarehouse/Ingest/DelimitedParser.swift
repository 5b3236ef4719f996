/// One record of a CSV/TSV file: its fields and the line it starts on (1-based).
struct DelimitedRecord: Equatable {
    let line: Int
    let fields: [String]
}

/// One record as raw bytes, valid only inside the callback that receives it: field `i` is
/// `bytes[start(i)..<end(i)]`, unquoted, not yet checked to be UTF-8. Reading records this way
/// builds no `String`, which the long-form loader needs for millions of rows (see `LongFormRows`).
struct RawRecord {
    let line: Int
    let bytes: UnsafeBufferPointer<UInt8>
    /// The end offset of each field in `bytes`.
    let fieldEnds: UnsafeBufferPointer<Int>
    /// Bytes between one field's end and the next one's start: 0 when the fields were copied one
    /// after another, 1 when they lie where they were read, a delimiter between each two.
    var separator = 0

    var fieldCount: Int { fieldEnds.count }

    func start(_ field: Int) -> Int { field == 0 ? 0 : fieldEnds[field - 1] + separator }
    func end(_ field: Int) -> Int { fieldEnds[field] }

    /// Field `field`'s bytes.
    func field(_ field: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[start(field)..<end(field)])
    }

    /// The record with its fields as text; a field that is not UTF-8 is an error at its line.
    func decoded() throws -> DelimitedRecord {
        let fields = try (0..<fieldCount).map { index in
            guard let text = String(validating: field(index), as: UTF8.self) else {
                throw DelimitedSyntaxError(line: line, message: "field \(index + 1) is not valid UTF-8")
            }
            return text
        }
        return DelimitedRecord(line: line, fields: fields)
    }
}

/// Bytes that are not valid CSV/TSV, at a line.
struct DelimitedSyntaxError: Error, Equatable {
    let line: Int
    let message: String
    /// The field (0-based) the problem is in, when the message does not name it.
    var field: Int? = nil
}

/// What a CSV/TSV file holds, piece by piece, as the parser finds it.
enum DelimitedEvent: Equatable {
    /// A `#` line before the header: the file's own note (its source), without the `#`.
    case comment(line: Int, text: String)
    case record(DelimitedRecord)
}

/// A comment or a raw record, as `DelimitedParser.feedRaw` finds them.
enum RawDelimitedEvent {
    case comment(line: Int, text: String)
    case record(RawRecord)
}

/// Splits CSV or TSV bytes into records, fed in chunks so that files of any size stream.
///
/// RFC 4180 quoting (`"a ""quoted"", field"`, line breaks inside quotes), CRLF or LF line ends, a
/// UTF-8 byte-order mark, blank lines skipped, `#` comment lines allowed before the first record.
/// Written over bytes rather than using CSV.swift because error messages need the line each record
/// starts on, which that package does not report, and the hot loop of a 10M-row load must not
/// build a `String` per character, or per field.
struct DelimitedParser {
    private let delimiter: UInt8
    private var line = 1
    private var recordLine = 1
    /// The current record's field bytes, one after another, and where each field ends.
    private var recordBytes: [UInt8] = []
    private var fieldEnds: [Int] = []
    private var fieldStart = 0
    private var comment: [UInt8] = []
    private var inQuotes = false
    private var quotePending = false
    private var fieldWasQuoted = false
    private var inComment = false
    private var commentsAllowed = true
    private var atStartOfInput = true
    private var bomBytesSeen = 0
    /// The most bytes a record (with its quoted line breaks) or a comment may hold.
    private let lineBytesLimit: Int

    init(delimiter: UInt8, lineBytesLimit: Int = LineLengthLimit.bytes) {
        self.delimiter = delimiter
        self.lineBytesLimit = lineBytesLimit
    }

    /// Parses the next chunk, calling `emit` for every complete comment or record in it.
    mutating func feed(_ bytes: UnsafeRawBufferPointer, emit: (DelimitedEvent) throws -> Void) throws {
        try feedRaw(bytes) { try emit(Self.decoded($0)) }
    }

    /// Ends the input: emits the last record (one without a final line break).
    mutating func finish(emit: (DelimitedEvent) throws -> Void) throws {
        try finishRaw { try emit(Self.decoded($0)) }
    }

    /// Like `feed`, with records as raw bytes.
    mutating func feedRaw(_ bytes: UnsafeRawBufferPointer, emit: (RawDelimitedEvent) throws -> Void) throws {
        try withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.fieldsInPlace) { ends in
            var index = 0
            while index < bytes.count {
                if atStartOfInput, skipByteOrderMark(bytes[index]) {
                    index += 1
                    continue
                }
                if !inQuotes && !inComment {
                    if !commentsAllowed, !hasRecord, let next = try emitInPlace(bytes, from: index, ends: ends, emit: emit) {
                        index = next
                        continue
                    }
                    // A run of bytes that are plain field content is copied at once.
                    let end = endOfPlainRun(in: bytes, from: index)
                    if end > index {
                        recordBytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[index..<end]))
                        index = end
                        continue
                    }
                }
                try consume(bytes[index], emit: emit)
                index += 1
            }
        }
        try checkLineLength(field: fieldEnds.count)
    }

    /// The most fields a record read in place may have (`emitInPlace`).
    static let fieldsInPlace = 64

    /// Emits the record starting at `start` where it lies in `bytes`, without copying it, when it is
    /// an ordinary one (most of a file): it ends in `bytes` with LF or CRLF, holds no quote and no
    /// other CR, has at most `ends.count` fields and is within the length limit. Returns where the
    /// next record starts; nil for any other record, which `consume` then reads byte by byte. (On
    /// 300,000 rows, copying each field and keeping the parser's state byte by byte cost 2.3 of
    /// the 5.0 billion instructions of the reading thread.)
    private mutating func emitInPlace(_ bytes: UnsafeRawBufferPointer, from start: Int, ends: UnsafeMutableBufferPointer<Int>,
                                      emit: (RawDelimitedEvent) throws -> Void) throws -> Int? {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        var index = start, fields = 0
        while index < bytes.count {
            switch bytes[index] {
            case delimiter:
                guard fields < ends.count - 1 else { return nil }
                ends[fields] = index - start
                fields += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                let crlf = bytes[index] == UInt8(ascii: "\r")
                guard index > start, index - start <= lineBytesLimit,
                      !crlf || (index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")) else { return nil }
                ends[fields] = index - start
                let record = RawRecord(line: recordLine, bytes: UnsafeBufferPointer(start: base + start, count: index - start),
                                       fieldEnds: UnsafeBufferPointer(start: ends.baseAddress, count: fields + 1), separator: 1)
                try emit(.record(record))
                line += 1
                recordLine = line
                return index + (crlf ? 2 : 1)
            case UInt8(ascii: "\""):
                return nil
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// Throws once the record being read, or the comment, holds more than `lineBytesLimit` bytes,
    /// naming the field it is in (0-based `field`) and the line the record starts on.
    private func checkLineLength(field: Int) throws {
        guard recordBytes.count > lineBytesLimit || comment.count > lineBytesLimit else { return }
        guard comment.count <= lineBytesLimit else {
            throw DelimitedSyntaxError(line: recordLine, message: LineLengthLimit.message("the comment", limit: lineBytesLimit))
        }
        throw DelimitedSyntaxError(line: recordLine, message: LineLengthLimit.message("the line", limit: lineBytesLimit), field: field)
    }

    /// The field of the current record with the most bytes (0-based), once its last has ended.
    private var longestField: Int {
        var (longest, widest, start) = (0, -1, 0)
        for (index, end) in fieldEnds.enumerated() {
            if end - start > widest { (longest, widest) = (index, end - start) }
            start = end
        }
        return longest
    }

    /// Where the bytes from `start` stop being plain content: at a delimiter, quote, line end or `#`.
    private func endOfPlainRun(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var end = start
        while end < bytes.count {
            switch bytes[end] {
            case delimiter, UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"): return end
            default: end += 1
            }
        }
        return end
    }

    /// Like `finish`, with records as raw bytes.
    mutating func finishRaw(emit: (RawDelimitedEvent) throws -> Void) throws {
        if inQuotes && !quotePending {
            throw DelimitedSyntaxError(line: recordLine, message: "a quoted field is never closed (unbalanced \")")
        }
        if inComment {
            try endComment(emit: emit)
        } else if hasRecord {
            try endRecord(emit: emit)
        }
    }

    private static func decoded(_ event: RawDelimitedEvent) throws -> DelimitedEvent {
        switch event {
        case .comment(let line, let text): return .comment(line: line, text: text)
        case .record(let record): return .record(try record.decoded())
        }
    }

    /// Whether anything of a record has been read since the last one ended.
    private var hasRecord: Bool { recordBytes.count > fieldStart || !fieldEnds.isEmpty || fieldWasQuoted }
    private var fieldIsEmpty: Bool { recordBytes.count == fieldStart }

    private mutating func skipByteOrderMark(_ byte: UInt8) -> Bool {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bomBytesSeen < 3, byte == mark[bomBytesSeen] {
            bomBytesSeen += 1
            if bomBytesSeen == 3 { atStartOfInput = false }
            return true
        }
        atStartOfInput = false
        recordBytes.append(contentsOf: mark[0..<bomBytesSeen])
        return false
    }

    private mutating func consume(_ byte: UInt8, emit: (RawDelimitedEvent) throws -> Void) throws {
        if inComment {
            if byte == UInt8(ascii: "\n") { try endComment(emit: emit) } else if byte != UInt8(ascii: "\r") { comment.append(byte) }
            return
        }
        if inQuotes {
            consumeQuoted(byte)
            if inQuotes { return }
        }
        switch byte {
        case UInt8(ascii: "\""):
            if fieldIsEmpty && !fieldWasQuoted { inQuotes = true; fieldWasQuoted = true } else { recordBytes.append(byte) }
        case delimiter:
            endField()
        case UInt8(ascii: "\n"):
            line += 1
            if hasRecord { try endRecord(emit: emit) }
            recordLine = line
        case UInt8(ascii: "\r"):
            break
        case UInt8(ascii: "#") where commentsAllowed && fieldIsEmpty && fieldEnds.isEmpty && !fieldWasQuoted:
            inComment = true
        default:
            recordBytes.append(byte)
        }
    }

    /// Inside quotes: `""` is a quote, a lone `"` closes the field; everything else is content.
    private mutating func consumeQuoted(_ byte: UInt8) {
        if quotePending {
            quotePending = false
            if byte == UInt8(ascii: "\"") { recordBytes.append(byte); return }
            inQuotes = false
            return
        }
        if byte == UInt8(ascii: "\"") { quotePending = true; return }
        if byte == UInt8(ascii: "\n") { line += 1 }
        recordBytes.append(byte)
    }

    private mutating func endField() {
        fieldEnds.append(recordBytes.count)
        fieldStart = recordBytes.count
        fieldWasQuoted = false
    }

    private mutating func endRecord(emit: (RawDelimitedEvent) throws -> Void) throws {
        endField()
        if recordBytes.count > lineBytesLimit { try checkLineLength(field: longestField) }
        commentsAllowed = false
        defer {
            recordBytes.removeAll(keepingCapacity: true)
            fieldEnds.removeAll(keepingCapacity: true)
            fieldStart = 0
        }
        let line = recordLine
        try recordBytes.withUnsafeBufferPointer { bytes in
            try fieldEnds.withUnsafeBufferPointer { ends in
                try emit(.record(RawRecord(line: line, bytes: bytes, fieldEnds: ends)))
            }
        }
    }

    private mutating func endComment(emit: (RawDelimitedEvent) throws -> Void) throws {
        guard let text = String(validating: comment, as: UTF8.self) else {
            throw DelimitedSyntaxError(line: recordLine, message: "the comment is not valid UTF-8")
        }
        try checkLineLength(field: 0)
        comment.removeAll(keepingCapacity: true)
        inComment = false
        line += 1
        let commentLine = recordLine
        recordLine = line
        try emit(.comment(line: commentLine, text: text))
    }
}
