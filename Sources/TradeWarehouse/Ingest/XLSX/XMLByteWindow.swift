/// An XML part as a window sliding over its bytes, read a chunk at a time: the tokenizer looks at
/// `bytes[position..<end]`, asks for more with `require`, and copies characters out, checked and
/// decoded. It knows the line and column of any byte in the window, for errors.
struct XMLByteWindow: ~Copyable {
    /// The longest look-ahead `require` may be asked for: a character reference, at most.
    static let maximumLookahead = 32

    /// The window's bytes, `bytes[0..<end]`.
    let bytes: UnsafeMutablePointer<UInt8>
    /// The next byte to look at.
    var position = 0
    private(set) var end = 0
    private let chunkSize: Int
    private let read: (UnsafeMutableRawBufferPointer) throws -> Int
    private var inputEnded = false
    /// Where `bytes[0]` lies in the input.
    private var offset = 0
    /// The line breaks before `bytes[0]`, and where the line holding `bytes[0]` starts in the input.
    private var lineBreaksBefore = 0
    private var lineStartBefore = 0

    /// A window that reads `chunkSize` bytes at a time with `read` (see `XMLTokenizer.parse`).
    init(chunkSize: Int, read: @escaping (UnsafeMutableRawBufferPointer) throws -> Int) {
        precondition(chunkSize > 0, "chunkSize must be positive")
        self.chunkSize = chunkSize
        self.read = read
        bytes = .allocate(capacity: chunkSize + Self.maximumLookahead)
    }

    deinit {
        bytes.deallocate()
    }

    /// The byte at `position`, reading on if need be; nil at the end of the input.
    @inline(__always)
    mutating func peek() throws -> UInt8? {
        if position < end { return bytes[position] }
        return try require(1) ? bytes[position] : nil
    }

    /// Makes `count` bytes (no more than `maximumLookahead`) available from `position`, unless the
    /// input ends first; says whether they are.
    mutating func require(_ count: Int) throws -> Bool {
        if end - position >= count { return true }
        slide()
        while end < count && !inputEnded {
            let filled = try read(UnsafeMutableRawBufferPointer(start: bytes + end, count: chunkSize))
            if filled == 0 { inputEnded = true } else { end += filled }
        }
        return end >= count
    }

    /// True when the bytes at `position` are `literal`.
    mutating func hasPrefix(_ literal: [UInt8]) throws -> Bool {
        guard try require(literal.count) else { return false }
        return literal.indices.allSatisfy { bytes[position + $0] == literal[$0] }
    }

    /// Moves past the first `terminator` that starts `skipping` bytes or more after `position`
    /// (the end of a comment or processing instruction).
    mutating func skip(past terminator: [UInt8], from skipping: Int) throws {
        position += skipping
        while try !hasPrefix(terminator) {
            guard position < end else { throw endOfInput() }
            position += 1
        }
        position += terminator.count
    }

    /// Drops the bytes before `position`, counting their line breaks, and moves the rest to the start.
    private mutating func slide() {
        (lineBreaksBefore, lineStartBefore) = lineBreaks(before: position)
        let kept = end - position
        UnsafeMutableRawPointer(bytes).copyMemory(from: bytes + position, byteCount: kept)
        offset += position
        end = kept
        position = 0
    }

    /// The line breaks before `bytes[index]` since the input began, and where its line starts.
    private func lineBreaks(before index: Int) -> (count: Int, lineStart: Int) {
        let scanned = UnsafeBufferPointer(start: bytes, count: index)
        var count = 0
        for byte in scanned { count &+= byte == .lineFeed ? 1 : 0 }
        guard count > 0, let last = scanned.lastIndex(of: .lineFeed) else { return (lineBreaksBefore, lineStartBefore) }
        return (lineBreaksBefore + count, offset + last + 1)
    }

    /// An error for the byte at `position`.
    func failure(_ reason: XMLSyntaxError.Reason) -> XMLSyntaxError {
        let (breaks, lineStart) = lineBreaks(before: position)
        return XMLSyntaxError(reason: reason, line: breaks + 1, column: offset + position - lineStart + 1)
    }

    /// The error for an input that ends too early, placed after its last byte.
    mutating func endOfInput() -> XMLSyntaxError {
        position = end
        return failure(.endsTooEarly)
    }

    // MARK: Characters

    /// Copies the run of bytes from `position` that are ASCII bytes `isPlain` accepts or valid UTF-8
    /// characters, up to the first other byte or the end of the window.
    @inline(__always)
    mutating func copyRun(into copy: inout XMLScratch, while isPlain: (UInt8) -> Bool) {
        var index = position
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                guard isPlain(byte) else { break }
                index += 1
            } else {
                guard let length = Self.lengthOfCharacter(at: bytes + index, available: end - index), length > 0 else { break }
                index += length
            }
        }
        copy.append(UnsafeBufferPointer(start: bytes + position, count: index - position))
        position = index
    }

    /// Copies the multi-byte UTF-8 character at `position`, which may run past the window.
    mutating func copyCharacter(into copy: inout XMLScratch) throws {
        _ = try require(4)
        guard let length = Self.lengthOfCharacter(at: bytes + position, available: end - position), length > 0 else {
            throw failure(.invalidCharacter)
        }
        copy.append(UnsafeBufferPointer(start: bytes + position, count: length))
        position += length
    }

    /// Copies a line end (CR, or CR LF, at `position`) as `replacement`.
    mutating func copyLineEnd(into copy: inout XMLScratch, as replacement: UInt8) throws {
        copy.append(replacement)
        position += 1
        if try peek() == .lineFeed { position += 1 }
    }

    /// Copies what the reference at `position` (`&amp;`, `&#233;`, `&#xE9;`) stands for. References
    /// longer than `maximumLookahead` bytes are refused: only needless leading zeros make one so long.
    mutating func copyReference(into copy: inout XMLScratch) throws {
        _ = try require(Self.maximumLookahead)
        let candidate = UnsafeBufferPointer(start: bytes + position + 1, count: min(end - position, Self.maximumLookahead) - 1)
        let isNumeric = candidate.first == .hash
        guard let semicolon = candidate.firstIndex(of: .semicolon) else {
            throw failure(isNumeric ? .invalidCharacterReference : .unknownEntity)
        }
        let body = UnsafeBufferPointer(rebasing: candidate[..<semicolon])
        if isNumeric {
            guard let scalar = Self.character(referencedBy: body.dropFirst()) else { throw failure(.invalidCharacterReference) }
            UTF8.encode(scalar) { copy.append($0) }
        } else {
            guard let entity = XMLLiteral.entities.first(where: { body.elementsEqual($0.name) }) else {
                throw failure(.unknownEntity)
            }
            copy.append(entity.character)
        }
        position += semicolon + 2
    }

    /// The character `&#…;` stands for, given what comes between `&#` and `;`, if it is one XML allows.
    private static func character(referencedBy digits: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        let isHex = digits.first == UInt8(ascii: "x")
        let radix: UInt32 = isHex ? 16 : 10
        let written = isHex ? digits.dropFirst() : digits
        guard !written.isEmpty else { return nil }
        var code: UInt32 = 0
        for byte in written {
            guard let digit = byte.hexDigitValue, digit < radix else { return nil }
            code = code * radix + digit
            guard code <= 0x10FFFF else { return nil }
        }
        switch code {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return Unicode.Scalar(code)
        default: return nil
        }
    }

    /// The length of the UTF-8 character starting `start[0]` (a byte of 0x80 or more): 0 when it is
    /// not valid UTF-8 or not a character XML allows (U+FFFE, U+FFFF), nil when `available` bytes
    /// are too few to tell.
    @inline(__always)
    private static func lengthOfCharacter(at start: UnsafePointer<UInt8>, available: Int) -> Int? {
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        let length: Int
        switch start[0] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return 0
        }
        guard available >= length else { return nil }
        guard secondRange.contains(start[1]) else { return 0 }
        for index in 2..<length where start[index] & 0xC0 != 0x80 { return 0 }
        if start[0] == 0xEF && start[1] == 0xBF && start[2] >= 0xBE { return 0 }
        return length
    }
}
