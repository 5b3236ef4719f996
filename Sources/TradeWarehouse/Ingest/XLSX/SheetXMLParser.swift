import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The cells of the row being read: texts by column, and which of them are number cells.
struct RowCells {
    private(set) var texts: [String] = []
    private(set) var numberColumns: Set<Int> = []

    /// Sets the cell at `column` (growing the row as needed).
    mutating func set(_ text: String, at column: Int, isNumber: Bool) {
        if texts.count <= column { texts.append(contentsOf: repeatElement("", count: column + 1 - texts.count)) }
        texts[column] = text
        if isNumber { numberColumns.insert(column) } else if !numberColumns.isEmpty { numberColumns.remove(column) }
    }

    /// The text at `column`, "" past the end.
    func text(at column: Int) -> String {
        column < texts.count ? texts[column] : ""
    }

    /// The row as a `SheetRow` without trailing empty cells; nil when no cell has text.
    func sheetRow(number: Int) -> SheetRow? {
        guard let last = texts.lastIndex(where: { !$0.isEmpty }) else { return nil }
        return SheetRow(number: number, cells: Array(texts[...last]), numberColumns: numberColumns)
    }
}

/// Turns the events of a worksheet part into `SheetRow`s and passes each non-empty one to `emit`:
/// cell positions from `r` attributes (or following the previous cell and row), cell texts by
/// cell type, and merged ranges filled with their top-left text.
final class SheetRowsHandler: XMLEventHandler {
    private let sharedStrings: [String]
    private let file: String
    private let sheet: String
    private let emit: (SheetRow) throws -> Void
    private var merges: MergeFiller

    private var rowNumber = 0
    private var inRow = false
    private var cells = RowCells()
    private var nextColumn = 0
    /// One past the last column of any `<c>` in the row, empty ones included (Excel writes the
    /// covered cells of a merged range as empty styled cells).
    private var rowWidth = 0

    private var cell: (column: Int, type: String)?
    private var inValue = false
    private var value = ""
    private let inlineText = RichText()

    init(sharedStrings: [String], merges: [CellRange], file: String, sheet: String,
         emit: @escaping (SheetRow) throws -> Void) {
        self.sharedStrings = sharedStrings
        self.merges = MergeFiller(ranges: merges)
        self.file = file
        self.sheet = sheet
        self.emit = emit
    }

    var location: String? {
        if rowNumber == 0 { return nil }
        return inRow ? "in row \(rowNumber)" : "after row \(rowNumber)"
    }

    func didStart(_ element: String, attributes: [String: String]) throws {
        switch element {
        case "row": try startRow(attributes)
        case "c": try startCell(attributes)
        case "v": inValue = cell != nil
        case "is": if cell != nil { inlineText.begin() }
        default: inlineText.didStart(element)
        }
    }

    func didEnd(_ element: String) throws {
        switch element {
        case "row": try finishRow()
        case "c": try finishCell()
        case "v": inValue = false
        default: inlineText.didEnd(element)
        }
    }

    func didFind(text: String) {
        if inValue { value += text } else { inlineText.didFind(text) }
    }

    private func startRow(_ attributes: [String: String]) throws {
        let number: Int
        if let written = attributes["r"] {
            guard let parsed = Int(written), parsed >= 1 else { throw problem("row number \"\(written)\" is not valid") }
            number = parsed
        } else {
            number = rowNumber + 1
        }
        guard number <= CellReference.rowLimit else {
            throw problem("row \(number) is beyond Excel's last row (\(CellReference.rowLimit))")
        }
        guard number > rowNumber else {
            throw problem("row \(number) comes after row \(rowNumber) (rows must be in ascending order)")
        }
        rowNumber = number
        inRow = true
        cells = RowCells()
        nextColumn = 0
        rowWidth = 0
    }

    private func startCell(_ attributes: [String: String]) throws {
        guard inRow else { return }
        var column = nextColumn
        if let written = attributes["r"] {
            guard let reference = CellReference(written) else {
                throw problem("row \(rowNumber): cell reference \"\(written)\" is not valid")
            }
            column = reference.column
        }
        guard column < CellReference.columnLimit else {
            throw problem("row \(rowNumber): a cell lies beyond Excel's last column (XFD)")
        }
        cell = (column, attributes["t"] ?? "n")
        value = ""
    }

    private func finishCell() throws {
        guard let (column, type) = cell else { return }
        cell = nil
        inValue = false
        let text = try cellText(type: type, inline: inlineText.finish(), column: column)
        rowWidth = max(rowWidth, column + 1)
        nextColumn = column + 1
        guard !text.isEmpty || column < cells.texts.count else { return }
        cells.set(text, at: column, isNumber: type == "n" && !text.isEmpty)
    }

    /// The text of the cell now ending, by its type (`t` attribute).
    private func cellText(type: String, inline: String, column: Int) throws -> String {
        switch type {
        case "s": return try sharedString(column: column)
        case "inlineStr": return inline
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        default: return value.isEmpty ? inline : OOXMLText.unescape(value)
        }
    }

    private func sharedString(column: Int) throws -> String {
        let written = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let index = Int(written), sharedStrings.indices.contains(index) else {
            let reference = CellReference.name(column: column, row: rowNumber)
            throw problem("cell \(reference) refers to shared string \"\(written)\", but the workbook has "
                + (sharedStrings.isEmpty ? "no shared strings" : "only \(sharedStrings.count) (numbered from 0)"))
        }
        return sharedStrings[index]
    }

    private func finishRow() throws {
        guard inRow else { return }
        inRow = false
        merges.fill(&cells, row: rowNumber, columnLimit: max(rowWidth, MergeFiller.columnsAlwaysFilled))
        if let row = cells.sheetRow(number: rowNumber) { try emit(row) }
    }

    private func problem(_ message: String) -> IngestError {
        .malformed(file: file, message: "sheet \"\(sheet)\": \(message)")
    }
}

/// A rectangle of cells such as the merged range `B3:D4`: 0-based columns, 1-based rows, inclusive.
struct CellRange: Equatable {
    let top: Int
    let left: Int
    let bottom: Int
    let right: Int

    /// Parses `B3:D4` (or a single cell, `B3`); nil unless both corners are cell references with rows.
    init?(_ text: String) {
        let corners = text.split(separator: ":", omittingEmptySubsequences: false)
        guard corners.count <= 2, let first = corners.first.flatMap({ CellReference(String($0)) }),
              let last = corners.last.flatMap({ CellReference(String($0)) }),
              let firstRow = first.row, let lastRow = last.row else { return nil }
        top = min(firstRow, lastRow)
        bottom = max(firstRow, lastRow)
        left = min(first.column, last.column)
        right = max(first.column, last.column)
    }

    /// True when the range is a single cell (nothing to fill).
    var isSingleCell: Bool { top == bottom && left == right }
}

/// Fills merged ranges as rows stream past in ascending order: every cell of a range reads the
/// text of its top-left cell. Only rows present in the XML are filled, and only up to the row's
/// last `<c>` or `columnsAlwaysFilled` columns, whichever is further, so a range like
/// `A1:XFD1048576` costs little. Ranges that overlap an earlier one (Excel allows none) are ignored.
struct MergeFiller {
    /// Merged cells in the first this many columns are filled even where the row has no `<c>`.
    static let columnsAlwaysFilled = 256

    private struct ActiveRange {
        let range: CellRange
        let text: String
        let isNumber: Bool
    }

    /// Ranges not reached yet, the one with the highest top row first (so the next is `last`).
    private var pending: [CellRange]
    /// Ranges covering the current row, by left column; they never overlap.
    private var active: [ActiveRange] = []

    init(ranges: [CellRange]) {
        pending = ranges.filter { !$0.isSingleCell }
            .sorted { ($0.top, $0.left) > ($1.top, $1.left) }
    }

    /// Fills the merged cells of row `row` in `cells`, leaving columns at or after `columnLimit` alone.
    mutating func fill(_ cells: inout RowCells, row: Int, columnLimit: Int) {
        guard !pending.isEmpty || !active.isEmpty else { return }
        active.removeAll { $0.range.bottom < row }
        activateRanges(startingBy: row, cells: cells)
        for merge in active {
            guard merge.range.left < columnLimit else { break }
            for column in merge.range.left...min(merge.range.right, columnLimit - 1) {
                cells.set(merge.text, at: column, isNumber: merge.isNumber)
            }
        }
    }

    /// Moves the ranges whose top row is `row` or earlier to `active`, each with its top-left text
    /// (empty when its top row was absent).
    private mutating func activateRanges(startingBy row: Int, cells: RowCells) {
        while let next = pending.last, next.top <= row {
            pending.removeLast()
            guard next.bottom >= row else { continue }
            let index = active.firstIndex { $0.range.left > next.left } ?? active.endIndex
            let overlapsBefore = index > 0 && active[index - 1].range.right >= next.left
            let overlapsAfter = index < active.endIndex && active[index].range.left <= next.right
            guard !overlapsBefore && !overlapsAfter else { continue }
            let isTopRow = next.top == row
            let text = isTopRow ? cells.text(at: next.left) : ""
            let isNumber = isTopRow && cells.numberColumns.contains(next.left)
            active.insert(ActiveRange(range: next, text: text, isNumber: isNumber), at: index)
        }
    }
}

/// Finds the `<mergeCell ref="…"/>` elements of a worksheet part by scanning its bytes as they are
/// decompressed. They come after the rows in the XML, yet must be known before the rows are read;
/// a byte search (memmem) costs next to nothing, where a second XML pass would double the time.
struct MergeCellScanner {
    /// More merged ranges than this in one sheet is refused.
    static let maximumRanges = 100_000
    private static let keyword = Array("mergeCell".utf8)
    /// The longest `<mergeCell …>` tag looked at; longer ones are skipped.
    private static let maximumTagLength = 512

    private var carry: [UInt8] = []
    private var found: [CellRange] = []
    private var tooMany = false
    private var invalidReference: String?

    /// Looks for merged ranges in the next chunk of the part.
    mutating func scan(_ chunk: UnsafeRawBufferPointer) {
        var window = carry
        window.append(contentsOf: chunk)
        var start = 0
        while let hit = Self.findKeyword(in: window, from: start) {
            let afterKeyword = hit + Self.keyword.count
            guard let end = window[afterKeyword...].firstIndex(of: UInt8(ascii: ">")) else {
                carry = window.count - hit < Self.maximumTagLength ? Array(window[max(hit - 1, 0)...]) : []
                return
            }
            if hit > 0, [UInt8(ascii: "<"), UInt8(ascii: ":")].contains(window[hit - 1]),
               [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(window[afterKeyword]) {
                record(Self.attribute("ref", in: window[afterKeyword..<end]))
            }
            start = end + 1
        }
        carry = Array(window[max(start, window.count - Self.keyword.count)...])
    }

    /// The merged ranges found, or an error if there were too many or one was not a valid range.
    func ranges(file: String, sheet: String) throws -> [CellRange] {
        if tooMany {
            throw IngestError.malformed(file: file, message:
                "sheet \"\(sheet)\" has more than \(Self.maximumRanges) merged cell ranges; unmerge them and try again")
        }
        if let invalidReference {
            throw IngestError.malformed(file: file, message:
                "sheet \"\(sheet)\": merged range \"\(invalidReference)\" is not a valid range of cells")
        }
        return found
    }

    private mutating func record(_ reference: String?) {
        guard let reference, !tooMany else { return }
        guard let range = CellRange(reference) else {
            if invalidReference == nil { invalidReference = reference }
            return
        }
        if found.count == Self.maximumRanges { tooMany = true } else { found.append(range) }
    }

    /// The value of attribute `name` in the bytes of a tag (after its element name), if present.
    private static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: tag, as: UTF8.self)
        let pattern = #"(?:^|\s)"# + name + #"\s*=\s*(?:"([^"]*)"|'([^']*)')"#
        guard let match = text.range(of: pattern, options: .regularExpression) else { return nil }
        let assignment = text[match]
        guard let open = assignment.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
        return String(assignment[assignment.index(after: open)..<assignment.index(before: assignment.endIndex)])
    }

    /// The index of the next "mergeCell" in `haystack` at or after `start`: memchr (vectorised)
    /// finds each "C", and the bytes around it are compared with the keyword.
    private static func findKeyword(in haystack: [UInt8], from start: Int) -> Int? {
        let offsetOfC = 5
        return haystack.withUnsafeBytes { bytes -> Int? in
            guard let base = bytes.baseAddress else { return nil }
            var position = start + offsetOfC
            while position < bytes.count {
                guard let found = memchr(base + position, Int32(UInt8(ascii: "C")), bytes.count - position) else {
                    return nil
                }
                let candidate = base.distance(to: UnsafeRawPointer(found)) - offsetOfC
                if candidate + keyword.count <= bytes.count,
                   memcmp(base + candidate, keyword, keyword.count) == 0 { return candidate }
                position = candidate + offsetOfC + 1
            }
            return nil
        }
    }
}
