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
        if try window.hasPrefix(XMLLiteral.byteOrderMark) { window.position += XMLLiteral.byteOrderMark.count }
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
            case .questionMark: try window.skip(past: XMLLiteral.processingInstructionEnd, from: 2)
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
        case .questionMark: try window.skip(past: XMLLiteral.processingInstructionEnd, from: 2)
        case .exclamationMark: try readDeclaration(inContent: true, otherwise: .malformedTag)
        default:
            window.position += 1
            try readStartTag()
        }
    }

    /// At `<!`: skips a comment, reads a CDATA section (in content only) or refuses a DTD.
    private mutating func readDeclaration(inContent: Bool, otherwise reason: XMLSyntaxError.Reason) throws {
        if try window.hasPrefix(XMLLiteral.commentStart) {
            try window.skip(past: XMLLiteral.commentEnd, from: XMLLiteral.commentStart.count)
        } else if try window.hasPrefix(XMLLiteral.documentType) {
            throw window.failure(.documentType)
        } else if inContent, try window.hasPrefix(XMLLiteral.cdataStart) {
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
        window.position += XMLLiteral.cdataStart.count
        while true {
            guard let byte = try window.peek() else { throw window.endOfInput() }
            switch byte {
            case .closingBracket:
                if try window.hasPrefix(XMLLiteral.cdataEnd) {
                    window.position += XMLLiteral.cdataEnd.count
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
