/// Why an XML part is not well-formed, and where.
///
/// `line` is 1-based and lines end at LF (CR alone does not count). `column` is 1-based and counts
/// bytes, not characters, from the start of the line. The place is that of the offending byte,
/// except that a part ending too early is placed just after its last byte, and a closing tag that
/// does not match is placed just after the tag (it is known to be wrong only once read).
struct XMLSyntaxError: Error, Equatable {
    /// What is wrong, in the words the user reads.
    enum Reason: String {
        case notXML = "the content is not XML"
        case endsTooEarly = "the XML ends too early (the part is cut short)"
        case invalidCharacter = "an invalid character (not UTF-8, or a control character)"
        case invalidCharacterReference =
            "a character reference (&#...;) is malformed or stands for a character XML does not allow"
        case unknownEntity = "an unknown entity (an & that does not start &amp;, &lt;, &gt;, &quot;, &apos; or &#...;)"
        case malformedTag = "a tag or attribute is malformed"
        case tagNotClosed = "a tag is not closed"
        case mismatchedTag = "a closing tag does not match the opening tag"
        case contentAfterEnd = "there is content after the end of the document"
        case documentType = "a DTD (<!DOCTYPE …>), which spreadsheets never contain, is not accepted"
        case nestedTooDeeply = "elements are nested too deeply (more than 256 levels)"
    }

    let reason: Reason
    let line: Int
    let column: Int
}

/// A streaming tokenizer for the XML parts of a workbook: it reads the bytes a chunk at a time and
/// hands elements, attributes and text to an `XMLEventHandler`, checking well-formedness on the way.
///
/// It reads UTF-8 (what OOXML writes) and what spreadsheet parts use: elements (local names given,
/// namespace prefixes dropped), attributes (keyed by their names as written), text with the five
/// predefined entities and character references, CDATA sections (as text), and comments and
/// processing instructions (skipped, the XML declaration among them). Line ends become LF, and
/// tabs and line ends in attribute values become spaces, as XML requires. A DTD is refused, so no
/// entity is ever expanded. The first error stops it; so does any error the handler throws.
///
///     try XMLTokenizer.parse(with: handler) { buffer in read(descriptor, buffer.baseAddress, buffer.count) }
struct XMLTokenizer: ~Copyable {
    /// The bytes read at a time.
    static let defaultChunkSize = 1 << 16
    /// Text longer than this reaches the handler in pieces, so that memory stays flat.
    static let textPieceSize = 1 << 16
    /// Elements nested deeper than this are refused (libxml2's limit too): each level costs memory.
    static let maximumDepth = 256

    private var window: XMLByteWindow
    private let handler: any XMLEventHandler
    /// The text, name and attribute value being read.
    private var text = XMLScratch()
    private var name = XMLScratch()
    private var value = XMLScratch()
    /// The attributes of the start tag being read: emptied for each tag but kept, so that its storage
    /// is reused once the handler is done with it (a handler that keeps it keeps its own copy).
    private var attributes: [String: String] = [:]
    /// The qualified names of the open elements end to end, and for each its local name and where
    /// its qualified name starts in `openNames`.
    private var openNames = XMLScratch()
    private var openElements: [(local: String, start: Int)] = []

    /// Reads a whole XML document. `read` fills the start of the buffer it is given (`chunkSize`
    /// bytes) and returns how many bytes it filled, 0 at the end of the input.
    static func parse(chunkSize: Int = defaultChunkSize, with handler: any XMLEventHandler,
                      reading read: @escaping (UnsafeMutableRawBufferPointer) throws -> Int) throws {
        var tokenizer = XMLTokenizer(window: XMLByteWindow(chunkSize: chunkSize, read: read), handler: handler)
        try tokenizer.readDocument()
    }

    private init(window: consuming XMLByteWindow, handler: any XMLEventHandler) {
        self.window = window
        self.handler = handler
    }

    private mutating func readDocument() throws {
        if try window.hasPrefix(Literal.byteOrderMark) { window.position += Literal.byteOrderMark.count }
        try skipMarkupOutsideTheRoot(beforeIt: true)
        try readStartTag()
        while !openElements.isEmpty { try readContent() }
        try skipMarkupOutsideTheRoot(beforeIt: false)
    }

    /// Skips what may come before or after the root element: white space, comments and processing
    /// instructions. Before it, stops just after the `<` that opens it; after it, at the end.
    private mutating func skipMarkupOutsideTheRoot(beforeIt: Bool) throws {
        let misplaced: XMLSyntaxError.Reason = beforeIt ? .notXML : .contentAfterEnd
        var sawMarkup = false
        while true {
            try skipWhitespace()
            guard let byte = try window.peek() else {
                guard beforeIt else { return }
                throw sawMarkup ? window.endOfInput() : window.failure(.notXML)
            }
            guard byte == .lessThan else { throw window.failure(misplaced) }
            guard try window.require(2) else { throw window.endOfInput() }
            switch window.bytes[window.position + 1] {
            case .questionMark: try window.skip(past: Literal.processingInstructionEnd, from: 2)
            case .exclamationMark: try readDeclaration(inContent: false, otherwise: misplaced)
            default:
                guard beforeIt else { throw window.failure(misplaced) }
                window.position += 1
                return
            }
            sawMarkup = true
        }
    }

    /// Reads what comes next inside an element: text, a tag, a comment, a CDATA section or a
    /// processing instruction.
    private mutating func readContent() throws {
        guard let byte = try window.peek() else { throw window.endOfInput() }
        guard byte == .lessThan else { return try readText() }
        guard try window.require(2) else { throw window.endOfInput() }
        switch window.bytes[window.position + 1] {
        case .slash:
            window.position += 2
            try readEndTag()
        case .questionMark: try window.skip(past: Literal.processingInstructionEnd, from: 2)
        case .exclamationMark: try readDeclaration(inContent: true, otherwise: .malformedTag)
        default:
            window.position += 1
            try readStartTag()
        }
    }

    /// At `<!`: skips a comment, reads a CDATA section (in content only) or refuses a DTD.
    private mutating func readDeclaration(inContent: Bool, otherwise reason: XMLSyntaxError.Reason) throws {
        if try window.hasPrefix(Literal.commentStart) {
            try window.skip(past: Literal.commentEnd, from: Literal.commentStart.count)
        } else if try window.hasPrefix(Literal.documentType) {
            throw window.failure(.documentType)
        } else if inContent, try window.hasPrefix(Literal.cdataStart) {
            try readCDATA()
        } else {
            throw window.failure(reason)
        }
    }

    // MARK: Tags

    /// Reads a start tag (after its `<`) and hands it to the handler; `<a/>` ends at once.
    private mutating func readStartTag() throws {
        guard openElements.count < Self.maximumDepth else { throw window.failure(.nestedTooDeeply) }
        try readName()
        let local = Self.localName(of: name.bytes)
        let start = openNames.count
        openNames.append(name.bytes)
        let isEmptyElement = try readAttributes()
        try handler.didStart(local, attributes: attributes)
        if isEmptyElement {
            openNames.removeLast(openNames.count - start)
            try handler.didEnd(local)
        } else {
            openElements.append((local, start))
        }
    }

    /// Reads the attributes of a start tag into `attributes`, up to the tag's end (`>` or `/>`);
    /// says whether it was `/>`.
    private mutating func readAttributes() throws -> Bool {
        attributes.removeAll(keepingCapacity: true)
        while true {
            let spaced = try skipWhitespace()
            guard let byte = try window.peek() else { throw window.endOfInput() }
            switch byte {
            case .greaterThan:
                window.position += 1
                return false
            case .slash:
                window.position += 1
                try expect(.greaterThan, or: .tagNotClosed)
                return true
            case .lessThan: throw window.failure(.tagNotClosed)
            default:
                guard spaced else { throw window.failure(.malformedTag) }
                try readName()
                let attributeName = name.string
                try skipWhitespace()
                try expect(.equals, or: .malformedTag)
                try skipWhitespace()
                try readAttributeValue()
                guard attributes.updateValue(value.string, forKey: attributeName) == nil else {
                    throw window.failure(.malformedTag)
                }
            }
        }
    }

    /// Reads an end tag (after its `</`), which must close the element opened last, and hands it to
    /// the handler.
    private mutating func readEndTag() throws {
        try readName()
        try skipWhitespace()
        try expect(.greaterThan, or: .tagNotClosed)
        guard let open = openElements.last, openNames.bytes[open.start...].elementsEqual(name.bytes) else {
            throw window.failure(.mismatchedTag)
        }
        openElements.removeLast()
        openNames.removeLast(openNames.count - open.start)
        try handler.didEnd(open.local)
    }

    /// Reads an element or attribute name into `name`.
    private mutating func readName() throws {
        name.removeAll()
        guard let first = try window.peek() else { throw window.endOfInput() }
        guard first >= 0x80 || first.isNameStart else { throw window.failure(.malformedTag) }
        while let byte = try window.peek() {
            if byte >= 0x80 {
                try window.copyCharacter(into: &name)
            } else if byte.isNameByte {
                window.copyRun(into: &name, while: \.isNameByte)
            } else {
                return
            }
        }
    }

    /// Reads a quoted attribute value into `value`.
    private mutating func readAttributeValue() throws {
        guard let quote = try window.peek() else { throw window.endOfInput() }
        guard quote == .quote || quote == .apostrophe else { throw window.failure(.malformedTag) }
        window.position += 1
        value.removeAll()
        while true {
            guard let byte = try window.peek() else { throw window.endOfInput() }
            switch byte {
            case quote:
                window.position += 1
                return
            case .ampersand: try window.copyReference(into: &value)
            case .carriageReturn: try window.copyLineEnd(into: &value, as: .space)
            case .tab, .lineFeed:
                value.append(.space)
                window.position += 1
            case .lessThan: throw window.failure(.malformedTag)
            case 0x20..<0x80:
                window.copyRun(into: &value) { $0 >= 0x20 && $0 != quote && $0 != .lessThan && $0 != .ampersand }
            case 0x80...: try window.copyCharacter(into: &value)
            default: throw window.failure(.invalidCharacter)
            }
        }
    }

    /// Moves past `expected`, which must come next.
    private mutating func expect(_ expected: UInt8, or reason: XMLSyntaxError.Reason) throws {
        guard let byte = try window.peek() else { throw window.endOfInput() }
        guard byte == expected else { throw window.failure(reason) }
        window.position += 1
    }

    /// Skips spaces, tabs and line ends; says whether there were any.
    @discardableResult
    private mutating func skipWhitespace() throws -> Bool {
        var skipped = false
        while let byte = try window.peek(), byte.isWhitespace {
            window.position += 1
            skipped = true
        }
        return skipped
    }

    /// `c` for `c` or `x:c`.
    private static func localName(of name: UnsafeBufferPointer<UInt8>) -> String {
        let start = name.lastIndex(of: .colon).map { $0 + 1 } ?? 0
        return String(decoding: name[start...], as: UTF8.self)
    }

    // MARK: Text

    /// Reads character data up to the next `<` and hands it to the handler.
    private mutating func readText() throws {
        while let byte = try window.peek(), byte != .lessThan {
            switch byte {
            case .ampersand: try window.copyReference(into: &text)
            case .carriageReturn: try window.copyLineEnd(into: &text, as: .lineFeed)
            case .tab, .lineFeed, 0x20..<0x80: window.copyRun(into: &text, while: \.isTextByte)
            case 0x80...: try window.copyCharacter(into: &text)
            default: throw window.failure(.invalidCharacter)
            }
            if text.count >= Self.textPieceSize { deliverText() }
        }
        deliverText()
    }

    /// Reads a CDATA section (at its `<![CDATA[`) and hands its text to the handler as it is.
    private mutating func readCDATA() throws {
        window.position += Literal.cdataStart.count
        while true {
            guard let byte = try window.peek() else { throw window.endOfInput() }
            switch byte {
            case .closingBracket:
                if try window.hasPrefix(Literal.cdataEnd) {
                    window.position += Literal.cdataEnd.count
                    deliverText()
                    return
                }
                text.append(byte)
                window.position += 1
            case .carriageReturn: try window.copyLineEnd(into: &text, as: .lineFeed)
            case .tab, .lineFeed, 0x20..<0x80: window.copyRun(into: &text, while: \.isCDATAByte)
            case 0x80...: try window.copyCharacter(into: &text)
            default: throw window.failure(.invalidCharacter)
            }
            if text.count >= Self.textPieceSize { deliverText() }
        }
    }

    private mutating func deliverText() {
        guard text.count > 0 else { return }
        handler.didFind(text: text.string)
        text.removeAll()
    }
}

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
            guard let entity = Literal.entities.first(where: { body.elementsEqual($0.name) }) else {
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

/// A growable run of bytes, cheaper to fill and to empty than an `[UInt8]`: the tokenizer's scratch.
struct XMLScratch: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity = 64
    private(set) var count = 0

    init() {
        start = .allocate(capacity: capacity)
    }

    deinit {
        start.deallocate()
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// The bytes as a string (the tokenizer copies only valid UTF-8 in).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress else { return }
        reserve(source.count)
        (start + count).initialize(from: base, count: source.count)
        count += source.count
    }

    mutating func removeAll() {
        count = 0
    }

    mutating func removeLast(_ dropped: Int) {
        count -= dropped
    }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        capacity = max(capacity * 2, count + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.initialize(from: start, count: count)
        start.deallocate()
        start = grown
    }
}

/// The fixed byte sequences the tokenizer looks for.
private enum Literal {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let commentStart = Array("<!--".utf8)
    static let commentEnd = Array("-->".utf8)
    static let cdataStart = Array("<![CDATA[".utf8)
    static let cdataEnd = Array("]]>".utf8)
    static let documentType = Array("<!DOCTYPE".utf8)
    static let processingInstructionEnd = Array("?>".utf8)
    /// The five predefined entities, by name.
    static let entities: [(name: [UInt8], character: UInt8)] = [
        (Array("amp".utf8), UInt8(ascii: "&")), (Array("lt".utf8), .lessThan), (Array("gt".utf8), .greaterThan),
        (Array("quot".utf8), .quote), (Array("apos".utf8), .apostrophe),
    ]
}

private extension UInt8 {
    static var tab: UInt8 { 0x09 }
    static var lineFeed: UInt8 { 0x0A }
    static var carriageReturn: UInt8 { 0x0D }
    static var space: UInt8 { 0x20 }
    static var quote: UInt8 { UInt8(ascii: "\"") }
    static var hash: UInt8 { UInt8(ascii: "#") }
    static var ampersand: UInt8 { UInt8(ascii: "&") }
    static var apostrophe: UInt8 { UInt8(ascii: "'") }
    static var slash: UInt8 { UInt8(ascii: "/") }
    static var colon: UInt8 { UInt8(ascii: ":") }
    static var semicolon: UInt8 { UInt8(ascii: ";") }
    static var lessThan: UInt8 { UInt8(ascii: "<") }
    static var equals: UInt8 { UInt8(ascii: "=") }
    static var greaterThan: UInt8 { UInt8(ascii: ">") }
    static var questionMark: UInt8 { UInt8(ascii: "?") }
    static var exclamationMark: UInt8 { UInt8(ascii: "!") }
    static var closingBracket: UInt8 { UInt8(ascii: "]") }

    var isWhitespace: Bool { self == .space || self == .tab || self == .lineFeed || self == .carriageReturn }

    /// A byte that may start a name: an ASCII letter, `_` or `:` (bytes of 0x80 and more are checked apart).
    var isNameStart: Bool {
        ((self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z")) || self == UInt8(ascii: "_") || self == .colon
    }

    /// A byte that may continue a name: a name start, a digit, `-` or `.`.
    var isNameByte: Bool {
        isNameStart || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9")) || self == UInt8(ascii: "-")
            || self == UInt8(ascii: ".")
    }

    /// An ASCII byte that stands for itself in text: not `<`, `&`, CR or another control character but tab and LF.
    var isTextByte: Bool {
        self >= .space ? self != .lessThan && self != .ampersand : self == .lineFeed || self == .tab
    }

    /// An ASCII byte that stands for itself in a CDATA section but may not end it.
    var isCDATAByte: Bool {
        self >= .space ? self != .closingBracket : self == .lineFeed || self == .tab
    }

    /// 0–15 for a hexadecimal digit.
    var hexDigitValue: UInt32? {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(self - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(self - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(self - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
