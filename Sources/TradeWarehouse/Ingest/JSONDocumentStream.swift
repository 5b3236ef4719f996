import Foundation

/// Reads a long-form JSON document — an array of fact objects, or `{"source": ..., "facts": [...]}` —
/// a chunk at a time, handing each element of the facts array over as its own bytes, so that memory
/// holds one element, not the document (a 114 MB array of 1.2M objects parsed whole took 3.7 GB).
///
/// Only the document's frame is scanned here (brackets, commas, the top-level keys); each element,
/// and the `source` note, is still parsed by `JSONSerialization`, so values mean what they meant
/// when the document was parsed whole. Problems of the frame are kept until the end and reported
/// in the order the whole-document reader checked them; JSON that is not valid is reported at once.
struct JSONDocumentStream {
    /// What the scanner expects next, outside the value it may be collecting.
    private enum Expect {
        case document, arrayElementOrEnd, arrayElement, arrayCommaOrEnd
        case objectKeyOrEnd, objectKey, objectColon, objectValue, objectCommaOrEnd
        case afterDocument
    }

    /// What the bytes being collected are.
    private enum Collecting {
        case none
        /// An element of the facts array (`line`: where it starts).
        case element(line: Int)
        /// A top-level key (the bytes inside its quotes).
        case key
        /// The value of a top-level key other than an array under "facts".
        case value(key: String)
    }

    private let file: String
    /// Called with each element's bytes and the line it starts on.
    private let element: (_ bytes: [UInt8], _ line: Int) throws -> Void
    private var expect = Expect.document
    private var collecting = Collecting.none
    private var bytes: [UInt8] = []
    private var depth = 0, inString = false, escaped = false
    private var line = 1
    /// Whether the document is an object (facts under "facts") rather than an array of facts.
    private var isObject = false
    private var inFacts = false
    private var key = ""
    private var keysSeen: [String] = []
    private var factsIsArray = false
    private var sourceIsNotString = false
    private(set) var note: String?

    /// The most bytes an element, a top-level key or value may hold (`LineLengthLimit`).
    private let bytesLimit: Int

    /// `skipping`: bytes to pass over first (a UTF-8 byte order mark); `bytesLimit`: the most bytes
    /// an element may hold.
    init(file: String, skipping: Int = 0, bytesLimit: Int = LineLengthLimit.bytes,
         element: @escaping (_ bytes: [UInt8], _ line: Int) throws -> Void) {
        self.file = file
        self.skip = skipping
        self.bytesLimit = bytesLimit
        self.element = element
    }

    private var skip: Int

    /// Scans the next bytes of the document.
    mutating func feed(_ chunk: UnsafeRawBufferPointer) throws {
        for byte in chunk {
            if skip > 0 {
                skip -= 1
                continue
            }
            try scan(byte)
            if byte == UInt8(ascii: "\n") { line += 1 }
        }
    }

    /// Ends the document: throws what is wrong with its frame, if anything.
    mutating func finish() throws {
        guard expect == .afterDocument else { throw invalid("the document ends before its closing bracket") }
        guard isObject else { return }
        guard factsIsArray else {
            throw IngestError.malformed(file: file, message:
                "expected an array of objects, or an object with a \"facts\" array (and an optional \"source\")")
        }
        if let extra = keysSeen.first(where: { $0 != "facts" && $0 != "source" }) {
            throw IngestError.malformed(file: file, message: "unknown key \"\(extra)\"; the top level holds only \"source\" and \"facts\"")
        }
        if sourceIsNotString { throw IngestError.malformed(file: file, message: "\"source\" must be a string") }
        var seen = Set<String>()
        if let twice = keysSeen.first(where: { !seen.insert($0).inserted }) {
            throw IngestError.malformed(file: file, message: "\"\(twice)\" appears twice at the top level; give one "
                + (twice == "facts" ? "\"facts\" array" : "\"\(twice)\""))
        }
    }

    private mutating func scan(_ byte: UInt8) throws {
        switch collecting {
        case .none: break
        case .key:
            if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") {
                return try endKey()
            }
            try checkLength()
            return bytes.append(byte)
        case .element, .value:
            if try collect(byte) { return }
        }
        try frame(byte)
    }

    /// Adds `byte` to the value being collected; false when it ends the value instead (a `,` or a
    /// closing bracket at the value's own level), which the frame then reads.
    private mutating func collect(_ byte: UInt8) throws -> Bool {
        if inString {
            if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
        } else {
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { try endValue(); return false }
                depth -= 1
            case UInt8(ascii: ","):
                if depth == 0 { try endValue(); return false }
            default: break
            }
        }
        try checkLength()
        bytes.append(byte)
        return true
    }

    /// Throws once what is being collected holds `bytesLimit` bytes, naming the line it starts on and
    /// the key whose value runs on.
    private func checkLength() throws {
        guard bytes.count >= bytesLimit else { return }
        switch collecting {
        case .element(let start):
            throw IngestError.atLine(file: file, line: start, message: LineLengthLimit.message(
                "the object", limit: bytesLimit, field: LineLengthLimit.jsonKeyBeingRead(in: bytes)))
        case .value(let key):
            throw IngestError.atLine(file: file, line: line, message: LineLengthLimit.message("the value", limit: bytesLimit, field: key))
        case .key, .none:
            throw IngestError.atLine(file: file, line: line, message: LineLengthLimit.message("a key", limit: bytesLimit))
        }
    }

    /// Reads a byte of the frame (outside any value being collected).
    private mutating func frame(_ byte: UInt8) throws {
        if [0x20, 0x09, 0x0A, 0x0D].contains(byte) { return }
        switch (expect, byte) {
        case (.document, UInt8(ascii: "[")):
            (expect, inFacts) = (.arrayElementOrEnd, true)
        case (.document, UInt8(ascii: "{")):
            (expect, isObject) = (.objectKeyOrEnd, true)
        case (.arrayElementOrEnd, UInt8(ascii: "]")), (.arrayCommaOrEnd, UInt8(ascii: "]")):
            inFacts = false
            expect = isObject ? .objectCommaOrEnd : .afterDocument
        case (.arrayElementOrEnd, _), (.arrayElement, _):
            start(.element(line: line), with: byte)
            expect = .arrayCommaOrEnd
        case (.arrayCommaOrEnd, UInt8(ascii: ",")):
            expect = .arrayElement
        case (.objectKeyOrEnd, UInt8(ascii: "}")), (.objectCommaOrEnd, UInt8(ascii: "}")):
            expect = .afterDocument
        case (.objectKeyOrEnd, UInt8(ascii: "\"")), (.objectKey, UInt8(ascii: "\"")):
            (collecting, escaped) = (.key, false)
            bytes.removeAll(keepingCapacity: true)
        case (.objectColon, UInt8(ascii: ":")):
            expect = .objectValue
        case (.objectValue, UInt8(ascii: "[")) where key == "facts":
            (factsIsArray, expect) = (true, .arrayElementOrEnd)
        case (.objectValue, _):
            start(.value(key: key), with: byte)
            expect = .objectCommaOrEnd
        case (.objectCommaOrEnd, UInt8(ascii: ",")):
            expect = .objectKey
        default:
            throw invalid("unexpected \(Self.shown(byte)) at line \(line)")
        }
    }

    private mutating func start(_ what: Collecting, with byte: UInt8) {
        (collecting, depth, inString, escaped) = (what, 0, false, false)
        bytes.removeAll(keepingCapacity: true)
        _ = try? collect(byte)
    }

    private mutating func endKey() throws {
        collecting = .none
        key = try Self.fragment([UInt8(ascii: "\"")] + bytes + [UInt8(ascii: "\"")], file: file) as? String ?? ""
        keysSeen.append(key)
        expect = .objectColon
    }

    /// Hands over a collected element, or takes in a top-level value.
    private mutating func endValue() throws {
        let what = collecting
        collecting = .none
        guard !inString else { throw invalid("a string is not closed") }
        switch what {
        case .element(let line):
            try element(bytes, line)
        case .value(let key):
            let value = try Self.fragment(bytes, file: file)
            if key == "source" {
                if let text = value as? String { note = text } else { sourceIsNotString = true }
            }
        case .none, .key:
            break
        }
    }

    /// One JSON value parsed on its own.
    static func fragment(_ bytes: [UInt8], file: String) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw IngestError.malformed(file: file, message: "not valid JSON (\((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription))")
        }
    }

    private func invalid(_ reason: String) -> IngestError {
        IngestError.malformed(file: file, message: "not valid JSON (\(reason))")
    }

    private static func shown(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "\"\(Character(Unicode.Scalar(byte)))\"" : "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
}
