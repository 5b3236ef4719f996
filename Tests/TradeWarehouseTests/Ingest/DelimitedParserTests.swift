import Testing
@testable import TradeWarehouse

@Suite struct DelimitedParserTests {
    /// Parses `text` fed in chunks of `chunkSize` bytes; returns every event.
    func parse(_ text: String, delimiter: Character = ",", chunkSize: Int = 1 << 20) throws -> [DelimitedEvent] {
        var parser = DelimitedParser(delimiter: delimiter.asciiValue!)
        var events: [DelimitedEvent] = []
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(start + chunkSize, bytes.count)
            try bytes[start..<end].withUnsafeBytes { try parser.feed($0) { events.append($0) } }
            start = end
        }
        try parser.finish { events.append($0) }
        return events
    }

    func records(_ events: [DelimitedEvent]) -> [DelimitedRecord] {
        events.compactMap { if case .record(let record) = $0 { return record } else { return nil } }
    }

    @Test func splitsFieldsAndTracksLines() throws {
        let events = try parse("a,b,c\n1,2,3\n\n4,,6")
        #expect(records(events) == [
            DelimitedRecord(line: 1, fields: ["a", "b", "c"]),
            DelimitedRecord(line: 2, fields: ["1", "2", "3"]),
            DelimitedRecord(line: 4, fields: ["4", "", "6"]),
        ])
    }

    @Test func quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws {
        let events = try parse("name,note\n\"Korea, Rep.\",\"said \"\"hơn\"\"\nthen\"\nnext,x\n")
        #expect(records(events) == [
            DelimitedRecord(line: 1, fields: ["name", "note"]),
            DelimitedRecord(line: 2, fields: ["Korea, Rep.", "said \"hơn\"\nthen"]),
            DelimitedRecord(line: 4, fields: ["next", "x"]),
        ])
    }

    @Test func crlfByteOrderMarkAndComments() throws {
        let events = try parse("\u{FEFF}# source: customs, 2024\r\n#second\r\na,b\r\n1,2\r\n")
        #expect(events == [
            .comment(line: 1, text: " source: customs, 2024"),
            .comment(line: 2, text: "second"),
            .record(DelimitedRecord(line: 3, fields: ["a", "b"])),
            .record(DelimitedRecord(line: 4, fields: ["1", "2"])),
        ])
    }

    @Test func hashAfterTheHeaderIsData() throws {
        let events = try parse("a\n#1\n")
        #expect(records(events) == [DelimitedRecord(line: 1, fields: ["a"]), DelimitedRecord(line: 2, fields: ["#1"])])
    }

    @Test func tabDelimiter() throws {
        let events = try parse("a\tb,c\n1\t2\n", delimiter: "\t")
        #expect(records(events) == [DelimitedRecord(line: 1, fields: ["a", "b,c"]), DelimitedRecord(line: 2, fields: ["1", "2"])])
    }

    @Test(arguments: [1, 2, 3, 7, 64])
    func chunkBoundariesDoNotMatter(chunkSize: Int) throws {
        let text = "\u{FEFF}#n\nperiod,partner\n2024-01,\"Hoa Kỳ, \"\"Mỹ\"\"\"\r\n2024-02,Trung Quốc\n"
        #expect(try parse(text, chunkSize: chunkSize) == (try parse(text)))
    }

    /// Ordinary records are read where they lie in the chunk, the others byte by byte (a quote, a
    /// lone CR, more fields than `DelimitedParser.fieldsInPlace`, a record cut by a chunk's end):
    /// both give the same fields and lines, whatever the chunks.
    @Test(arguments: [1, 5, 1 << 20])
    func recordsReadInPlaceAgreeWithThoseReadByteByByte(chunkSize: Int) throws {
        let wide = (1...70).map(String.init)
        let text = "a,b,c\r\n1,,3\r\n4,5,\n\n6,\"7\",8\nx\ry,9,10\n" + wide.joined(separator: ",") + "\n11,12,13"
        #expect(records(try parse(text, chunkSize: chunkSize)) == [
            DelimitedRecord(line: 1, fields: ["a", "b", "c"]),
            DelimitedRecord(line: 2, fields: ["1", "", "3"]),
            DelimitedRecord(line: 3, fields: ["4", "5", ""]),
            DelimitedRecord(line: 5, fields: ["6", "7", "8"]),
            DelimitedRecord(line: 6, fields: ["xy", "9", "10"]),
            DelimitedRecord(line: 7, fields: wide),
            DelimitedRecord(line: 8, fields: ["11", "12", "13"]),
        ])
    }

    @Test func unclosedQuoteNamesTheLineItStarts() throws {
        #expect(throws: DelimitedSyntaxError(line: 2, message: "a quoted field is never closed (unbalanced \")")) {
            _ = try parse("a,b\n1,\"open\n2,3\n")
        }
    }

    @Test func invalidUTF8IsAnError() throws {
        var parser = DelimitedParser(delimiter: UInt8(ascii: ","))
        let bytes: [UInt8] = Array("a,b\n1,".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect(throws: DelimitedSyntaxError(line: 2, message: "field 2 is not valid UTF-8")) {
            try bytes.withUnsafeBytes { try parser.feed($0) { _ in } }
        }
    }
}
