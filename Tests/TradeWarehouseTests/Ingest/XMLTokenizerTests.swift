import Foundation
import Testing
@testable import TradeWarehouse

/// The tokenizer behind `XMLEventReader`: events, decoding, chunk boundaries, and every error with
/// its message. Each input is read in chunks of 1, 2, 3 and 7 bytes and of the default size, and
/// must give the same events (or the same error) every time.
@Suite struct XMLTokenizerTests {
    static let chunkSizes = [1, 2, 3, 7, XMLTokenizer.defaultChunkSize]

    /// The events of `xml`, the same at every chunk size.
    func events(_ xml: [UInt8]) throws -> [XMLEvent] {
        let all = try Self.chunkSizes.map { chunkSize in
            let recorder = XMLEventRecorder()
            try parseXML(xml, chunkSize: chunkSize, with: recorder)
            return recorder.events
        }
        for (chunkSize, events) in zip(Self.chunkSizes, all) {
            #expect(events == all.last, "chunks of \(chunkSize) bytes")
        }
        return all.last ?? []
    }

    func events(_ xml: String) throws -> [XMLEvent] {
        try events(Array(xml.utf8))
    }

    /// The message `XMLEventReader` gives for `xml` in a part called `sheet "S"`, the same at every
    /// chunk size; nil when it parses.
    func error(_ xml: [UInt8]) -> String? {
        let messages = Self.chunkSizes.map { chunkSize -> String? in
            do {
                try parseXML(xml, chunkSize: chunkSize, with: XMLEventRecorder())
                return nil
            } catch let error as XMLSyntaxError {
                return XMLEventReader.describe(error, in: #"sheet "S""#, location: nil)
            } catch {
                return "unexpected \(error)"
            }
        }
        for (chunkSize, message) in zip(Self.chunkSizes, messages) {
            #expect(message == messages.last, "chunks of \(chunkSize) bytes")
        }
        return messages.last ?? nil
    }

    func error(_ xml: String) -> String? {
        error(Array(xml.utf8))
    }

    /// The message for an error at `line` and `column` for `reason`.
    func message(_ line: Int, _ column: Int, _ reason: XMLSyntaxError.Reason) -> String {
        #"sheet "S": malformed XML at line \#(line), column \#(column): \#(reason.rawValue)"#
    }

    // MARK: Events

    @Test func elementsAttributesAndEmptyElements() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <x:worksheet xmlns:x="urn:main" xmlns:r="urn:rel"><x:row r="1" spans='1:2' ><c r:id = "rId1" xml:space="preserve"/><br /></x:row></x:worksheet>
            """
        #expect(try events(xml) == [
            .start("worksheet", ["xmlns:x": "urn:main", "xmlns:r": "urn:rel"]),
            .start("row", ["r": "1", "spans": "1:2"]),
            .start("c", ["r:id": "rId1", "xml:space": "preserve"]), .end("c"),
            .start("br", [:]), .end("br"),
            .end("row"),
            .end("worksheet"),
        ])
    }

    @Test func everyKindOfEntityAndCharacterReference() throws {
        let xml = #"<t a="&lt;&gt;&amp;&quot;&apos;|&#65;&#x42;&#xe9;&#xE9;&#0233;&#x1F600;">&lt;&gt;&amp;&quot;&apos; &#272;&#x1EA1;&#x10FFFF; > "'</t>"#
        #expect(try events(xml) == [
            .start("t", ["a": "<>&\"'|ABééé😀"]),
            .text("<>&\"' Đạ\u{10FFFF} > \"'"),
            .end("t"),
        ])
    }

    @Test func cdataIsTextAsItIs() throws {
        #expect(try events("<t>a<![CDATA[<raw & ]] &amp; text>]]]>b</t>") == [
            .start("t", [:]), .text("a"), .text("<raw & ]] &amp; text>]"), .text("b"), .end("t"),
        ])
    }

    @Test func commentsAndProcessingInstructionsAreSkipped() throws {
        let xml = "<?xml version=\"1.0\"?><!-- before --><?mso-application progid=\"Excel.Sheet\"?>\n"
            + "<a><!-- in - side <b> --><?target x > y?>b<!---->c</a><!-- after -->\n<?after?>\n"
        #expect(try events(xml) == [.start("a", [:]), .text("b"), .text("c"), .end("a")])
    }

    @Test func lineEndsBecomeLineFeedsButNotWhenReferenced() throws {
        #expect(try events("<t>a\r\nb\rc\nd&#13;e&#xD;&#10;<![CDATA[f\r\ng\rh]]></t>") == [
            .start("t", [:]), .text("a\nb\nc\nd\re\r\n"), .text("f\ng\nh"), .end("t"),
        ])
    }

    @Test func tabsAndLineEndsInAttributeValuesBecomeSpaces() throws {
        #expect(try events("<a v=\"x\ty\nz\r\nw\rq\" w='&#9;&#10;&#13;' u=\"  two  spaces \"/>") == [
            .start("a", ["v": "x y z w q", "w": "\t\n\r", "u": "  two  spaces "]), .end("a"),
        ])
    }

    @Test func whitespaceBetweenElementsIsTextAndPreservedTextIsExact() throws {
        #expect(try events("<si>\n  <t xml:space=\"preserve\"> a </t>\n</si>\n") == [
            .start("si", [:]), .text("\n  "), .start("t", ["xml:space": "preserve"]), .text(" a "), .end("t"),
            .text("\n"), .end("si"),
        ])
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        #expect(try events([0xEF, 0xBB, 0xBF] + Array("<a>x</a>".utf8)) == [.start("a", [:]), .text("x"), .end("a")])
    }

    @Test func tokensSplitAcrossChunksReadTheSame() throws {
        // Every kind of token, long enough to straddle boundaries at each chunk size.
        let xml = "\u{FEFF}<?xml version=\"1.0\"?>\r\n<!-- a comment of some length -->"
            + "<worksheet xmlns=\"urn:main\"><sheetData><row r=\"1048576\" spans=\"1:16384\">"
            + "<c r=\"XFD1048576\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Hàng &amp; thủy sản&#x1EA1;\r\n</t></is></c>"
            + "<c r=\"A2\"><v><![CDATA[12345.678]]></v></c></row></sheetData></worksheet>"
        #expect(try events(xml) == [
            .start("worksheet", ["xmlns": "urn:main"]), .start("sheetData", [:]),
            .start("row", ["r": "1048576", "spans": "1:16384"]),
            .start("c", ["r": "XFD1048576", "t": "inlineStr"]), .start("is", [:]), .start("t", ["xml:space": "preserve"]),
            .text("Hàng & thủy sảnạ\n"), .end("t"), .end("is"), .end("c"),
            .start("c", ["r": "A2"]), .start("v", [:]), .text("12345.678"), .end("v"), .end("c"),
            .end("row"), .end("sheetData"), .end("worksheet"),
        ])
    }

    @Test func multiByteCharactersSplitAcrossChunks() throws {
        for chunkSize in 1...9 {
            let recorder = XMLEventRecorder()
            try parseXML(Array("<Hàng tên=\"Hàn Quốc\">Điện thoại 📱</Hàng>".utf8), chunkSize: chunkSize, with: recorder)
            #expect(recorder.events == [.start("Hàng", ["tên": "Hàn Quốc"]), .text("Điện thoại 📱"), .end("Hàng")],
                    "chunks of \(chunkSize) bytes")
        }
    }

    @Test func longTextComesInPiecesThatJoinUp() throws {
        let long = String(repeating: "Điện thoại, ", count: 20_000)
        let recorder = XMLEventRecorder()
        try parseXML(Array("<t>\(long)</t>".utf8), with: recorder)
        let pieces = recorder.events.compactMap { if case .text(let text) = $0 { return text } else { return nil } }
        #expect(pieces.count > 1)
        #expect(pieces.joined() == long)
    }

    // MARK: Errors

    @Test func notXML() {
        #expect(error("PK\u{3}\u{4} binary") == message(1, 1, .notXML))
        #expect(error("") == message(1, 1, .notXML))
        #expect(error(" \n ") == message(2, 2, .notXML))
        #expect(error("<?xml version=\"1.0\"?>\n text") == message(2, 2, .notXML))
        #expect(error("<![CDATA[x]]><a/>") == message(1, 1, .notXML))
    }

    @Test func endsTooEarly() {
        #expect(error("<a><b>text") == message(1, 11, .endsTooEarly))
        #expect(error("<?xml version=\"1.0\"?>\n") == message(2, 1, .endsTooEarly))
        #expect(error("<a b=\"1") == message(1, 8, .endsTooEarly))
        #expect(error("<a><!-- not closed -") == message(1, 21, .endsTooEarly))
        #expect(error("<a><![CDATA[x]]") == message(1, 16, .endsTooEarly))
        #expect(error("<a\n") == message(2, 1, .endsTooEarly))
        #expect(error("<a></a") == message(1, 7, .endsTooEarly))
    }

    @Test func invalidCharacters() {
        let a = Array("<a>".utf8)
        #expect(error(a + [0x63, 0x61, 0x66, 0xE9, 0x3C, 0x2F, 0x61, 0x3E]) == message(1, 7, .invalidCharacter))  // Latin-1 é
        #expect(error(a + [0xC0, 0x80]) == message(1, 4, .invalidCharacter))  // overlong NUL
        #expect(error(a + [0xED, 0xA0, 0x80]) == message(1, 4, .invalidCharacter))  // a surrogate
        #expect(error(a + [0xEF, 0xBF, 0xBF]) == message(1, 4, .invalidCharacter))  // U+FFFF
        #expect(error(a + [0xE1, 0xBA]) == message(1, 4, .invalidCharacter))  // cut short
        #expect(error("<a>x\u{1}</a>") == message(1, 5, .invalidCharacter))
        #expect(error("<a>\n\u{0}</a>") == message(2, 1, .invalidCharacter))
        #expect(error("<a v=\"\u{B}\"/>") == message(1, 7, .invalidCharacter))
        #expect(error(Array("<a v=\"".utf8) + [0xFF, 0x22, 0x2F, 0x3E]) == message(1, 7, .invalidCharacter))
        #expect(error(Array("<a".utf8) + [0xC3, 0x28, 0x2F, 0x3E]) == message(1, 3, .invalidCharacter))
        #expect(error("<a><![CDATA[\u{7}]]></a>") == message(1, 13, .invalidCharacter))
    }

    @Test func invalidCharacterReferences() {
        for reference in ["&#0;", "&#xD800;", "&#xFFFE;", "&#x110000;", "&#;", "&#x;", "&#xZZ;", "&#X41;", "&#12a;", "&#1",
                          "&#" + String(repeating: "0", count: 30) + "65;"] {
            #expect(error("<a>\n  \(reference)</a>") == message(2, 3, .invalidCharacterReference), "\(reference)")
        }
        #expect(error("<a v='&#1;'/>") == message(1, 7, .invalidCharacterReference))
    }

    @Test func unknownEntities() {
        #expect(error("<a>&nbsp;</a>") == message(1, 4, .unknownEntity))
        #expect(error("<a>A & B</a>") == message(1, 6, .unknownEntity))
        #expect(error("<a>&AMP;</a>") == message(1, 4, .unknownEntity))
        #expect(error("<a>&amp</a>") == message(1, 4, .unknownEntity))
        #expect(error("<a v=\"&e;\"/>") == message(1, 7, .unknownEntity))
    }

    @Test func malformedTagsAndAttributes() {
        #expect(error("<a b=1/>") == message(1, 6, .malformedTag))
        #expect(error("<a b=\"1\"c=\"2\"/>") == message(1, 9, .malformedTag))
        #expect(error("<a b=\"1\" b='2'/>") == message(1, 15, .malformedTag))
        #expect(error("<a b=\"x<y\"/>") == message(1, 8, .malformedTag))
        #expect(error("<1a/>") == message(1, 2, .malformedTag))
        #expect(error("<a b/>") == message(1, 5, .malformedTag))
        #expect(error("<a>< b/></a>") == message(1, 5, .malformedTag))
        #expect(error("<a><!ELEMENT a ANY></a>") == message(1, 4, .malformedTag))
    }

    @Test func tagsNotClosed() {
        #expect(error("<a><b</a>") == message(1, 6, .tagNotClosed))
        #expect(error("<a></a x>") == message(1, 8, .tagNotClosed))
        #expect(error("<a/ >") == message(1, 4, .tagNotClosed))
    }

    @Test func aClosingTagThatDoesNotMatch() {
        #expect(error("<a><b></a>") == message(1, 11, .mismatchedTag))
        #expect(error("<x:a></a>") == message(1, 10, .mismatchedTag))
        #expect(error("<r>\r\n<v>1</c >\r\n</r>") == message(2, 10, .mismatchedTag))
    }

    @Test func contentAfterTheEnd() {
        #expect(error("<a/>text") == message(1, 5, .contentAfterEnd))
        #expect(error("<a/>\n<b/>") == message(2, 1, .contentAfterEnd))
        #expect(error("<a></a></a>") == message(1, 8, .contentAfterEnd))
        #expect(error("<a/><!-- fine --><?fine?>\n") == nil)
    }

    @Test func aDocumentTypeIsRefused() {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><a>&lol2;</a>
            """
        #expect(error(bomb) == message(2, 1, .documentType))
        #expect(error("<a><!DOCTYPE a></a>") == message(1, 4, .documentType))
        #expect(XMLSyntaxError.Reason.documentType.rawValue
            == "a DTD (<!DOCTYPE …>), which spreadsheets never contain, is not accepted")
    }

    @Test func elementsNestedTooDeeply() {
        #expect(error(String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)) == nil)
        #expect(error(String(repeating: "<a>", count: 257)) == message(1, 770, .nestedTooDeeply))
    }

    @Test func errorsArePlacedByLineAndByteColumn() {
        // Columns count bytes: "Đạ" is 5 of them.
        #expect(error("<a>\n<b>Đạ\n  &x;</b></a>") == message(3, 3, .unknownEntity))
        #expect(error("<a>Đạ&x;</a>") == message(1, 9, .unknownEntity))
        let lines = String(repeating: "<b>line</b>\n", count: 20_000)
        #expect(error("<a>\n\(lines)<b>&x;</b></a>") == message(20_002, 4, .unknownEntity))
    }

    // MARK: Through XMLEventReader

    @Test func theReaderParsesAFileAndNamesThePartAndPlaceInErrors() throws {
        let directory = try TemporaryDirectory()
        let rows = (1...5_000).map { #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c></row>"# }.joined(separator: "\n")
        let good = try directory.write("<sheetData>\n\(rows)\n</sheetData>", to: "good.xml")
        let recorder = XMLEventRecorder()
        try XMLEventReader.parse(fileAt: URL(fileURLWithPath: good), file: "book.xlsx", part: #"sheet "S""#, with: recorder)
        #expect(recorder.events.count == 2 + 5_000 * 7 + 4_999 + 2)
        #expect(Array(recorder.events.suffix(5)) == [.end("v"), .end("c"), .end("row"), .text("\n"), .end("sheetData")])

        let bad = try directory.write("<sheetData>\n\(rows)\n<row>&x;</row></sheetData>", to: "bad.xml")
        #expect(throws: IngestError.malformed(file: "book.xlsx", message:
            #"sheet "S": malformed XML at line 5002, column 6: \#(XMLSyntaxError.Reason.unknownEntity.rawValue)"#)) {
            try XMLEventReader.parse(fileAt: URL(fileURLWithPath: bad), file: "book.xlsx", part: #"sheet "S""#,
                                     with: XMLEventRecorder())
        }
    }

    @Test func errorsTheHandlerThrowsStopTheParseAsTheyAre() throws {
        struct Stop: Error, Equatable {}
        final class Stopper: XMLEventHandler {
            var seen: [String] = []
            func didStart(_ element: String, attributes: [String: String]) throws {
                seen.append(element)
                if element == "stop" { throw Stop() }
            }
            func didEnd(_ element: String) {}
            func didFind(text: String) {}
        }
        let directory = try TemporaryDirectory()
        let path = try directory.write("<a><b/><stop/><c/>&bad;", to: "part.xml")
        let stopper = Stopper()
        #expect(throws: Stop()) {
            try XMLEventReader.parse(fileAt: URL(fileURLWithPath: path), file: "f", part: "p", with: stopper)
        }
        #expect(stopper.seen == ["a", "b", "stop"])
    }
}

/// One event a tokenizer hands its handler.
enum XMLEvent: Equatable {
    case start(String, [String: String])
    case end(String)
    case text(String)
}

/// Records every event, text pieces as they come.
final class XMLEventRecorder: XMLEventHandler {
    private(set) var events: [XMLEvent] = []

    func didStart(_ element: String, attributes: [String: String]) {
        events.append(.start(element, attributes))
    }

    func didEnd(_ element: String) {
        events.append(.end(element))
    }

    func didFind(text: String) {
        events.append(.text(text))
    }
}

/// Parses `xml` from memory with `handler`, handing the tokenizer `chunkSize` bytes at a time.
func parseXML(_ xml: [UInt8], chunkSize: Int = XMLTokenizer.defaultChunkSize, with handler: any XMLEventHandler) throws {
    var offset = 0
    try XMLTokenizer.parse(chunkSize: chunkSize, with: handler) { buffer in
        let count = min(buffer.count, xml.count - offset)
        xml[offset..<(offset + count)].withUnsafeBytes { buffer.copyMemory(from: $0) }
        offset += count
        return count
    }
}
