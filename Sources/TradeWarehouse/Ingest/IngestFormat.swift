import Foundation

/// The formats `ingest` reads.
public enum IngestFormat: String, CaseIterable, Sendable {
    /// Pick by file extension, else by the first bytes.
    case auto
    case csv, tsv, json, ndjson
    /// A customs table saved as CSV or TSV: title lines, a header in words (`Mặt hàng`, `Trị giá`),
    /// a row per commodity group or partner.
    case table
    /// A workbook of customs tables (every sheet, or the one `--sheet` names).
    case xlsx
    /// A prose bulletin (.txt, .md), read by the bulletin extractor.
    case text

    /// The format of a file: from `--format` if not auto, else its extension, else its content. A
    /// .csv or .tsv file whose first line is not a long-form header is a customs table.
    static func detect(for source: InputSource, requested: IngestFormat) throws -> IngestFormat {
        if requested != .auto { return requested }
        let format = try byExtension(source.path) ?? sniff(source.prefix(4096), path: source.path)
        guard format == .csv || format == .tsv else { return format }
        let delimiter: Character = format == .tsv ? "\t" : ","
        let prefix = try source.prefix(16_384)
        if isLongForm(prefix, delimiter: delimiter) { return format }
        for other: Character in [";", "\t", ","] where other != delimiter && isLongForm(prefix, delimiter: other) {
            throw IngestError.separatedOtherwise(file: source.path, found: other, format: format)
        }
        return .table
    }

    /// True when the first line that is not a `#` note names at least three long-form columns.
    private static func isLongForm(_ prefix: Data, delimiter: Character) -> Bool {
        var text = String(decoding: prefix, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // a byte-order mark before a "#" note line
        guard let header = text.split(whereSeparator: \.isNewline).first(where: {
            !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty
        }) else { return true }
        let names = header.split(separator: delimiter).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"\u{FEFF}")) }
        return names.filter { FactColumn.named($0) != nil }.count >= 3
    }

    /// The format a file extension stands for; nil for extensions `ingest` does not read.
    static func byExtension(_ path: String) -> IngestFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "json": return .json
        case "ndjson", "jsonl": return .ndjson
        case "xlsx": return .xlsx
        case "txt", "md": return .text
        default: return nil
        }
    }

    private static func sniff(_ prefix: Data, path: String) throws -> IngestFormat {
        let text = String(decoding: prefix, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        guard let first = text.first else { throw IngestError.empty(file: path) }
        if first == "[" { return .json }
        if first == "{" {
            let firstLine = text.prefix { $0 != "\n" }
            return firstLine.hasSuffix("}") ? .ndjson : .json
        }
        let header = text.split(separator: "\n").first { !$0.hasPrefix("#") } ?? ""
        return header.contains("\t") ? .tsv : .csv
    }
}
