/// How long one line of a release file, one figure of a JSON document or one field may be, and how
/// readers say that a file goes past it.
///
/// A real release's lines are a few hundred bytes; 16 MB is a thousand times more. A file past it is
/// not a release (or a quote or string never closed), and reading on would hold all of it: a 500 MB
/// line took 136 s and 9.8 GB to be refused for what it said.
enum LineLengthLimit {
    /// The most bytes a line (a CSV/TSV record with its quoted line breaks, an NDJSON line, an element
    /// of a JSON document's facts array) may hold.
    static let bytes = 16 << 20

    /// The message for `what` (`the line`, `the object`) past `limit` bytes, after the field that
    /// runs on past it, if known (`field "unit": `).
    static func message(_ what: String, limit: Int, field: String? = nil) -> String {
        let size = limit >= 1 << 20 && limit % (1 << 20) == 0 ? "\(limit >> 20) MB" : "\(limit) bytes"
        return (field.map { "field \"\($0)\": " } ?? "") + "\(what) is longer than \(size), the most one figure of a release "
            + "may hold (a quote never closed, or not a release file?); nothing was read past it"
    }

    /// The key whose value is being read at the end of `bytes`, the start of a JSON object cut short
    /// (`{"period": "2024-01", "unit": "xxxx…`: `unit`), or nil when there is none.
    static func jsonKeyBeingRead(in bytes: some Collection<UInt8>) -> String? {
        var depth = 0, inString = false, escaped = false
        var string: [UInt8] = [], lastString: [UInt8]?, key: [UInt8]?
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    lastString = string
                    continue
                }
                if depth == 1 && string.count < 200 { string.append(byte) }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): (inString, string) = (true, [])
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ":") where depth == 1: key = lastString
            case UInt8(ascii: ",") where depth == 1: key = nil
            default: break
            }
        }
        return key.map { String(decoding: $0, as: UTF8.self) }
    }
}
