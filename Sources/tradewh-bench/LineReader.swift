#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's lines, one at a time (C's `getline`), without their line breaks.
final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private var line: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    init(path: String) throws {
        guard let file = fopen(path, "rb") else { throw BenchError.io("cannot read \(path)") }
        self.file = file
    }

    deinit {
        free(line)
        fclose(file)
    }

    /// Parses the next line into `row`; false at the end of the file.
    func next(into row: inout CSVRow) -> Bool {
        var length = getline(&line, &capacity, file)
        guard length >= 0, let line else { return false }
        while length > 0, line[length - 1] == 10 || line[length - 1] == 13 { length -= 1 }
        line.withMemoryRebound(to: UInt8.self, capacity: length) { row.parse(UnsafeBufferPointer(start: $0, count: length)) }
        return true
    }
}
