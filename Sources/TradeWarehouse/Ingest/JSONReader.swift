import Foundation

/// Reads long-form JSON releases: an array of objects, or `{"source": "...", "facts": [...]}`;
/// and NDJSON, one object per line.
struct JSONReader {
    /// Calls `body` for every object of a JSON document; returns its `source` note, if any.
    func readDocument(_ source: InputSource, _ body: (FieldRecord) throws -> Void) throws -> String? {
        let bytes = try source.allBytes()
        let document: Any
        do {
            document = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
        } catch {
            throw IngestError.malformed(file: source.path, message: "not valid JSON (\(Self.reason(error)))")
        }
        let (facts, note, depth) = try Self.unwrap(document, file: source.path)
        let lines = Self.objectStartLines(bytes, depth: depth)
        for (index, element) in facts.enumerated() {
            let line = index < lines.count ? lines[index] : 1
            try body(Self.fieldRecord(element, line: line))
        }
        return note
    }

    /// Calls `body` for every line of an NDJSON file (blank lines skipped).
    func readLines(_ source: InputSource, _ body: (FieldRecord) throws -> Void) throws -> String? {
        var pending: [UInt8] = []
        var line = 0
        func handle(_ bytes: ArraySlice<UInt8>) throws {
            line += 1
            guard bytes.contains(where: { !Self.isWhitespace($0) }) else { return }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            } catch {
                throw IngestError.atLine(file: source.path, line: line, message: "not valid JSON (\(Self.reason(error)))")
            }
            try body(Self.fieldRecord(object, line: line))
        }
        try source.forEachChunk { chunk in
            pending.append(contentsOf: chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                try handle(pending[start..<newline])
                start = newline + 1
            }
            pending.removeSubrange(..<start)
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

    private static func fieldRecord(_ element: Any, line: Int) -> FieldRecord {
        guard let object = element as? [String: Any] else {
            return FieldRecord(line: line, values: [:], problem: RowError(line: line, field: nil,
                message: "expected an object with the keys \(FactColumn.allNames)"))
        }
        var values: [FactColumn: String] = [:]
        for (key, value) in object.sorted(by: { $0.key < $1.key }) {
            if FactColumn.informational.contains(key.lowercased()) { continue }
            guard let column = FactColumn.named(key) else {
                return FieldRecord(line: line, values: [:], problem: RowError(line: line, field: key,
                    message: "unknown key; the keys are \(FactColumn.allNames)"))
            }
            guard let text = scalarText(value) else {
                return FieldRecord(line: line, values: [:], problem: RowError(line: line, field: key,
                    message: "must be a string, a number, true/false or null"))
            }
            values[column] = text
        }
        return FieldRecord(line: line, values: values)
    }

    /// A JSON scalar as the text a CSV cell would hold; nil for arrays and objects. null is "".
    private static func scalarText(_ value: Any) -> String? {
        switch value {
        case is NSNull: return ""
        case let text as String: return text
        case let number as NSNumber:
            // JSON true/false arrive as NSNumber too; their type code is "c" (char).
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
            if let integer = value as? Int64 { return String(integer) }
            return String(number.doubleValue)
        default: return nil
        }
    }

    /// The line on which each object at `depth` starts, in order (depth 1 = elements of the top array).
    private static func objectStartLines(_ bytes: Data, depth target: Int) -> [Int] {
        var lines: [Int] = []
        var line = 1, depth = 0, inString = false, escaped = false
        for byte in bytes {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == target, byte == UInt8(ascii: "{") { lines.append(line) }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        return lines
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
    }
}
