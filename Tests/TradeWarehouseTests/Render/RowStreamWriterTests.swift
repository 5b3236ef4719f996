import Testing
@testable import TradeWarehouse

/// Rows streamed from a statement print the same bytes as the collected table rendered whole.
@Suite struct RowStreamWriterTests {
    static let sql = """
        SELECT 'VN' AS code, -9223372036854775808 AS smallest, 9223372036854775807 AS largest, 0 AS zero,
               46.25 AS pct, NULL AS missing, 'Hà Nội, "Bắc"' AS name, '' AS empty, 'a' || char(9) || 'b' || char(10) AS controls
        UNION ALL SELECT 'US', -1, 7, 10, -0.5, NULL, 'Mỹ', 'x', char(0) || 'z'
        """

    func streamed(_ format: OutputFormat, sql: String = sql, chunks: inout Int) throws -> String {
        let db = try Database(path: ":memory:")
        let statement = try db.prepare(sql)
        var bytes: [UInt8] = []
        var handed = 0
        let writer = RowStreamWriter(format: format, columns: statement.columnNames) { bytes += $0; handed += 1 }
        try statement.forEachRow(writer.write)
        writer.finish()
        chunks = handed
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [OutputFormat.csv, .tsv, .json, .ndjson])
    func streamedEqualsRendered(format: OutputFormat) throws {
        var chunks = 0
        let table = try Database(path: ":memory:").query(Self.sql)
        #expect(try streamed(format, chunks: &chunks) == TableRenderer.render(table, as: format))
        #expect(chunks == 1)
    }

    @Test func csvBytesAreExact() throws {
        var chunks = 0
        #expect(try streamed(.csv, chunks: &chunks) == """
            code,smallest,largest,zero,pct,missing,name,empty,controls
            VN,-9223372036854775808,9223372036854775807,0,46.25,,"Hà Nội, ""Bắc\""\",\"\",\"a\tb\n"
            US,-1,7,10,-0.5,,Mỹ,x,\u{0}z

            """)
    }

    @Test func jsonOfNoRowsIsAnEmptyArray() throws {
        var chunks = 0
        #expect(try streamed(.json, sql: "SELECT 1 AS a WHERE 0", chunks: &chunks) == "[]\n")
        #expect(try streamed(.ndjson, sql: "SELECT 1 AS a WHERE 0", chunks: &chunks) == "")
        #expect(try streamed(.json, sql: "SELECT char(0) || '\"' AS a", chunks: &chunks) == "[\n{\"a\":\"\\u0000\\\"\"}\n]\n")
    }

    @Test func largeResultsAreHandedOverInChunks() throws {
        var chunks = 0
        let text = try streamed(.csv, sql: """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i FROM n
            """, chunks: &chunks)
        #expect(text.utf8.count == "i\n".utf8.count + (1...100_000).reduce(0) { $0 + String($1).utf8.count + 1 })
        #expect(chunks == 9)
    }
}
