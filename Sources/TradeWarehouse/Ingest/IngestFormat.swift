import Foundation

/// The formats `ingest` reads.
public enum IngestFormat: String, CaseIterable, Sendable {
    /// Pick by file extension, else by the first bytes.
    case auto
    case csv, tsv, json, ndjson
    /// A prose bulletin (.txt, .md), read by the bulletin extractor.
    case text

    /// The format of a file: from `--format` if not auto, else its extension, else its content.
    static func detect(for source: InputSource, requested: IngestFormat) throws -> IngestFormat {
        if requested != .auto { return requested }
        if let byExtension = byExtension(source.path) { return byExtension }
        return try sniff(source.prefix(4096), path: source.path)
    }

    /// The format a file extension stands for; nil for extensions `ingest` does not read.
    static func byExtension(_ path: String) -> IngestFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "json": return .json
        case "ndjson", "jsonl": return .ndjson
        case "txt", "md": return .text
        default: return nil
        }
    }

    private static func sniff(_ prefix: Data, path: String) throws -> IngestFormat {
        let text = String(decoding: prefix, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
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
