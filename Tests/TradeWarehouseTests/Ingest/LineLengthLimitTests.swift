import Foundation
import Testing
@testable import TradeWarehouse

/// Lines, JSON objects and fields past the length limit are refused as they are read, naming the
/// file, the line and the field (issue 24, case 11). Run with a limit of 64 bytes, so that they
/// stay small; the readers' own limit is `LineLengthLimit.bytes` (16 MB).
@Suite struct LineLengthLimitTests {
    static let limit = 64
    static let long = String(repeating: "x", count: 100)
    static let tail = "is longer than 64 bytes, the most one figure of a release may hold (a quote never closed, or not a release file?); "
        + "nothing was read past it"

    /// Parses CSV text fed `chunkSize` bytes at a time, with the test's limit.
    func parse(_ text: String, chunkSize: Int) throws -> Int {
        var parser = DelimitedParser(delimiter: UInt8(ascii: ","), lineBytesLimit: Self.limit)
        var records = 0
        let bytes = Array(text.utf8)
        for start in stride(from: 0, to: bytes.count, by: chunkSize) {
            try bytes[start..<min(start + chunkSize, bytes.count)].withUnsafeBytes { try parser.feedRaw($0) { _ in records += 1 } }
        }
        try parser.finishRaw { _ in records += 1 }
        return records
    }

    @Test(arguments: [7, 1 << 20])
    func aCSVLinePastTheLimitNamesItsLineAndField(chunkSize: Int) throws {
        let text = "period,flow,partner,commodity,value_usd,unit\n2024-01,export,WORLD,TOTAL,1,kg\n2024-02,export,WORLD,TOTAL,2,\(Self.long)\n"
        #expect(throws: DelimitedSyntaxError(line: 3, message: "the line " + Self.tail, field: 5)) { try parse(text, chunkSize: chunkSize) }
        // Just under the limit, the same line is read.
        #expect(try parse(String(text.dropLast(Self.long.count - 20 + 1)) + "\n", chunkSize: chunkSize) == 3)
    }

    @Test func aQuoteNeverClosedIsStoppedAtTheLimit() throws {
        let text = "period,flow\n\"2024-01,export\n" + String(repeating: "2024-01,export\n", count: 10)
        #expect(throws: DelimitedSyntaxError(line: 2, message: "the line " + Self.tail, field: 0)) { try parse(text, chunkSize: 16) }
    }

    @Test func aJSONObjectPastTheLimitNamesItsLineAndKey() throws {
        var objects = 0
        var stream = JSONDocumentStream(file: "big.json", bytesLimit: Self.limit) { _, _ in objects += 1 }
        let text = "[{\"period\": \"2024-01\"},\n {\"period\": \"2024-02\",\n  \"unit\": \"\(Self.long)\"}]"
        let error = #expect(throws: IngestError.self) { try Array(text.utf8).withUnsafeBytes { try stream.feed($0) } }
        #expect(error?.description == "big.json:2: field \"unit\": the object " + Self.tail)
        #expect(objects == 1)
    }

    @Test func anNDJSONLinePastTheLimitNamesItsLineAndKey() throws {
        let text = "{\"period\": \"2024-01\"}\n{\"period\": \"2024-02\", \"unit\": \"\(Self.long)\"}\n"
        let source = InputSource(path: "big.ndjson", bytes: Data(text.utf8))
        var read = 0
        let error = #expect(throws: IngestError.self) {
            try JSONReader(lineBytesLimit: Self.limit).readLines(source) { _ in read += 1 }
        }
        #expect(error?.description == "big.ndjson:2: field \"unit\": the line " + Self.tail)
        #expect(read == 1)
    }

    @Test func theKeyBeingReadIsTheLastOneOpenedAtTheObjectsLevel() {
        #expect(LineLengthLimit.jsonKeyBeingRead(in: Array(#"{"period": "2024-01", "unit": "xx"#.utf8)) == "unit")
        #expect(LineLengthLimit.jsonKeyBeingRead(in: Array(#"{"a": {"b": "x", "c": "yy"#.utf8)) == "a")
        #expect(LineLengthLimit.jsonKeyBeingRead(in: Array(#"{"a": 1, "#.utf8)) == nil)
    }
}
