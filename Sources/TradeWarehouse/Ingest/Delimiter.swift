import Foundation

/// What separates the fields of a CSV or TSV file: a comma, a semicolon (what a spreadsheet saves
/// as "CSV" where the decimal mark is a comma, as in Vietnamese settings) or a tab.
///
///     Delimiter.ofLongFormHeader(Data("period;flow;partner;commodity;value_usd\n".utf8))  // .semicolon
public enum Delimiter: String, CaseIterable, Sendable {
    case comma, semicolon, tab

    /// The byte it is.
    public var byte: UInt8 {
        switch self {
        case .comma: return UInt8(ascii: ",")
        case .semicolon: return UInt8(ascii: ";")
        case .tab: return UInt8(ascii: "\t")
        }
    }

    /// "commas", "semicolons", "tabs".
    var plural: String { rawValue + "s" }

    /// The delimiter a format stands for when nothing else says: tab for TSV, else comma.
    static func byDefault(for format: IngestFormat) -> Delimiter {
        format == .tsv ? .tab : .comma
    }

    /// The delimiter that splits the header of a long-form file (its first line that is not a `#`
    /// note) into at least three long-form column names, trying `preferred` first; nil when none does.
    static func ofLongFormHeader(_ prefix: Data, preferred: Delimiter = .comma) -> Delimiter? {
        guard let header = headerLine(prefix) else { return preferred }
        return splitting(header, preferred: preferred)
    }

    /// The delimiter of a long-form header, as `ofLongFormHeader`; nil too when there is no header line
    /// at all (an empty file), for a file that is read as a long-form file only when it has one.
    static func ofLongFormHeaderLine(_ prefix: Data, preferred: Delimiter) -> Delimiter? {
        headerLine(prefix).flatMap { splitting($0, preferred: preferred) }
    }

    /// The first line that is not a `#` note or blank.
    private static func headerLine(_ prefix: Data) -> Substring? {
        var text = String(decoding: prefix, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // a byte-order mark before a "#" note line
        return text.split(whereSeparator: \.isNewline).first(where: {
            !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty
        })
    }

    private static func splitting(_ header: Substring, preferred: Delimiter) -> Delimiter? {
        let order = [preferred] + allCases.filter { $0 != preferred }
        return order.first { delimiter in
            let names = header.split(separator: Character(Unicode.Scalar(delimiter.byte)))
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"\u{FEFF}")) }
            return names.filter { FactColumn.named($0) != nil }.count >= 3
        }
    }
}
