/// Turns UTF-16 bytes (what Excel's "Unicode Text" saves, after its byte-order mark) into UTF-8 a
/// chunk at a time, so that such a file reads like any UTF-8 file and memory stays flat. The
/// standard library's `transcode` does the work; a byte or the first half of a surrogate pair left
/// at a chunk's end waits for the next chunk. Damaged UTF-16 (an unpaired surrogate, an odd number
/// of bytes) is refused with its line, never replaced by U+FFFD.
struct UTF16Transcoder {
    /// The order of the two bytes of a UTF-16 unit.
    enum ByteOrder: String {
        case little, big
    }

    let order: ByteOrder
    private let path: String
    private var pendingByte: UInt8?
    private var pendingHighSurrogate: UInt16?
    /// Lines written so far, for the line an error names.
    private var line = 1

    init(order: ByteOrder, path: String) {
        self.order = order
        self.path = path
    }

    /// The byte order of a UTF-16 byte-order mark at the start of `head`; nil without one.
    static func byteOrder<Bytes: Collection<UInt8>>(ofMarkIn head: Bytes) -> ByteOrder? {
        switch Array(head.prefix(2)) {
        case [0xFF, 0xFE]: return .little
        case [0xFE, 0xFF]: return .big
        default: return nil
        }
    }

    /// The UTF-8 bytes of the next chunk of UTF-16 bytes (the byte-order mark already skipped).
    mutating func feed<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 + 2)
        if let high = pendingHighSurrogate { units.append(high) }
        pendingHighSurrogate = nil
        var first = pendingByte
        pendingByte = nil
        for byte in bytes {
            guard let lead = first else { first = byte; continue }
            units.append(order == .little ? UInt16(byte) << 8 | UInt16(lead) : UInt16(lead) << 8 | UInt16(byte))
            first = nil
        }
        pendingByte = first
        if let last = units.last, UTF16.isLeadSurrogate(last) {
            pendingHighSurrogate = last
            units.removeLast()
        }
        return try transcoded(units)
    }

    /// Checks that the text did not end half-way through a character.
    func finish() throws {
        if pendingByte != nil {
            throw IngestError.atLine(file: path, line: line, message: "the UTF-16 text ends with half a character "
                + "(an odd number of bytes): the file is cut short or not UTF-16")
        }
        if pendingHighSurrogate != nil { throw unpaired() }
    }

    private mutating func transcoded(_ units: [UInt16]) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(units.count * 3 / 2)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { byte in
            output.append(byte)
            if byte == UInt8(ascii: "\n") { line += 1 }
        }
        if failed { throw unpaired() }
        return output
    }

    private func unpaired() -> IngestError {
        .atLine(file: path, line: line, message: "the UTF-16 text has half of a surrogate pair with no other half: "
            + "the file is damaged or not UTF-16")
    }
}
