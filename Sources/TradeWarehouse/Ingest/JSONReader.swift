import Foundation

/// Reads long-form JSON releases: an array of objects, or `{"source": "...", "facts": [...]}`;
/// and NDJSON, one object per line.
struct JSONReader: FactReader {
    /// The most bytes an NDJSON line, or an element of a JSON document, may hold.
    var lineBytesLimit = LineLengthLimit.bytes
    /// Whether the file is NDJSON (else one JSON document).
    var perLine = false

    func read(_ source: InputSource, into sink: IngestSink) throws {
        let note = try perLine ? readLines(source, sink.take) : readDocument(source, sink.take)
        if let note { sink.note(note) }
    }

    /// Calls `body` for every object of a JSON document; returns its `source` note, if any. An array
    /// or object document is read a chunk at a time (`streamDocument`); anything else (a scalar, an
    /// empty file) is parsed whole, to say what it is.
    func readDocument(_ source: InputSource, _ body: (FieldRecord) throws -> Void) throws -> String? {
        let head = try source.prefix(4096)
        let bom = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let first = head.dropFirst(bom).first(where: { !Self.isWhitespace($0) }),
           first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
            return try streamDocument(source, skipping: bom, body)
        }
        let bytes = try source.allBytes()
        let document: Any
        do {
            document = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
        } catch {
            throw IngestError.malformed(file: source.path, message: "not valid JSON (\(Self.reason(error)))")
        }
        let (facts, note, depth) = try Self.unwrap(document, file: source.path)
        let objects = Self.objectsAt(depth: depth, in: bytes)
        for (index, element) in facts.enumerated() {
            let object = index < objects.count ? objects[index] : ScannedObject(line: 1, keys: [])
            try body(Self.fieldRecord(element, line: object.line, keys: object.keys))
        }
        return note
    }

    /// `readDocument` for an array or object document: read a chunk at a time, each element of the
    /// facts array parsed on its own (`JSONDocumentStream`), so memory holds one element at a time.
    private func streamDocument(_ source: InputSource, skipping bom: Int, _ body: (FieldRecord) throws -> Void) throws -> String? {
        try withoutActuallyEscaping(body) { body in
            var stream = JSONDocumentStream(file: source.path, skipping: bom, bytesLimit: lineBytesLimit) { bytes, line in
                let object = try JSONDocumentStream.fragment(bytes, file: source.path)
                try body(Self.fieldRecord(object, line: line, keys: Self.objectsAt(depth: 0, in: bytes).first?.keys ?? []))
            }
            try source.forEachChunk { try stream.feed($0) }
            try stream.finish()
            return stream.note
        }
    }

    /// Throws when an NDJSON line (or the part of it read so far) is past `lineBytesLimit`.
    private func checkLength(_ bytes: ArraySlice<UInt8>, line: Int, file: String) throws {
        guard bytes.count > lineBytesLimit else { return }
        throw IngestError.atLine(file: file, line: line, message: LineLengthLimit.message(
            "the line", limit: lineBytesLimit, field: LineLengthLimit.jsonKeyBeingRead(in: bytes)))
    }

    /// Calls `body` for every line of an NDJSON file (blank lines skipped).
    func readLines(_ source: InputSource, _ body: (FieldRecord) throws -> Void) throws -> String? {
        var pending: [UInt8] = []
        var line = 0
        func handle(_ bytes: ArraySlice<UInt8>) throws {
            line += 1
            try checkLength(bytes, line: line, file: source.path)
            guard bytes.contains(where: { !Self.isWhitespace($0) }) else { return }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            } catch {
                throw IngestError.atLine(file: source.path, line: line, message: "not valid JSON (\(Self.reason(error)))")
            }
            try body(Self.fieldRecord(object, line: line, keys: Self.objectsAt(depth: 0, in: bytes).first?.keys ?? []))
        }
        var searched = 0  // bytes of `pending` already known to hold no line break
        try source.forEachChunk { chunk in
            pending.append(contentsOf: chunk)
            var start = pending.startIndex
            while let newline = pending[max(start, searched)...].firstIndex(of: UInt8(ascii: "\n")) {
                try handle(pending[start..<newline])
                start = newline + 1
            }
            pending.removeSubrange(..<start)
            searched = pending.count
            try checkLength(pending[...], line: line + 1, file: source.path)
        }
        if !pending.isEmpty { try handle(pending[...]) }
        return nil
    }

    /// The list of fact objects, the document's note, and the nesting depth of the objects.
    private static func unwrap(_ document: Any, file: String) throws -> ([Any], String?, Int) {
        if let array = document as? [Any] { return (array, nil, 1) }
        guard let object = document as? [String: Any], let facts = object["facts"] as? [Any] else {
            throw IngestError.malformed(file: file, message:
                "expected an array of objects, or an object with a \"facts\" array (and an optional \"source\")")
        }
        if let extra = object.keys.first(where: { $0 != "facts" && $0 != "source" }) {
            throw IngestError.malformed(file: file, message: "unknown key \"\(extra)\"; the top level holds only \"source\" and \"facts\"")
        }
        if let note = object["source"], !(note is String) {
            throw IngestError.malformed(file: file, message: "\"source\" must be a string")
        }
        return (facts, object["source"] as? String, 2)
    }

    /// The record of one fact object; `keys` are its keys as written, to catch one written twice
    /// (JSONSerialization keeps one of them silently, which would alter a figure).
    private static func fieldRecord(_ element: Any, line: Int, keys: [String]) -> FieldRecord {
        guard let object = element as? [String: Any] else {
            return FieldRecord(line: line, values: [:], problem: RowError(line: line, field: nil,
                message: "expected an object with the keys \(FactColumn.allNames)"))
        }
        if keys.count > object.count {
            var seen = Set<String>()
            let twice = keys.first { !seen.insert($0).inserted }
            return FieldRecord(line: line, values: [:], problem: RowError(line: line, field: twice,
                message: "a key appears twice in this object; write each key once"))
        }
        var values: [FactColumn: String] = [:], spellings: [FactColumn: String] = [:]
        for (key, value) in object.sorted(by: { $0.key < $1.key }) {
            if FactColumn.informational.contains(key.lowercased()) { continue }
            guard let column = FactColumn.named(key) else {
                return FieldRecord(line: line, values: [:], problem: RowError(line: line, field: key,
                    message: "unknown key; the keys are \(FactColumn.allNames)"))
            }
            // "value_usd" and "VALUE_USD" or "value_usd " are different keys to JSON but one column here:
            // keeping either would drop the other's figure without a word.
            if let first = spellings.updateValue(key, forKey: column) {
                return FieldRecord(line: line, values: [:], problem: RowError(line: line, field: key,
                    message: "\"\(key)\" and \"\(first)\" both name \(column.rawValue); write it once"))
            }
            if let number = value as? NSNumber, !(value is Bool), let problem = inexact(number) {
                return FieldRecord(line: line, values: [:], problem: RowError(line: line, field: key, message: problem))
            }
            guard let text = scalarText(value) else {
                return FieldRecord(line: line, values: [:], problem: RowError(line: line, field: key,
                    message: "must be a string, a number, true/false or null"))
            }
            values[column] = text
        }
        return FieldRecord(line: line, values: values)
    }

    /// Why a JSON number read as a double cannot be taken as written, if it cannot: past 2^53 a
    /// double no longer holds every whole number, so its digits may not be the file's.
    private static func inexact(_ number: NSNumber) -> String? {
        guard !(number is NSDecimalNumber), ["d", "f"].contains(String(cString: number.objCType)) else { return nil }
        let value = number.doubleValue
        guard value.isFinite, abs(value) > 9_007_199_254_740_992 else { return nil }
        return "the number \(value) cannot be read exactly (past 2^53, written with a fraction or an exponent, "
            + "or past Int64); write it as a string, e.g. \"34530000000\""
    }

    /// A JSON scalar as the text a CSV cell would hold; nil for arrays and objects. null is "".
    private static func scalarText(_ value: Any) -> String? {
        switch value {
        case is NSNull: return ""
        case let text as String: return text
        // Foundation keeps a number a double cannot hold exactly as a decimal: its digits as written.
        case let decimal as NSDecimalNumber: return decimal.stringValue
        case let number as NSNumber:
            // JSON true/false arrive as NSNumber too; their type code is "c" (char).
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
            if let integer = value as? Int64 { return String(integer) }
            return String(number.doubleValue)
        default: return nil
        }
    }

    /// An object found by `objectsAt`: the line it starts on and its keys as written (escapes kept).
    struct ScannedObject: Equatable {
        let line: Int
        var keys: [String]
    }

    /// The objects at `depth` (1 = elements of the top array, 0 = the document itself), in order,
    /// each with its starting line and its own keys (not those of objects nested in it).
    static func objectsAt(depth target: Int, in bytes: some Collection<UInt8>) -> [ScannedObject] {
        var objects: [ScannedObject] = []
        var line = 1, inString = false, escaped = false
        var containers: [UInt8] = []  // the open brackets, innermost last
        var expectingKey = false, key: [UInt8] = [], keyIsOpen = false
        for byte in bytes {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if keyIsOpen, !objects.isEmpty {
                        objects[objects.count - 1].keys.append(String(decoding: key, as: UTF8.self))
                        keyIsOpen = false
                    }
                    continue
                }
                if keyIsOpen { key.append(byte) }
                continue
            }
            let inTargetObject = containers.count == target + 1 && containers.last == UInt8(ascii: "{")
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                if inTargetObject, expectingKey { keyIsOpen = true; key.removeAll(keepingCapacity: true) }
                expectingKey = false
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if containers.count == target, byte == UInt8(ascii: "{") { objects.append(ScannedObject(line: line, keys: [])) }
                containers.append(byte)
                expectingKey = byte == UInt8(ascii: "{")
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = containers.popLast()
                expectingKey = false
            case UInt8(ascii: ","):
                expectingKey = containers.last == UInt8(ascii: "{")
            default: break
            }
        }
        return objects
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
    }
}
