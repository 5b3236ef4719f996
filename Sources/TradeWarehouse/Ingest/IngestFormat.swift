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

    /// The format of a file: `requested` if not auto, else its extension, else its content. A .csv
    /// or .tsv file whose header is not a long-form header, with `delimiter` or (nil) any of
    /// comma, semicolon and tab, is a customs table; a .txt or .md file whose first line is a
    /// long-form header is read as the TSV or CSV it is. A UTF-16 file is read as its text (`InputSource`).
    static func detect(for source: InputSource, requested: IngestFormat, delimiter: Delimiter? = nil) throws -> IngestFormat {
        if requested != .auto { return requested }
        let format = try byExtension(source.path) ?? sniff(source.prefix(4096), path: source.path)
        if format == .text, let header = Delimiter.ofLongFormHeaderLine(try source.prefix(16_384), preferred: .tab) {
            return header == .tab ? .tsv : .csv  // Excel's "Unicode Text": a .txt of tab-separated columns
        }
        guard format == .csv || format == .tsv else { return format }
        let header = try Delimiter.ofLongFormHeader(source.prefix(16_384), preferred: delimiter ?? .byDefault(for: format))
        if let header, let delimiter, header != delimiter {
            throw IngestError.malformed(file: source.path, message: "the header's columns are separated by \(header.plural), "
                + "not by the \(delimiter.rawValue) given as the delimiter; give \(header.rawValue), or none to have it found")
        }
        return header == nil ? .table : format
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
