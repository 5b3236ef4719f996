import Foundation

/// The lines of a CSV file read 1 MB at a time, so that checking an answer of many rows does not
/// raise the benchmark's own peak RSS (which Linux reports for every child started after it; see
/// `ChildRun.peakRSSKiB`). Fields are split with `CSVField.split`; a quoted field may not span lines.
enum CSVLines {
    /// Calls `body` with the fields of each line, the header first.
    static func forEach(in path: String, _ body: ([String]) throws -> Void) throws {
        guard let file = FileHandle(forReadingAtPath: path) else { throw BenchError.io("cannot read \(path)") }
        defer { try? file.close() }
        var pending: [UInt8] = []
        while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(contentsOf: chunk)
            var start = 0
            while let end = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                try body(fields(pending[start..<end]))
                start = end + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try body(fields(pending[...])) }
    }

    private static func fields(_ bytes: ArraySlice<UInt8>) -> [String] {
        let text = String(decoding: bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes, as: UTF8.self)
        return CSVField.split(text[...])
    }
}
