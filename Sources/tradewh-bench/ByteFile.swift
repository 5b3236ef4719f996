import Foundation

/// A file written through a 1 MB buffer of bytes; `close()` flushes it.
final class ByteFile {
    private static let capacity = 1 << 20
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    /// Creates (or truncates) the file at `path`.
    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw BenchError.io("cannot create \(path)")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(Self.capacity)
    }

    func append(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.capacity { try flush() }
    }

    func append(_ text: String) throws {
        try append(Array(text.utf8))
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// CSV quoting: a field with a comma, quote or line break is quoted, its quotes doubled.
enum CSVField {
    static func encode(_ field: String) -> [UInt8] {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return Array(field.utf8) }
        return Array(("\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"").utf8)
    }

    /// Splits one CSV line into fields (quoted fields may hold commas and doubled quotes).
    static func split(_ line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            index = line.index(after: index)
            if quoted {
                if character != "\"" {
                    field.append(character)
                } else if index < line.endIndex, line[index] == "\"" {
                    field.append("\"")
                    index = line.index(after: index)
                } else {
                    quoted = false
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
