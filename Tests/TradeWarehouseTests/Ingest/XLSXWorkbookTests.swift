import Foundation
import Testing
import ZIPFoundation
@testable import TradeWarehouse

@Suite struct XLSXWorkbookTests {
    // MARK: Cell texts

    @Test func sharedStringsIncludingRichTextAndEscapes() throws {
        let book = WorkbookBuilder(sheets: [.init("Data", rows: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
            <row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v> 4 </v></c></row>
            """)], sharedStrings: [
                "<t>Trị giá (USD)</t>",
                #"<r><rPr><b/></rPr><t>Hàng </t></r><r><t>thủy sản</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh>"#,
                #"<t xml:space="preserve">  Tháng 01/2024 </t>"#,
                "<t>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; &#272;&#x1EA1;</t>",
                "<t>line_x000D_break _x005F_x0041_</t>",
            ])
        #expect(try rows(of: book) == [
            SheetRow(number: 1, cells: ["Trị giá (USD)", "Hàng thủy sản", "  Tháng 01/2024 "]),
            SheetRow(number: 2, cells: [#"A & B <C> "D" 'E' Đạ"#, "line\rbreak _x0041_"]),
        ])
    }

    @Test func inlineStringsNumbersAndOtherCellTypes() throws {
        let book = WorkbookBuilder(sheets: [.init("Data", rows: """
            <row r="1">
              <c r="A1" t="inlineStr"><is><t>00123</t></is></c>
              <c r="B1"><v>2651231472</v></c>
              <c r="C1" t="n"><v>12.5</v></c>
              <c r="D1" s="3"><v>1.2345E+10</v></c>
              <c r="E1" t="str"><f>A1&amp;"x"</f><v>00123x</v></c>
              <c r="F1" t="b"><v>1</v></c>
              <c r="G1" t="b"><v>0</v></c>
              <c r="H1" t="e"><f>1/0</f><v>#DIV/0!</v></c>
              <c r="I1" t="e"><v>#N/A</v></c>
              <c r="J1" t="inlineStr"><is><r><t>Hàng </t></r><r><rPr><i/></rPr><t xml:space="preserve">thủy sản </t></r><rPh><t>x</t></rPh></is></c>
              <c r="K1" t="d"><v>2024-01-31T00:00:00</v></c>
              <c r="L1" t="inlineStr"><is><t><![CDATA[<raw & text>]]></t></is></c>
            </row>
            """)])
        #expect(try rows(of: book) == [
            SheetRow(number: 1, cells: ["00123", "2651231472", "12.5", "1.2345E+10", "00123x", "TRUE", "FALSE",
                                        "#DIV/0!", "#N/A", "Hàng thủy sản ", "2024-01-31T00:00:00", "<raw & text>"],
                     numberColumns: [1, 2, 3]),
        ])
    }

    @Test func entitiesAndVietnameseTextSurviveInNamesAndCells() throws {
        let book = WorkbookBuilder(sheets: [.init("Tháng 01/2024 &amp; lũy kế", rows: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>Tháng 01/2024</t></is></c><c r="B1" t="inlineStr"><is><t>Hàng thủy sản</t></is></c><c r="C1" t="inlineStr"><is><t>Trị giá (USD)</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>&lt;5%&gt; &amp; &#8220;quý&#x201D; &#7843;</t></is></c></row>
            """)])
        let workbook = try XLSXWorkbook(data: book.data(), path: "book.xlsx")
        #expect(workbook.sheetNames == ["Tháng 01/2024 & lũy kế"])
        #expect(try rows(of: workbook, "Tháng 01/2024 & lũy kế") == [
            SheetRow(number: 1, cells: ["Tháng 01/2024", "Hàng thủy sản", "Trị giá (USD)"]),
            SheetRow(number: 2, cells: ["<5%> & “quý” ả"]),
        ])
    }

    // MARK: Positions

    @Test func emptyRowsAreSkippedAndRowNumbersKept() throws {
        let book = WorkbookBuilder(sheets: [.init("Data", rows: """
            <row r="2"/>
            <row r="3"><c r="A3" s="1"/><c r="B3" s="1"><v></v></c></row>
            <row r="5"><c r="B5"><v>5</v></c><c r="E5" s="1"/></row>
            <row r="9" spans="1:3"><c r="A9" t="inlineStr"><is><t>x</t></is></c><c r="B9"><f>1+1</f><v/></c><c r="C9" t="inlineStr"><is><t>chín</t></is></c></row>
            <row r="10"><c r="B10" t="inlineStr"><is><t></t></is></c></row>
            """)])
        #expect(try rows(of: book) == [
            SheetRow(number: 5, cells: ["", "5"], numberColumns: [1]),
            SheetRow(number: 9, cells: ["x", "", "chín"]),
        ])
    }

    @Test func cellsAndRowsWithoutReferencesFollowThePreviousOne() throws {
        let book = WorkbookBuilder(sheets: [.init("Data", rows: """
            <row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c><c r="D1"><v>4</v></c><c><v>5</v></c></row>
            <row><c><v>2</v></c></row>
            <row r="7"><c r="b7"><v>7</v></c></row>
            <row><c><v>8</v></c></row>
            """)])
        #expect(try rows(of: book) == [
            SheetRow(number: 1, cells: ["a", "1", "", "4", "5"], numberColumns: [1, 3, 4]),
            SheetRow(number: 2, cells: ["2"], numberColumns: [0]),
            SheetRow(number: 7, cells: ["", "7"], numberColumns: [1]),
            SheetRow(number: 8, cells: ["8"], numberColumns: [0]),
        ])
    }

    @Test func sheetsComeInWorkbookOrderWhateverTheirPartNames() throws {
        let book = WorkbookBuilder(sheets: [
            .init("Xuất khẩu", part: "/xl/worksheets/sheet2.xml", rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>xuất</t></is></c></row>"#),
            .init("Nhập khẩu", part: "worksheets/sheet1.xml", rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>nhập</t></is></c></row>"#),
        ])
        let workbook = try XLSXWorkbook(data: book.data(), path: "book.xlsx")
        #expect(workbook.sheetNames == ["Xuất khẩu", "Nhập khẩu"])
        #expect(try rows(of: workbook, "Xuất khẩu") == [SheetRow(number: 1, cells: ["xuất"])])
        #expect(try rows(of: workbook, "Nhập khẩu") == [SheetRow(number: 1, cells: ["nhập"])])
    }

    @Test func namespacePrefixedElementsAreRead() throws {
        let xml = """
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>\
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>tiền tố</x:t></x:is></x:c><x:c r="B1"><x:v>3</x:v></x:c></x:row>\
            </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B1:C1"/></x:mergeCells></x:worksheet>
            """
        let book = WorkbookBuilder(sheets: [.init("Data", worksheetXML: xml)])
        #expect(try rows(of: book) == [SheetRow(number: 1, cells: ["tiền tố", "3", "3"], numberColumns: [1, 2])])
    }

    // MARK: Merged cells

    @Test func mergedHeaderCellsReadTheirTopLeftText() throws {
        let book = WorkbookBuilder(sheets: [.init("Data", rows: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>Bảng 1</t></is></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>Mặt hàng</t></is></c><c r="B3" t="inlineStr"><is><t>Tháng 01/2024</t></is></c><c r="C3" s="1"/><c r="D3" t="inlineStr"><is><t>Trị giá (USD)</t></is></c></row>
            <row r="4"><c r="A4" s="1"/><c r="B4" t="inlineStr"><is><t>Lượng</t></is></c><c r="C4" t="inlineStr"><is><t>Trị giá</t></is></c><c r="D4" s="1"/></row>
            <row r="5"><c r="A5" t="inlineStr"><is><t>Cà phê</t></is></c><c r="B5"><v>100</v></c><c r="C5"><v>200</v></c><c r="D5"><v>300</v></c></row>
            <row r="6"><c r="A6"><v>7</v></c></row>
            <row r="8"><c r="B8" t="inlineStr"><is><t>tám</t></is></c></row>
            """, after: """
            <mergeCells count="5"><mergeCell ref="A1:D1"/><mergeCell ref="A3:A4"/><mergeCell ref="B3:C3"/>\
            <mergeCell ref="D3:D4"/><mergeCell ref="A6:A8"/></mergeCells>
            """)])
        #expect(try rows(of: book) == [
            SheetRow(number: 1, cells: ["Bảng 1", "Bảng 1", "Bảng 1", "Bảng 1"]),
            SheetRow(number: 3, cells: ["Mặt hàng", "Tháng 01/2024", "Tháng 01/2024", "Trị giá (USD)"]),
            SheetRow(number: 4, cells: ["Mặt hàng", "Lượng", "Trị giá", "Trị giá (USD)"]),
            SheetRow(number: 5, cells: ["Cà phê", "100", "200", "300"], numberColumns: [1, 2, 3]),
            SheetRow(number: 6, cells: ["7"], numberColumns: [0]),
            SheetRow(number: 8, cells: ["7", "tám"], numberColumns: [0]),
        ])
    }

    @Test func aMergeOfTheWholeSheetFillsOnlyRowsPresentUpToAFewHundredColumns() throws {
        let book = WorkbookBuilder(sheets: [.init("Data", rows: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>
            <row r="1048576"><c r="B1048576"><v>1</v></c></row>
            """, after: #"<mergeCells count="2"><mergeCell ref="A1:XFD1048576"/><mergeCell ref="B2:C3"/></mergeCells>"#)])
        let allX = [String](repeating: "x", count: MergeFiller.columnsAlwaysFilled)
        #expect(try rows(of: book) == [SheetRow(number: 1, cells: allX), SheetRow(number: 1_048_576, cells: allX)])
    }

    @Test func mergeScannerFindsRangesWhereverTheChunksSplit() throws {
        let xml = Array(#"</sheetData><mergeCells count="2"><mergeCell ref="B3:D3"/><x:mergeCell  ref='A4:A9' /></mergeCells>"#.utf8)
        for split in 0...xml.count {
            var scanner = MergeCellScanner()
            xml[..<split].withUnsafeBytes { scanner.scan($0) }
            xml[split...].withUnsafeBytes { scanner.scan($0) }
            let ranges = try scanner.ranges(file: "f", sheet: "s").map { [$0.top, $0.left, $0.bottom, $0.right] }
            #expect(ranges == [[3, 1, 3, 3], [4, 0, 9, 0]], "split at \(split)")
        }
    }

    @Test func cellReferencesWithinExcelsLimits() {
        #expect(CellReference("A1").map { [$0.column, $0.row] } == [0, 1])
        #expect(CellReference("c7").map { [$0.column, $0.row] } == [2, 7])
        #expect(CellReference("XFD1048576").map { [$0.column, $0.row] } == [16_383, 1_048_576])
        #expect(CellReference("AB").map { [$0.column, $0.row] } == [27, nil])
        for invalid in ["", "1A", "XFE1", "AAAA1", "A0", "A1048577", "A1B", "A-1"] {
            #expect(CellReference(invalid) == nil, "\(invalid)")
        }
        #expect(CellReference.name(column: 27, row: 4) == "AB4")
    }

    // MARK: A workbook written by openpyxl

    @Test func readsAWorkbookWrittenByOpenpyxl() throws {
        let workbook = try XLSXWorkbook(data: try #require(Data(base64Encoded: Self.openpyxlSample,
                                                                 options: .ignoreUnknownCharacters)), path: "sample.xlsx")
        #expect(workbook.sheetNames == ["Xuất khẩu", "Ghi chú"])
        let title = "Bảng 1: Xuất khẩu hàng hóa tháng 01/2024"
        #expect(try rows(of: workbook, "Xuất khẩu") == [
            SheetRow(number: 1, cells: [title, title, title, title]),
            SheetRow(number: 3, cells: ["Mặt hàng", "Tháng 01/2024", "Tháng 01/2024", "So với cùng kỳ (%)"]),
            SheetRow(number: 4, cells: ["Mặt hàng", "Lượng (tấn)", "Trị giá (USD)", "So với cùng kỳ (%)"]),
            SheetRow(number: 5, cells: ["Hàng thủy sản", "12345", "2651231472", "12.5"], numberColumns: [1, 2, 3]),
            SheetRow(number: 6, cells: ["Cà phê", "238266.5", "12345000000", "-3.25"], numberColumns: [1, 2, 3]),
            SheetRow(number: 7, cells: ["Tổng"]),
            SheetRow(number: 8, cells: ["A & B <C>", "00123"]),
        ])
        #expect(try rows(of: workbook, "Ghi chú") == [
            SheetRow(number: 1, cells: ["Nguồn: Tổng cục Hải quan"]),
            SheetRow(number: 3, cells: ["TRUE"]),
        ])
    }

    @Test func readsAWorkbookFromDiskAndStopsWhenTheBodyThrows() throws {
        let directory = try TemporaryDirectory()
        let rowsXML = (1...3000).map { #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c><c r="B\#($0)" t="s"><v>0</v></c></row>"# }
        let book = WorkbookBuilder(sheets: [.init("Data", rows: rowsXML.joined())], sharedStrings: ["<t>Hàng thủy sản</t>"])
        let path = directory.path("big.xlsx")
        try book.data().write(to: URL(fileURLWithPath: path))
        let workbook = try XLSXWorkbook(path: path)
        var count = 0
        var last: SheetRow?
        try workbook.forEachRow(inSheet: "Data") { count += 1; last = $0 }
        #expect(count == 3000)
        #expect(last == SheetRow(number: 3000, cells: ["3000", "Hàng thủy sản"], numberColumns: [0]))
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) { try workbook.forEachRow(inSheet: "Data") { _ in seen += 1; if seen == 10 { throw Stop() } } }
        #expect(seen == 10)
    }

    // MARK: Errors

    @Test func anUnknownSheetNameListsTheSheets() throws {
        let book = WorkbookBuilder(sheets: [.init("Xuất khẩu", rows: ""), .init("Nhập khẩu", rows: "")])
        let workbook = try XLSXWorkbook(data: book.data(), path: "book.xlsx")
        #expect(throws: IngestError.malformed(file: "book.xlsx", message:
            #"the workbook has no sheet named "Exports"; its sheets are "Xuất khẩu", "Nhập khẩu""#)) {
            try workbook.forEachRow(inSheet: "Exports") { _ in }
        }
    }

    @Test func aFileThatIsNotAZipIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("period,flow\n2024-01,export\n", to: "data.xlsx")
        let notZip = IngestError.malformed(file: path, message: "not an XLSX workbook (not a ZIP archive)")
        #expect(throws: notZip) { try XLSXWorkbook(path: path) }
        #expect(throws: IngestError.malformed(file: "-", message: "not an XLSX workbook (not a ZIP archive)")) {
            try XLSXWorkbook(data: Data("period,flow\n".utf8), path: "-")
        }
    }

    @Test func aTruncatedZipIsRefused() throws {
        let data = try WorkbookBuilder(sheets: [.init("Data", rows: "")]).data()
        let expected = IngestError.malformed(file: "-", message:
            "not a readable XLSX workbook: the ZIP archive is truncated or damaged (its table of contents is missing)")
        #expect(throws: expected) { try XLSXWorkbook(data: data.prefix(data.count / 2), path: "-") }
    }

    @Test func emptyMissingAndFolderPathsAreReported() throws {
        let directory = try TemporaryDirectory()
        let empty = try directory.write("", to: "empty.xlsx")
        #expect(throws: IngestError.empty(file: empty)) { try XLSXWorkbook(path: empty) }
        #expect(throws: IngestError.empty(file: "-")) { try XLSXWorkbook(data: Data(), path: "-") }
        let missing = directory.path("missing.xlsx")
        #expect(throws: IngestError.unreadable(file: missing, reason: "no such file")) { try XLSXWorkbook(path: missing) }
        #expect(throws: IngestError.unreadable(file: directory.path, reason: "it is a folder")) {
            try XLSXWorkbook(path: directory.path)
        }
    }

    @Test func aZipWithoutAWorkbookIsRefused() throws {
        let data = try WorkbookBuilder.zip([("notes/readme.txt", Data("hello".utf8))])
        #expect(throws: IngestError.malformed(file: "x.zip", message: "not an XLSX workbook (it has no xl/workbook.xml)")) {
            try XLSXWorkbook(data: data, path: "x.zip")
        }
    }

    @Test func malformedXMLNamesTheSheetAndRow() throws {
        let book = WorkbookBuilder(sheets: [.init("Data", rows: """
            <row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</c></row>
            """)])
        #expect(throws: IngestError.malformed(file: "book.xlsx", message:
            #"sheet "Data": malformed XML at line 2, column 235 (in row 2): a closing tag does not match the opening tag"#)) {
            try rows(of: book)
        }
        let cut = WorkbookBuilder(sheets: [.init("Data", worksheetXML: #"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>"#)])
        #expect(throws: IngestError.malformed(file: "book.xlsx", message:
            #"sheet "Data": malformed XML at line 1, column 52 (in row 1): the XML ends too early (the part is cut short)"#)) {
            try rows(of: cut)
        }
    }

    @Test func badReferencesAndOrderAreReportedWithTheirPlace() throws {
        let cases: [(String, String)] = [
            (#"<row r="1"><c r="B1" t="s"><v>7</v></c></row>"#,
             #"sheet "Data": cell B1 refers to shared string "7", but the workbook has only 1 (numbered from 0)"#),
            (#"<row r="4"><c r="A4"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>"#,
             #"sheet "Data": row 2 comes after row 4 (rows must be in ascending order)"#),
            (#"<row r="3"><c r="XFE3"><v>1</v></c></row>"#, #"sheet "Data": row 3: cell reference "XFE3" is not valid"#),
            (#"<row r="x"></row>"#, #"sheet "Data": row number "x" is not valid"#),
        ]
        for (rowsXML, message) in cases {
            let book = WorkbookBuilder(sheets: [.init("Data", rows: rowsXML)], sharedStrings: ["<t>one</t>"])
            #expect(throws: IngestError.malformed(file: "book.xlsx", message: message)) { try rows(of: book) }
        }
        let badMerge = WorkbookBuilder(sheets: [.init("Data", rows: "", after: #"<mergeCells><mergeCell ref="B3:"/></mergeCells>"#)])
        #expect(throws: IngestError.malformed(file: "book.xlsx", message:
            #"sheet "Data": merged range "B3:" is not a valid range of cells"#)) { try rows(of: badMerge) }
    }

    @Test func aDocumentTypeDeclarationIsRefused() throws {
        let xml = #"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "text">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>"#
        let book = WorkbookBuilder(sheets: [.init("Data", worksheetXML: xml)])
        #expect(throws: IngestError.malformed(file: "book.xlsx", message: "xl/worksheets/sheet1.xml has a document type "
            + "declaration (<!DOCTYPE …>), which workbooks never have; the file is damaged or hostile")) {
            try rows(of: book)
        }
    }

    // MARK: Hostile archives

    @Test func entriesTooLargeOrCompressedTooWellAreRefused() throws {
        let data = try WorkbookBuilder(sheets: [.init("Data", rows: #"<row r="1"><c r="A1"><v>1</v></c></row>"#)]).data()
        let sheet = "xl/worksheets/sheet1.xml"
        let huge = ZipPatch.setUncompressedSize(of: sheet, to: 3_000_000_000, in: data)
        #expect(throws: IngestError.malformed(file: "-", message:
            "\(sheet) is too large to read (3000000000 bytes uncompressed; the limit is 2147483648 bytes)")) {
            try rows(of: XLSXWorkbook(data: huge, path: "-"))
        }
        let compressed = try ZipPatch.compressedSize(of: sheet, in: data)
        let bomb = ZipPatch.setUncompressedSize(of: sheet, to: 50_000_000, in: data)
        #expect(throws: IngestError.malformed(file: "-", message: "\(sheet) expands \(50_000_000 / compressed) times "
            + "(to 50000000 bytes); that looks like a ZIP bomb, so it was not read")) {
            try rows(of: XLSXWorkbook(data: bomb, path: "-"))
        }
    }

    @Test func entriesThatLieAboutTheirSizeOrChecksumAreRefused() throws {
        let data = try WorkbookBuilder(sheets: [.init("Data", rows: #"<row r="1"><c r="A1"><v>1</v></c></row>"#)]).data()
        let sheet = "xl/worksheets/sheet1.xml"
        let small = ZipPatch.setUncompressedSize(of: sheet, to: 10, in: data)
        #expect(throws: IngestError.malformed(file: "-", message:
            "\(sheet) holds more than the 10 bytes its header states; the file is damaged or hostile")) {
            try rows(of: XLSXWorkbook(data: small, path: "-"))
        }
        let badChecksum = ZipPatch.set(field: .checksum, of: sheet, to: 12345, in: data)
        #expect(throws: IngestError.malformed(file: "-", message:
            "\(sheet) is damaged (its contents do not match their size or checksum)")) {
            try rows(of: XLSXWorkbook(data: badChecksum, path: "-"))
        }
    }

    @Test func aDeflateStreamThatNeverEndsIsRefusedNotLoopedOn() throws {
        // A stored deflate block that is not the last and claims 65535 bytes, which run past the end of the file.
        let endless = Data([0x00, 0xFF, 0xFF, 0x00, 0x00]) + Data("<worksheet>".utf8)
        let book = WorkbookBuilder(sheets: [.init("Data", rows: "")])
        var parts = book.parts().filter { $0.path != "xl/worksheets/sheet1.xml" }.map { ($0.path, Data($0.xml.utf8)) }
        parts.append(("xl/worksheets/sheet1.xml", endless))
        var data = try WorkbookBuilder.zip(parts, method: .none)
        data = ZipPatch.set(field: .method, of: "xl/worksheets/sheet1.xml", to: 8, in: data)
        data = ZipPatch.setUncompressedSize(of: "xl/worksheets/sheet1.xml", to: 1_000_000, in: data)
        #expect(throws: IngestError.malformed(file: "-", message:
            "xl/worksheets/sheet1.xml is cut short (its compressed data ends before it does)")) {
            try rows(of: XLSXWorkbook(data: data, path: "-"))
        }
    }
}

// MARK: - Helpers

/// All the rows of `sheet` (by default the first).
@discardableResult
private func rows(of workbook: XLSXWorkbook, _ sheet: String? = nil) throws -> [SheetRow] {
    var rows: [SheetRow] = []
    try workbook.forEachRow(inSheet: sheet ?? workbook.sheetNames[0]) { rows.append($0) }
    return rows
}

/// All the rows of the first sheet of a built workbook, opened as "book.xlsx".
@discardableResult
private func rows(of book: WorkbookBuilder) throws -> [SheetRow] {
    try rows(of: XLSXWorkbook(data: book.data(), path: "book.xlsx"))
}

/// Builds an XLSX workbook in memory from the XML of its sheets (and shared strings), as Excel
/// would lay it out: `[Content_Types].xml`, `xl/workbook.xml`, `xl/_rels/workbook.xml.rels`,
/// `xl/worksheets/sheetN.xml`, `xl/sharedStrings.xml`.
struct WorkbookBuilder {
    struct Sheet {
        let name: String
        /// The relationship target, relative to `xl/` or absolute.
        let part: String
        let xml: String

        /// A sheet whose `<sheetData>` holds `rows`, with `after` following it (e.g. `<mergeCells>`).
        init(_ name: String, part: String? = nil, rows: String, after: String = "") {
            self.init(name, part: part, worksheetXML: """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>\(rows)</sheetData>\(after)</worksheet>
                """)
        }

        /// A sheet whose whole XML is `worksheetXML`.
        init(_ name: String, part: String? = nil, worksheetXML: String) {
            self.name = name
            self.part = part ?? ""
            self.xml = worksheetXML
        }
    }

    var sheets: [Sheet]
    /// The inner XML of each `<si>`, or nil for no shared-strings part.
    var sharedStrings: [String]?

    init(sheets: [Sheet], sharedStrings: [String]? = nil) {
        self.sheets = sheets
        self.sharedStrings = sharedStrings
    }

    /// The workbook's bytes (entries deflated, as Excel writes them).
    func data() throws -> Data {
        try Self.zip(parts().map { ($0.path, Data($0.xml.utf8)) })
    }

    /// The parts: path and XML.
    func parts() -> [(path: String, xml: String)] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let targets = sheets.enumerated().map { index, sheet in sheet.part.isEmpty ? "worksheets/sheet\(index + 1).xml" : sheet.part }
        var relationships = targets.enumerated().map { index, target in
            #"<Relationship Id="rId\#(index + 1)" Type="\#(relationshipTypes)/worksheet" Target="\#(target)"/>"#
        }
        let sheetList = sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        var parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("xl/workbook.xml", #"<workbook xmlns="\#(main)" xmlns:r="\#(relationshipTypes)"><sheets>\#(sheetList.joined())</sheets></workbook>"#),
        ]
        for (sheet, target) in Swift.zip(sheets, targets) {
            parts.append((XLSXWorkbook.resolve(target, from: "xl/workbook.xml"), sheet.xml))
        }
        if let sharedStrings {
            relationships.append(#"<Relationship Id="rIdS" Type="\#(relationshipTypes)/sharedStrings" Target="sharedStrings.xml"/>"#)
            let items = sharedStrings.map { "<si>\($0)</si>" }.joined()
            parts.append(("xl/sharedStrings.xml", #"<sst xmlns="\#(main)" count="\#(sharedStrings.count)">\#(items)</sst>"#))
        }
        parts.append(("xl/_rels/workbook.xml.rels",
                      #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(relationships.joined())</Relationships>"#))
        return parts
    }

    /// A ZIP archive of `parts`.
    static func zip(_ parts: [(path: String, bytes: Data)], method: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: method) {
                position, size in bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }
}

/// Rewrites header fields of one entry of a ZIP archive, in both its local header and its
/// central-directory record, to make damaged or hostile archives.
enum ZipPatch {
    /// A field: its offset in the local header, in the central record, and its width.
    enum Field {
        case method, checksum, compressedSize, uncompressedSize

        var offsets: (local: Int, central: Int, width: Int) {
            switch self {
            case .method: return (8, 10, 2)
            case .checksum: return (14, 16, 4)
            case .compressedSize: return (18, 20, 4)
            case .uncompressedSize: return (22, 24, 4)
            }
        }
    }

    static func set(field: Field, of entry: String, to value: UInt32, in data: Data) -> Data {
        var bytes = [UInt8](data)
        let (local, central, width) = field.offsets
        for header in headers(of: entry, in: bytes) {
            let offset = header.isCentral ? central : local
            for index in 0..<width { bytes[header.start + offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
        }
        return Data(bytes)
    }

    static func setUncompressedSize(of entry: String, to value: UInt32, in data: Data) -> Data {
        set(field: .uncompressedSize, of: entry, to: value, in: data)
    }

    /// The compressed size the central directory states for `entry`.
    static func compressedSize(of entry: String, in data: Data) throws -> UInt64 {
        let archive = try Archive(data: data, accessMode: .read)
        return try #require(archive[entry]).compressedSize
    }

    /// Where the local header and the central record of `entry` start.
    private static func headers(of entry: String, in bytes: [UInt8]) -> [(start: Int, isCentral: Bool)] {
        let name = Array(entry.utf8)
        var found: [(Int, Bool)] = []
        for start in 0..<max(0, bytes.count - 46) where bytes[start] == 0x50 && bytes[start + 1] == 0x4B {
            let isLocal = bytes[start + 2] == 3 && bytes[start + 3] == 4
            let isCentral = bytes[start + 2] == 1 && bytes[start + 3] == 2
            let nameStart = start + (isCentral ? 46 : 30)
            guard isLocal || isCentral, nameStart + name.count <= bytes.count,
                  Array(bytes[nameStart..<(nameStart + name.count)]) == name else { continue }
            found.append((start, isCentral))
        }
        return found
    }
}

extension XLSXWorkbookTests {
    /// A workbook written by openpyxl 3.1.5 (inline strings, merged header, numbers, a formula
    /// without a cached value, a boolean, two sheets), base64-encoded so the tests need no Python
    /// and the test target no resource files.
    static let openpyxlSample = """
        UEsDBBQAAAAIABgveV1Gx01IlQAAAM0AAAAQAAAAZG9jUHJvcHMvYXBwLnhtbE3PTQvCMAwG4L9SdreZih6kDkQ9ip68zy51hbYp
        bYT67+0EP255ecgboi6JIia2mEXxLuRtMzLHDUDWI/o+y8qhiqHke64x3YGMsRoPpB8eA8OibdeAhTEMOMzit7Dp1C5GZ3XPlkJ3
        sjpRJsPiWDQ6sScfq9wcChDneiU+ixNLOZcrBf+LU8sVU57mym/8ZAW/B7oXUEsDBBQAAAAIABgveV0uVlFZ6wAAAMsBAAARAAAA
        ZG9jUHJvcHMvY29yZS54bWylkcFOwzAMhl9lyr1129FKRFkuIE4gITEJxC1KvK1a00SJUbu3Jy1bB4Ibx/j//NlWhPZcu4DPwXkM
        1GJcjbbrI9d+ww5EngNEfUCrYp6IPoU7F6yi9Ax78Eof1R6hKooGLJIyihRMwswvRnZWGr0o/UfoZoHRgB1a7ClCmZdwZQmDjX82
        zMlCjrFdqGEY8mE9c2mjEt6eHl/m5bO2j6R6jUwKo7kOqMgFOV3kT2Mn4FtRnGd/FdCs0gROJ48bdkle13f32wcmq6JqsrLMqnpb
        1Lxu+M3t++T60X8VWmfaXfsP40UgBfz6N/kJUEsDBBQAAAAIABgveV2ZXJwjEAYAAJwnAAATAAAAeGwvdGhlbWUvdGhlbWUxLnht
        bO1aW3PaOBR+76/QeGf2bQvGNoG2tBNzaXbbtJmE7U4fhRFYjWx5ZJGEf79HNhDLlg3tkk26mzwELOn7zkVH5+g4efPuLmLohoiU
        8nhg2S/b1ru3L97gVzIkEUEwGaev8MAKpUxetVppAMM4fckTEsPcgosIS3gUy9Zc4FsaLyPW6rTb3VaEaWyhGEdkYH1eLGhA0FRR
        Wm9fILTlHzP4FctUjWWjARNXQSa5iLTy+WzF/NrePmXP6TodMoFuMBtYIH/Ob6fkTlqI4VTCxMBqZz9Wa8fR0kiAgsl9lAW6Sfaj
        0xUIMg07Op1YznZ89sTtn4zK2nQ0bRrg4/F4OLbL0otwHATgUbuewp30bL+kQQm0o2nQZNj22q6RpqqNU0/T933f65tonAqNW0/T
        a3fd046Jxq3QeA2+8U+Hw66JxqvQdOtpJif9rmuk6RZoQkbj63oSFbXlQNMgAFhwdtbM0gOWXin6dZQa2R273UFc8FjuOYkR/sbF
        BNZp0hmWNEZynZAFDgA3xNFMUHyvQbaK4MKS0lyQ1s8ptVAaCJrIgfVHgiHF3K/99Ze7yaQzep19Os5rlH9pqwGn7bubz5P8c+jk
        n6eT101CznC8LAnx+yNbYYcnbjsTcjocZ0J8z/b2kaUlMs/v+QrrTjxnH1aWsF3Pz+SejHIju932WH32T0duI9epwLMi15RGJEWf
        yC265BE4tUkNMhM/CJ2GmGpQHAKkCTGWoYb4tMasEeATfbe+CMjfjYj3q2+aPVehWEnahPgQRhrinHPmc9Fs+welRtH2Vbzco5dY
        FQGXGN80qjUsxdZ4lcDxrZw8HRMSzZQLBkGGlyQmEqk5fk1IE/4rpdr+nNNA8JQvJPpKkY9psyOndCbN6DMawUavG3WHaNI8ev4F
        +Zw1ChyRGx0CZxuzRiGEabvwHq8kjpqtwhErQj5iGTYacrUWgbZxqYRgWhLG0XhO0rQR/FmsNZM+YMjszZF1ztaRDhGSXjdCPmLO
        i5ARvx6GOEqa7aJxWAT9nl7DScHogstm/bh+htUzbCyO90fUF0rkDyanP+kyNAejmlkJvYRWap+qhzQ+qB4yCgXxuR4+5Xp4CjeW
        xrxQroJ7Af/R2jfCq/iCwDl/Ln3Ppe+59D2h0rc3I31nwdOLW95GblvE+64x2tc0LihjV3LNyMdUr5Mp2DmfwOz9aD6e8e362SSE
        r5pZLSMWkEuBs0EkuPyLyvAqxAnoZFslCctU02U3ihKeQhtu6VP1SpXX5a+5KLg8W+Tpr6F0PizP+Txf57TNCzNDt3JL6raUvrUm
        OEr0scxwTh7LDDtnPJIdtnegHTX79l125COlMFOXQ7gaQr4Dbbqd3Do4npiRuQrTUpBvw/npxXga4jnZBLl9mFdt59jR0fvnwVGw
        o+88lh3HiPKiIe6hhpjPw0OHeXtfmGeVxlA0FG1srCQsRrdguNfxLBTgZGAtoAeDr1EC8lJVYDFbxgMrkKJ8TIxF6HDnl1xf49GS
        49umZbVuryl3GW0iUjnCaZgTZ6vK3mWxwVUdz1Vb8rC+aj20FU7P/lmtyJ8MEU4WCxJIY5QXpkqi8xlTvucrScRVOL9FM7YSlxi8
        4+bHcU5TuBJ2tg8CMrm7Oal6ZTFnpvLfLQwJLFuIWRLiTV3t1eebnK56Inb6l3fBYPL9cMlHD+U751/0XUOufvbd4/pukztITJx5
        xREBdEUCI5UcBhYXMuRQ7pKQBhMBzZTJRPACgmSmHICY+gu98gy5KRXOrT45f0Usg4ZOXtIlEhSKsAwFIRdy4+/vk2p3jNf6LIFt
        hFQyZNUXykOJwT0zckPYVCXzrtomC4Xb4lTNuxq+JmBLw3punS0n/9te1D20Fz1G86OZ4B6zh3OberjCRaz/WNYe+TLfOXDbOt4D
        XuYTLEOkfsF9ioqAEativrqvT/klnDu0e/GBIJv81tuk9t3gDHzUq1qlZCsRP0sHfB+SBmOMW/Q0X48UYq2msa3G2jEMeYBY8wyh
        Zjjfh0WaGjPVi6w5jQpvQdVA5T/b1A1o9g00HJEFXjGZtjaj5E4KPNz+7w2wwsSO4e2LvwFQSwMEFAAAAAgAGC95Xfo1D7imAgAA
        XgYAABgAAAB4bC93b3Jrc2hlZXRzL3NoZWV0MS54bWx9Vctq20AU/ZVBUOMsar1s2ciyIJYoKTQQ4qTtdmKPHljSqKOx3XxD1l11
        k1BKaVeFLErtpaD/oT/pzCiRZSNFYDSPex73zuja2mCyzAKEKPgcR0k2kQJKU1OWs3mAYpj1cIoStuNhEkPKpsSXs5QguBCgOJI1
        RTHkGIaJZFti7YLYFl7RKEzQBQHZKo4huZ2iCG8mkio9L1yGfkDFgmxbKfTRDNHrlAHYVK54FmGMkizECSDIm0inqumOBEJEvA/R
        JquNAU/mBuMln7xdTCSFe0IRmlNOAdlrjRwURZyJOfn0RCrtRTmyPn6mfyPyZ/ZuYIYcHH0IFzSYSMzMAnlwFdFLvDlDTzkN9hZd
        SKFtEbwBhCdrW3M+4JIsMEx4kWaUsPWQKVF7Wmy/JT5QTfBxVWy/U7AMiu3PFQjye7Yc5I8Q0CB/YGNFZZXX+pZMmV0Olufsx4Qq
        Nb1S01vUzovtH1pyH/II2LQNdvWCA4F025AzDNbF7msI5vlfxrAsdo+g++rkhST6z0lM+y2c7/79Lna8aF3KKpacNPhx2rBXpNjd
        AT/MH0D3eua+ZGRQVXPQQnYmzogGxe7HLcj4QTYVtUTzj2Vtq5reH1jyum61vq8ZAxai9ofaYZB7SNLbcxxYNirLRotlJ78HaZD/
        ajJq1I3oI80wesdejeNcFPEcma1HvdZ7WovbYeV22HZaxe5L4011ONazZ9fnXWdgOgY7R4+pia/6WGZUyYxaZE5BB8bpGExBJ6Jj
        p+PTcVN92uCKwkrRdJHkWkOIEfFFJ8rAHK8SWl70arXsdq5uun3RSo42eBtUmzamuunojQjdPC2p5L102XfPIfHDJAMR8pgNpTdk
        l4uUjaycUJyKPn2DKcWxGAas/yPCA9i+hzGtJlyh+kux/wNQSwMEFAAAAAgAGC95XTWLMbVsAQAAXAIAABgAAAB4bC93b3Jrc2hl
        ZXRzL3NoZWV0Mi54bWxNUltOwzAQvIrlA+CWioeqJBIUIfgAIZ7fbrJJrPoR7E0D50CcAHEJeprehLWB0I/IO+ud2dl1ssH5VWgB
        kL0YbUPOW8RuLkQoWzAy7LkOLN3UzhuJBH0jQudBVolktNifTA6FkcryIku5G19krketLNx4FnpjpH89Be2GnE/5X+JWNS2mhCiy
        TjZwB/jQEYGgGHUqZcAG5SzzUOf8ZDo/mSVGqnhUMISdmMVhls6tIriscj6JnkBDiVFC0rGGBWgdlcjJ868o/28ambvxn/x5mp/s
        LWWAhdNPqsI258ecVVDLXuOtGy7gd6aDf4tnEmWReTcwH4ctsjIGsSUVKhuXdIee8oo6YXHd9NvNm52z++3m3Tas3G4+S3ax/fpQ
        7LmXNhNI7mKtKOkj3VF8NorPkviS8LqYZmK9Wyx2XMWtX0nfKBuYhpo4k70j8u5/xvgB6Lr0SkuH6EwKW3p98LGA7mvncARxjeMP
        VXwDUEsDBBQAAAAIABgveV3SBfFGUgIAAEcKAAANAAAAeGwvc3R5bGVzLnhtbN1W24rbMBD9FeMPqJOYmrgkeaghUGjLwu5DX+VY
        TgS6uLK8JP36aiTntpvjUvpWm+CZOTozZ6Qxzqp3J8mfD5y75Kik7tfpwbnuU5b1uwNXrP9gOq490hqrmPOu3Wd9ZzlreiIpmS1m
        syJTTOh0s9KD2irXJzszaLdOZ2mSbVat0dfQPI0Bv5YpnrwyuU4rJkVtRVzMlJCnGF+EyM5IYxPn1XCiU6j/FRfMR5ekjrmU0MaG
        aBbLhEfvEwspLyoWaQxsVh1zjlu99U4kheh7bLRfTp1XsbfsNF98TG8Y4eHL1MY23N61G0ObleStI4YV+0MwnOnoURvnjCKrEWxv
        NItKzrTR8Ll3XMpnOq8f7V2BY5vEjf/ShD2njs+mVzWaMc3oUIHbdDH5v+ftxKtxnwffkA7+z8E4/mR5K47BP7ZvBFxqByV35S/R
        hEZlnX6nEZQ3OepBSCf06B1E03D9vjuf37HaD/ldAb+q4S0bpHu5gOv0an/jjRhUeVn1RI2Nq672VzrKeXGdU19M6IYfeVONrt3X
        wUy84cuOV2C8hbbhAhBkRRBABMJaUAZkRR6s9T/2tcR9RRAqXD6Glpi1xKzIewhV4Ya1AKv0F2i5LPO8KOD2VtVjGRXcw6KgH0gI
        FRIH1qJqf7vzEwMwMTZ/mA14ypNjA1ueGFHY8sTOEwT2kDhlCQYA1iIOPBQ4USQC1KJRA6w8p3OGCuFrPgGVJYRoSMH0FgXaqIJu
        cF7wJcrzsgQQgUBGnkOIXtgJCMogIRDK8/ghffM9y87fuez613HzG1BLAwQUAAAACAAYL3ldt0frisAAAAAWAgAACwAAAF9yZWxz
        Ly5yZWxznZJLbgIxDECvEmVfTKnEAjGs2LBDiAu4ieejmcSRY8T09o3YwCBoEUv/np4trw80oHYcc9ulbMYwxFzZVjWtALJrKWCe
        caJYKjVLQC2hNJDQ9dgQLObzJcgtw27Wt0xz/En0CpHrunO0ZXcKFPUB+K7DmiNKQ1rZcYAzS//N3M8K1Jqdr6zs/Kc18KbM8/Ug
        kKJHRXAs9JGkTIt2lK8+nt2+pPOlY2K0eN/o//PQqBQ9+b+dMKWJ0tdFCSZvsPkFUEsDBBQAAAAIABgveV0Gsj4pVQEAAHECAAAP
        AAAAeGwvd29ya2Jvb2sueG1sjZFNTsMwEIWvYvkAJK2gElXDhopSCQGiqGLrJJN6VP9E9qSF3ocFV+iWk/Qm2IkCkZAQK3veG31+
        M57trdvm1m7Zq1bGT13GJVE9TRJfSNDCn9kaTPAq67SgULpNYqsKC5jbotFgKBmn6SRxoAShNV5i7XlH+w/L1w5E6SUAadWhtEDD
        r2Z9skfHkmFlCYr4UlSjskbY+5+GWLIdesxRIb1lvL0r4EyjQY0HKDOecual3d9ahwdrSKhV4axSGR91xhocYfFLXsWYzyL3rUIi
        f4ozZ3ySBmCFzlPb0fJFCLmD0NxVDdkbVARuLggWzjY1mk2LCWMkgznaVfQnM0JDxl+a0/Gd2Faejh9NjBKsZdnFosAbDOmmGAy3
        LDvykLKQyAr5eRwAxn8Axl20Pk8JFRoo7wPKRyNspwhfE482yvj8YnQZttAodR20B3NnRfk9YP87V19QSwMEFAAAAAgAGC95Xate
        ci60AAAAjQIAABoAAAB4bC9fcmVscy93b3JrYm9vay54bWwucmVsc8WSTQqDMBBGrxJyAEdt6aKoq27cFi8QdPzBxITMlOrtK7pQ
        oYtupKvwTcj7HkySJ2rFnR2o7RyJ0eiBUtkyuzsAlS0aRYF1OMw3tfVG8Rx9A06VvWoQ4jC8gd8zZJbsmaKYHP5CtHXdlfiw5cvg
        wF/A8La+pxaRpSiUb5BTCaPexgTLEQUzWYq8SqXPq0gK+LdRfDCKzzQinjTSprPmQ//lzH6e3+JWv8R1eFzLdZGAw+/LPlBLAwQU
        AAAACAAYL3ldpeEbWB8BAABgBAAAEwAAAFtDb250ZW50X1R5cGVzXS54bWzFVMtOwzAQ/JXI1yp26YEDanqhXKEHfsAkm8aKX/Ju
        S/r3bBJaCVRaqiBxiRXv7Mx4x/Ly9RABs85Zj4VoiOKDUlg24DTKEMFzpQ7JaeLftFVRl63eglrM5/eqDJ7AU049h1gt11DrnaXs
        qeNtNMEXIoFFkT2OwF6rEDpGa0pNXFd7X31TyT8VJHcOGGxMxBkDRKbOSgylHxWOjS97SMlUkG10omftGKY6q5AOFlBe5jjjMtS1
        KaEK5c5xi8SYQFfYAJCzciSdXZEmHjKM37vJBgaai4oM3aQQkVNLcLveMZa+O49MBInMlUOeJJl78gmhT7yC6rfiPOH3kNohE1TD
        Mn3MX3M+8d9qZPGfRt5CaP/6wverdNr4kwE1PCyrD1BLAQIUAxQAAAAIABgveV1Gx01IlQAAAM0AAAAQAAAAAAAAAAAAAACAAQAA
        AABkb2NQcm9wcy9hcHAueG1sUEsBAhQDFAAAAAgAGC95XS5WUVnrAAAAywEAABEAAAAAAAAAAAAAAIABwwAAAGRvY1Byb3BzL2Nv
        cmUueG1sUEsBAhQDFAAAAAgAGC95XZlcnCMQBgAAnCcAABMAAAAAAAAAAAAAAIAB3QEAAHhsL3RoZW1lL3RoZW1lMS54bWxQSwEC
        FAMUAAAACAAYL3ld+jUPuKYCAABeBgAAGAAAAAAAAAAAAAAAgIEeCAAAeGwvd29ya3NoZWV0cy9zaGVldDEueG1sUEsBAhQDFAAA
        AAgAGC95XTWLMbVsAQAAXAIAABgAAAAAAAAAAAAAAICB+goAAHhsL3dvcmtzaGVldHMvc2hlZXQyLnhtbFBLAQIUAxQAAAAIABgv
        eV3SBfFGUgIAAEcKAAANAAAAAAAAAAAAAACAAZwMAAB4bC9zdHlsZXMueG1sUEsBAhQDFAAAAAgAGC95XbdH64rAAAAAFgIAAAsA
        AAAAAAAAAAAAAIABGQ8AAF9yZWxzLy5yZWxzUEsBAhQDFAAAAAgAGC95XQayPilVAQAAcQIAAA8AAAAAAAAAAAAAAIABAhAAAHhs
        L3dvcmtib29rLnhtbFBLAQIUAxQAAAAIABgveV2rXnIutAAAAI0CAAAaAAAAAAAAAAAAAACAAYQRAAB4bC9fcmVscy93b3JrYm9v
        ay54bWwucmVsc1BLAQIUAxQAAAAIABgveV2l4RtYHwEAAGAEAAATAAAAAAAAAAAAAACAAXASAABbQ29udGVudF9UeXBlc10ueG1s
        UEsFBgAAAAAKAAoAhAIAAMATAAAAAA==
        """
}
