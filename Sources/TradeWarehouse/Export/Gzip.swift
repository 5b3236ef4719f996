import Foundation
import ZIPFoundation

/// Wraps bytes in the gzip format (RFC 1952): ZIPFoundation's deflate between a gzip header and a
/// trailer of CRC-32 and length. Written here because no package on this machine writes gzip
/// without pulling in SwiftNIO (compress-nio), and the framing is 18 bytes around deflate.
enum Gzip {
    /// `data`, gzip-compressed.
    static func compress(_ data: Data) throws -> Data {
        var output = Data([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF])
        let chunk = 1 << 16
        _ = try Data.compress(size: Int64(data.count), bufferSize: chunk, provider: { position, size in
            let start = Int(position)
            return data.subdata(in: start..<min(start + size, data.count))
        }, consumer: { output.append($0) })
        output.append(littleEndian: data.crc32(checksum: 0))
        output.append(littleEndian: UInt32(truncatingIfNeeded: data.count))
        return output
    }
}

private extension Data {
    mutating func append(littleEndian value: UInt32) {
        append(contentsOf: (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) })
    }
}
