import Foundation
import PropertyBased

/// Random damage done to a file's bytes, with a record of each step (for a failure's message).
struct Damage {
    private(set) var bytes: Data
    private(set) var steps: [String] = []

    init(_ bytes: Data) {
        self.bytes = bytes
    }

    /// The offsets of the ZIP records' signatures (local headers, central directory entries, the
    /// end records): damage aimed at them reaches the archive's structure rather than compressed data.
    private var recordStarts: [Int] {
        let signatures: Set<UInt32> = [0x0403_4B50, 0x0201_4B50, 0x0605_4B50, 0x0606_4B50, 0x0706_4B50]
        return bytes.count < 4 ? [] : (0...(bytes.count - 4)).filter { offset in
            let start = bytes.startIndex + offset
            let word = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[start + $1]) << (8 * $1) }
            return signatures.contains(word)
        }
    }

    /// The places of the digits in cells' values (`<v>42000</v>`, `<t>16.870</t>`), where the
    /// bytes hold the XML as it is.
    private var cellDigits: [Data.Index] {
        var found: [Data.Index] = []
        var index = bytes.startIndex
        while index + 3 < bytes.endIndex {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "<"), [UInt8(ascii: "v"), UInt8(ascii: "t")].contains(bytes[index + 1]),
                  bytes[index + 2] == UInt8(ascii: ">") else { continue }
            var digit = index + 3
            while digit < bytes.endIndex, bytes[digit] != UInt8(ascii: "<") {
                if Self.isDigit(bytes[digit]) { found.append(digit) }
                digit += 1
            }
        }
        return found
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Applies one kind of damage, chosen at random.
    mutating func apply(using random: inout Xoshiro) {
        guard bytes.count > 1 else { return }
        switch Int.random(in: 0..<9, using: &random) {
        case 0:
            let offset = Int.random(in: 0..<bytes.count, using: &random)
            xor(at: offset, with: UInt8.random(in: 1...255, using: &random))
        case 1, 2:
            // A byte of a record's header (a size, an offset, a name length, a method, a checksum).
            guard let record = recordStarts.randomElement(using: &random) else { return }
            let offset = min(bytes.count - 1, record + Int.random(in: 4..<46, using: &random))
            xor(at: offset, with: UInt8.random(in: 1...255, using: &random))
        case 3:
            // A 4-byte field of a record's header set to an extreme.
            guard let record = recordStarts.randomElement(using: &random) else { return }
            let offset = record + 2 * Int.random(in: 2..<22, using: &random)
            let value = [UInt32.max, 0, 0x7FFF_FFFF, 1, UInt32(bytes.count)].randomElement(using: &random)!
            guard offset + 4 <= bytes.count else { return }
            for index in 0..<4 { bytes[bytes.startIndex + offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
            steps.append("set the 4 bytes at \(offset) to \(value)")
        case 4:
            // A digit of a cell's value made another (found only in stored parts; else any digit).
            let digits = cellDigits.isEmpty ? bytes.indices.filter { Self.isDigit(bytes[$0]) } : cellDigits
            guard let index = digits.randomElement(using: &random) else { return }
            let digit = UInt8(ascii: "0") + (bytes[index] - UInt8(ascii: "0") + UInt8.random(in: 1...9, using: &random)) % 10
            bytes[index] = digit
            steps.append("made the digit at \(index - bytes.startIndex) a \(Character(UnicodeScalar(digit)))")
        case 5:
            let length = Int.random(in: 1..<bytes.count, using: &random)
            bytes = bytes.prefix(length)
            steps.append("cut to \(length) bytes")
        case 6:
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let end = min(bytes.count, start + Int.random(in: 1...64, using: &random))
            let replacement = Data((start..<end).map { _ in UInt8.random(in: 0...255, using: &random) })
            bytes.replaceSubrange((bytes.startIndex + start)..<(bytes.startIndex + end), with: replacement)
            steps.append("overwrote bytes \(start)..<\(end) at random")
        case 7:
            let start = Int.random(in: 0..<bytes.count, using: &random)
            let end = min(bytes.count, start + Int.random(in: 1...64, using: &random))
            bytes.removeSubrange((bytes.startIndex + start)..<(bytes.startIndex + end))
            steps.append("removed bytes \(start)..<\(end)")
        default:
            let at = Int.random(in: 0...bytes.count, using: &random)
            let inserted = Data((0..<Int.random(in: 1...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
            bytes.insert(contentsOf: inserted, at: bytes.startIndex + at)
            steps.append("inserted \(inserted.count) random bytes at \(at)")
        }
    }

    private mutating func xor(at offset: Int, with mask: UInt8) {
        bytes[bytes.startIndex + offset] ^= mask
        steps.append("flipped bits \(mask) of the byte at \(offset)")
    }
}
