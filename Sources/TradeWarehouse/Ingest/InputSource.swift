import Digest
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a release file's bytes come from: a file on disk (read in chunks, so memory stays flat)
/// or bytes already in memory (standard input).
public struct InputSource: Sendable {
    /// The path as the user gave it (`-` for standard input); recorded in the release row.
    public let path: String
    private let bytesInMemory: Data?
    /// Counts the bytes read, when a progress display wants to know.
    private var meter: ByteMeter?
    /// Hashes the bytes read, for a file read once that is hashed as it is read.
    private var digest: FileDigest?

    /// A file on disk.
    public init(path: String) {
        self.path = path
        self.bytesInMemory = nil
    }

    /// Bytes in memory, labelled with `path` (e.g. `-` for standard input).
    public init(path: String, bytes: Data) {
        self.path = path
        self.bytesInMemory = bytes
    }

    /// The size in bytes, if known (nil for a file that cannot be read).
    public var size: Int? {
        if let bytesInMemory { return bytesInMemory.count }
        return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
    }

    /// The file on disk the bytes come from (nil for standard input, or a file that cannot be read).
    public var fileIdentity: FileIdentity? {
        bytesInMemory == nil ? FileIdentity.of(path: path) : nil
    }

    /// The same source, counting in `meter` the bytes each pass reads.
    func metered(by meter: ByteMeter) -> InputSource {
        var copy = self
        copy.meter = meter
        return copy
    }

    /// The same source, hashing in `digest` the bytes it reads (nil: none).
    func digested(by digest: FileDigest?) -> InputSource {
        var copy = self
        copy.digest = digest
        return copy
    }

    /// Starts the count of bytes read again (a second pass over the file).
    func restartMeter() {
        meter?.bytes = 0
    }

    /// Reads all of standard input.
    public static func standardInput() -> InputSource {
        InputSource(path: "-", bytes: FileHandle.standardInput.readDataToEndOfFile())
    }

    static let chunkSize = 1 << 20

    /// The bytes, when they are in memory rather than on disk.
    var bytesIfInMemory: Data? { bytesInMemory }

    /// Calls `body` with successive chunks of the file's text as UTF-8: a file that starts with a
    /// UTF-16 byte-order mark (Excel's "Unicode Text") is transcoded as it is read, its mark left out.
    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        var transcoder: UTF16Transcoder?
        var isFirst = true
        try forEachRawChunk { raw in
            if isFirst, let order = UTF16Transcoder.byteOrder(ofMarkIn: raw) {
                transcoder = UTF16Transcoder(order: order, path: path)
            }
            let rest = isFirst && transcoder != nil ? UnsafeRawBufferPointer(rebasing: raw.dropFirst(2)) : raw
            isFirst = false
            guard transcoder != nil else { return try body(raw) }
            try transcoder?.feed(rest).withUnsafeBytes(body)
        }
        try transcoder?.finish()
    }

    /// Calls `body` with successive chunks of the file's bytes as they are on disk.
    private func forEachRawChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        if let bytesInMemory {
            try bytesInMemory.withUnsafeBytes { bytes in
                digest?.update(bytes)
                try body(bytes)
            }
            meter?.bytes = bytesInMemory.count
            return
        }
        let handle = try openForReading()
        defer { try? handle.close() }
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: InputSource.chunkSize)
            } catch {
                throw IngestError.unreadable(file: path, reason: error.localizedDescription)
            }
            guard let chunk, !chunk.isEmpty else { return }
            try chunk.withUnsafeBytes { bytes in
                digest?.update(bytes)
                try body(bytes)
            }
            meter?.bytes += chunk.count
        }
    }

    /// The file's SHA-256, as 64 hex digits.
    func sha256() throws -> String {
        var hasher = SHA256()
        try forEachRawChunk { hasher.update($0) }
        return hasher.finalizeHex()
    }

    /// The first bytes of the file's text as UTF-8 (UTF-16 transcoded, as `forEachChunk` gives them),
    /// for format detection.
    func prefix(_ count: Int) throws -> Data {
        let raw = try rawPrefix(count * 2 + 2)
        guard let order = UTF16Transcoder.byteOrder(ofMarkIn: raw) else { return raw.prefix(count) }
        var transcoder = UTF16Transcoder(order: order, path: path)
        return Data(((try? transcoder.feed(raw.dropFirst(2))) ?? []).prefix(count))
    }

    private func rawPrefix(_ count: Int) throws -> Data {
        if let bytesInMemory { return bytesInMemory.prefix(count) }
        let handle = try openForReading()
        defer { try? handle.close() }
        return (try? handle.read(upToCount: count)) ?? Data()
    }

    /// All of the file's bytes (for formats that are parsed whole).
    func allBytes() throws -> Data {
        if let bytesInMemory { return bytesInMemory }
        var data = Data()
        try forEachChunk { data.append(contentsOf: $0) }
        return data
    }

    private func openForReading() throws -> FileHandle {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestError.unreadable(file: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw IngestError.unreadable(file: path, reason: "it is a folder") }
        // A FIFO with no writer blocks the open forever, and a device such as /dev/zero never ends.
        if let kind = Self.irregularKind(path) {
            throw IngestError.notRegularFile(file: path, kind: kind)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IngestError.unreadable(file: path, reason: "permission denied")
        }
        return handle
    }
}

extension InputSource {
    /// What `path` is when it is neither a regular file nor a folder (symbolic links followed), else nil.
    fileprivate static func irregularKind(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFIFO: return "a FIFO"
        default: return "not a file"
        }
    }
}

/// The bytes a pass over a source has read so far.
final class ByteMeter: @unchecked Sendable {
    var bytes = 0
}

/// The SHA-256 of the bytes a pass over a source has read so far. A class, so that the copies of
/// the source that readers pass along update one hash; `@unchecked Sendable` like `ByteMeter`:
/// only the thread reading the source uses it.
final class FileDigest: @unchecked Sendable {
    private var hasher = SHA256()

    func update(_ bytes: UnsafeRawBufferPointer) { hasher.update(bytes) }

    /// The SHA-256 of the bytes read, as 64 hex digits (call once, after the pass).
    func finalizeHex() -> String { hasher.finalizeHex() }
}
