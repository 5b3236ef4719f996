import Foundation
import ZIPFoundation

/// The parts (ZIP entries) of an XLSX file, read with guards against ZIP bombs and damaged archives.
///
/// ZIPFoundation lists the entries and reads stored ones. Deflated entries are inflated through
/// ZIPFoundation's `Data.decompress` with a reader of our own that stops at the entry's compressed
/// size: `Archive.extract` in ZIPFoundation 0.9.20 (Linux) loops forever when a deflate stream runs
/// on past the end of the archive, which a 400-byte hostile file can arrange.
final class XLSXArchive {
    /// The file as the user named it, for error messages.
    let path: String
    private let archive: Archive
    private let bytes: RawBytes
    private let localHeaderOffsets: [String: UInt64]

    /// No part may expand to more than this (2 GiB).
    static let maximumPartSize: UInt64 = 2 << 30
    /// No part parsed into memory whole (workbook, relationships, shared strings) may expand to more than this.
    static let maximumLoadedPartSize: UInt64 = 256 << 20
    /// Parts larger than `ratioCheckedAbove` may not expand more than this many times their compressed size.
    static let maximumCompressionRatio: UInt64 = 1000
    static let ratioCheckedAbove: UInt64 = 10 << 20
    /// The size of the chunks read and inflated.
    private static let chunkSize = 1 << 16

    /// Opens the ZIP archive in the file at `path`.
    convenience init(path: String) throws {
        let bytes = try RawBytes(path: path)
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Self.notAnArchive(path: path, bytes: bytes)
        }
        try self.init(archive: archive, bytes: bytes, path: path)
    }

    /// Opens the ZIP archive whose bytes are `data`; `path` labels it in errors.
    convenience init(data: Data, path: String) throws {
        guard !data.isEmpty else { throw IngestError.empty(file: path) }
        let bytes = RawBytes(data: data)
        let archive: Archive
        // ZIPFoundation's in-memory archive traps ("Range requires lowerBound <= upperBound") when an
        // offset points past the end of the bytes (a fuzzer's find: Tests/FuzzCrashers/xlsx), where
        // its file-backed archive reports an error. So the bytes go to a temporary file, which is
        // unlinked at once: the archive keeps it open.
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("tradewh-\(UUID().uuidString).xlsx")
        do {
            try data.write(to: temporary)
        } catch {
            throw IngestError.unreadable(file: path, reason: "cannot hold the workbook in a temporary file: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            archive = try Archive(url: temporary, accessMode: .read)
        } catch {
            throw Self.notAnArchive(path: path, bytes: bytes)
        }
        try self.init(archive: archive, bytes: bytes, path: path)
    }

    private init(archive: Archive, bytes: RawBytes, path: String) throws {
        guard let offsets = ZipDirectory.localHeaderOffsets(in: bytes) else {
            throw IngestError.malformed(file: path, message:
                "not a readable XLSX workbook: the ZIP archive's table of contents is damaged")
        }
        self.archive = archive
        self.bytes = bytes
        self.localHeaderOffsets = offsets
        self.path = path
    }

    /// An `IngestError.malformed` for this file.
    func malformed(_ message: String) -> IngestError {
        IngestError.malformed(file: path, message: message)
    }

    /// True when the archive holds an entry named `part` (compared without regard to case, as OPC does).
    func contains(_ part: String) -> Bool {
        entry(named: part) != nil
    }

    /// Parses the part named `part` with `handler` and returns the handler; `description` names the
    /// part in error messages.
    func parse<Handler: XMLEventHandler>(_ part: String, describedAs description: String,
                                         with handler: Handler) throws -> Handler {
        try withTemporaryCopy(of: part, limit: Self.maximumLoadedPartSize, observing: { _ in }) { copy in
            try XMLEventReader.parse(fileAt: copy, file: path, part: description, with: handler)
        }
        return handler
    }

    /// Decompresses the part named `part` to a temporary file, showing each chunk to `observe` on
    /// the way, calls `body` with the file's URL, then deletes the file.
    func withTemporaryCopy(of part: String, limit: UInt64 = maximumPartSize,
                           observing observe: (UnsafeRawBufferPointer) throws -> Void,
                           _ body: (URL) throws -> Void) throws {
        guard let entry = entry(named: part) else { throw malformed("the archive has no \(part)") }
        try checkSize(of: entry, limit: limit)
        let copy = FileManager.default.temporaryDirectory
            .appendingPathComponent("tradewh-xlsx-\(UUID().uuidString).xml")
        guard FileManager.default.createFile(atPath: copy.path, contents: nil),
              let output = FileHandle(forWritingAtPath: copy.path) else {
            throw IngestError.unreadable(file: path, reason:
                "cannot create a temporary file in \(copy.deletingLastPathComponent().path)")
        }
        defer { try? FileManager.default.removeItem(at: copy) }
        do {
            defer { try? output.close() }
            var isFirstChunk = true
            try extract(entry, limit: limit) { chunk in
                if isFirstChunk { try refuseDocumentType(in: chunk, part: part) }
                isFirstChunk = false
                try chunk.withUnsafeBytes { try observe($0) }
                do { try output.write(contentsOf: chunk) } catch {
                    throw IngestError.unreadable(file: path, reason:
                        "cannot write a temporary copy of \(part) (\(error.localizedDescription))")
                }
            }
        }
        try body(copy)
    }

    /// Refuses a part that starts with a DTD: workbooks have none. `XMLTokenizer` refuses one
    /// wherever it is; this check comes first, before the part is copied, and names the part.
    private func refuseDocumentType(in firstChunk: Data, part: String) throws {
        if firstChunk.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw malformed("\(part) has a document type declaration (<!DOCTYPE …>), which workbooks never have; "
                + "the file is damaged or hostile")
        }
    }

    /// Streams the entry's bytes to `consume`, refusing to go past its stated size or `limit`, and
    /// checks its size and checksum at the end.
    private func extract(_ entry: Entry, limit: UInt64, _ consume: (Data) throws -> Void) throws {
        let expected = entry.uncompressedSize
        var produced: UInt64 = 0
        let checksum: CRC32
        func guardedConsume(_ chunk: Data) throws {
            produced += UInt64(chunk.count)
            guard produced <= expected, produced <= limit else {
                throw malformed("\(entry.path) holds more than the \(expected) bytes its header states; "
                    + "the file is damaged or hostile")
            }
            try consume(chunk)
        }
        do {
            checksum = entry.isCompressed
                ? try inflate(entry, consume: guardedConsume)
                : try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: false, consumer: guardedConsume)
        } catch let error as IngestError {
            throw error
        } catch {
            throw malformed("\(entry.path) is damaged and cannot be decompressed")
        }
        guard produced == expected, checksum == entry.checksum else {
            throw malformed("\(entry.path) is damaged (its contents do not match their size or checksum)")
        }
    }

    /// Inflates a deflated entry, reading no further than its compressed bytes.
    private func inflate(_ entry: Entry, consume: (Data) throws -> Void) throws -> CRC32 {
        guard let dataOffset = dataOffset(of: entry) else {
            throw malformed("\(entry.path) cannot be found where the archive's table of contents says it is")
        }
        let compressedSize = entry.compressedSize
        let chunkSize = Self.chunkSize
        return try Data.decompress(size: Int64(clamping: compressedSize), bufferSize: chunkSize, skipCRC32: false,
                                   provider: { position, _ in
            guard position >= 0, UInt64(position) < compressedSize else {
                throw self.malformed("\(entry.path) is cut short (its compressed data ends before it does)")
            }
            let wanted = Int(min(UInt64(chunkSize), compressedSize - UInt64(position)))
            let chunk = try self.bytes.read(at: dataOffset + UInt64(position), count: wanted)
            guard !chunk.isEmpty else { throw self.malformed("\(entry.path) is cut short (the file ends inside it)") }
            return Self.padded(chunk, to: chunkSize)
        }, consumer: consume)
    }

    /// `chunk` padded with zeros to `size` bytes on Linux, where ZIPFoundation tells zlib that a
    /// whole buffer is there whatever the chunk's length; zlib never reads the padding of a sound entry.
    private static func padded(_ chunk: Data, to size: Int) -> Data {
        #if canImport(Darwin)
        return chunk
        #else
        return chunk.count < size ? chunk + Data(count: size - chunk.count) : chunk
        #endif
    }

    /// Where the entry's data starts: after its local header, whose place the central directory gives.
    private func dataOffset(of entry: Entry) -> UInt64? {
        guard let headerOffset = localHeaderOffsets[entry.path],
              let header = try? bytes.read(at: headerOffset, count: 30), header.count == 30 else { return nil }
        let fields = LittleEndian(header)
        guard fields.uint32(at: 0) == 0x0403_4B50 else { return nil }
        return headerOffset + 30 + UInt64(fields.uint16(at: 26)) + UInt64(fields.uint16(at: 28))
    }

    /// Refuses entries that are too large, or that compress so well they look like a ZIP bomb.
    private func checkSize(of entry: Entry, limit: UInt64) throws {
        let size = entry.uncompressedSize
        guard size <= limit else {
            throw malformed("\(entry.path) is too large to read (\(size) bytes uncompressed; the limit is \(limit) bytes)")
        }
        let ratio = size / max(entry.compressedSize, 1)
        if size > Self.ratioCheckedAbove && ratio > Self.maximumCompressionRatio {
            throw malformed("\(entry.path) expands \(ratio) times (to \(size) bytes); "
                + "that looks like a ZIP bomb, so it was not read")
        }
    }

    /// The entry named `part`: an exact match, else one whose name differs only in case.
    private func entry(named part: String) -> Entry? {
        if let exact = archive[part] { return exact }
        let lowered = part.lowercased()
        return archive.first { $0.path.lowercased() == lowered }
    }

    /// The error for bytes ZIPFoundation could not open: a damaged ZIP if they start like one.
    private static func notAnArchive(path: String, bytes: RawBytes) -> IngestError {
        let zipSignature = Data([0x50, 0x4B, 0x03, 0x04])
        if (try? bytes.read(at: 0, count: 4)) == zipSignature {
            return .malformed(file: path, message:
                "not a readable XLSX workbook: the ZIP archive is truncated or damaged (its table of contents is missing)")
        }
        return .malformed(file: path, message: "not an XLSX workbook (not a ZIP archive)")
    }
}

/// The bytes of an archive, read at any offset: from the file, or from memory.
final class RawBytes {
    private let handle: FileHandle?
    private let data: Data
    /// The number of bytes.
    let count: UInt64

    /// The file at `path`, or an `unreadable`/`empty` error.
    init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestError.unreadable(file: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw IngestError.unreadable(file: path, reason: "it is a folder") }
        guard let handle = FileHandle(forReadingAtPath: path), let end = try? handle.seekToEnd() else {
            throw IngestError.unreadable(file: path, reason: "permission denied")
        }
        if end == 0 { throw IngestError.empty(file: path) }
        self.handle = handle
        self.data = Data()
        self.count = end
    }

    /// Bytes in memory.
    init(data: Data) {
        self.handle = nil
        self.data = data
        self.count = UInt64(data.count)
    }

    deinit {
        try? handle?.close()
    }

    /// Up to `count` bytes from `offset` (fewer at the end).
    func read(at offset: UInt64, count wanted: Int) throws -> Data {
        guard offset < count, wanted > 0 else { return Data() }
        guard let handle else {
            let start = data.startIndex + Int(offset)
            return data.subdata(in: start..<(start + min(wanted, data.endIndex - start)))
        }
        try handle.seek(toOffset: offset)
        return try handle.read(upToCount: wanted) ?? Data()
    }
}

/// Reads the central directory (the table of contents at the end of a ZIP archive) for where each
/// entry's local header is. ZIP64 archives are understood. It exists only because ZIPFoundation
/// keeps that offset internal (`Entry.dataOffset`, 0.9.20), and the bounded inflate of
/// `XLSXArchive` needs it; everything else of the archive is ZIPFoundation's.
enum ZipDirectory {
    /// The local-header offset of each entry by name (the first entry of a name), or nil when the
    /// directory cannot be read.
    static func localHeaderOffsets(in bytes: RawBytes) -> [String: UInt64]? {
        guard let (entryCount, directoryOffset, directorySize) = locateDirectory(in: bytes),
              directorySize <= min(64 << 20, bytes.count), directoryOffset <= bytes.count - directorySize,
              let directory = try? bytes.read(at: directoryOffset, count: Int(directorySize)) else { return nil }
        let records = LittleEndian(directory)
        var offsets: [String: UInt64] = [:]
        var position = 0
        for _ in 0..<min(entryCount, UInt64(directorySize / 46)) {
            guard records.uint32(at: position) == 0x0201_4B50 else { return nil }
            let nameLength = Int(records.uint16(at: position + 28))
            let extraLength = Int(records.uint16(at: position + 30))
            let commentLength = Int(records.uint16(at: position + 32))
            let name = String(decoding: records.slice(at: position + 46, count: nameLength), as: UTF8.self)
            var offset = UInt64(records.uint32(at: position + 42))
            if offset == 0xFFFF_FFFF {
                offset = zip64Offset(records, record: position, extra: position + 46 + nameLength, count: extraLength)
            }
            if offsets[name] == nil { offsets[name] = offset }
            position += 46 + nameLength + extraLength + commentLength
        }
        return offsets
    }

    /// The entry count, offset and size of the central directory, from the end-of-directory record.
    private static func locateDirectory(in bytes: RawBytes) -> (UInt64, UInt64, UInt64)? {
        let tailLength = Int(min(bytes.count, 22 + 65_535))
        let tailStart = bytes.count - UInt64(tailLength)
        guard let tailData = try? bytes.read(at: tailStart, count: tailLength) else { return nil }
        let tail = LittleEndian(tailData)
        guard let end = stride(from: tailLength - 22, through: 0, by: -1)
            .first(where: { tail.uint32(at: $0) == 0x0605_4B50 }) else { return nil }
        let count = UInt64(tail.uint16(at: end + 10))
        let size = UInt64(tail.uint32(at: end + 12))
        let offset = UInt64(tail.uint32(at: end + 16))
        guard count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF else { return (count, offset, size) }
        let endPosition = tailStart + UInt64(end)
        guard endPosition >= 20 else { return nil }
        return locateZIP64Directory(in: bytes, locatorAt: endPosition - 20)
    }

    /// The same, from the ZIP64 end-of-directory record that the locator before the end record points to.
    private static func locateZIP64Directory(in bytes: RawBytes, locatorAt position: UInt64) -> (UInt64, UInt64, UInt64)? {
        guard let locatorData = try? bytes.read(at: position, count: 20) else { return nil }
        let locator = LittleEndian(locatorData)
        guard locator.uint32(at: 0) == 0x0706_4B50,
              let recordData = try? bytes.read(at: locator.uint64(at: 8), count: 56) else { return nil }
        let record = LittleEndian(recordData)
        guard record.uint32(at: 0) == 0x0606_4B50 else { return nil }
        return (record.uint64(at: 32), record.uint64(at: 48), record.uint64(at: 40))
    }

    /// The local-header offset from a record's ZIP64 extra field (after the sizes it also holds).
    private static func zip64Offset(_ records: LittleEndian, record: Int, extra start: Int, count: Int) -> UInt64 {
        var position = start
        while position + 4 <= start + count {
            let id = records.uint16(at: position)
            let length = Int(records.uint16(at: position + 2))
            if id == 0x0001 {
                var field = position + 4
                if records.uint32(at: record + 24) == 0xFFFF_FFFF { field += 8 }
                if records.uint32(at: record + 20) == 0xFFFF_FFFF { field += 8 }
                return records.uint64(at: field)
            }
            position += 4 + length
        }
        return 0xFFFF_FFFF
    }
}

/// Little-endian integers read from bytes; reads past the end give 0 (and so fail the signature checks).
struct LittleEndian {
    private let bytes: [UInt8]

    init(_ data: Data) {
        bytes = [UInt8](data)
    }

    func uint16(at offset: Int) -> UInt16 {
        UInt16(truncatingIfNeeded: value(at: offset, width: 2))
    }

    func uint32(at offset: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: value(at: offset, width: 4))
    }

    func uint64(at offset: Int) -> UInt64 {
        value(at: offset, width: 8)
    }

    /// Up to `count` bytes from `offset`.
    func slice(at offset: Int, count: Int) -> ArraySlice<UInt8> {
        guard offset >= 0, offset < bytes.count else { return [] }
        return bytes[offset..<min(offset + count, bytes.count)]
    }

    private func value(at offset: Int, width: Int) -> UInt64 {
        guard offset >= 0, offset + width <= bytes.count else { return 0 }
        return (0..<width).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * $1) }
    }
}
