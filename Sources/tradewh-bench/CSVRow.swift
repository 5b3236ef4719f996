/// One CSV line split into unquoted fields, its storage kept from line to line.
struct CSVRow {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    var count: Int { ends.count }

    func field(_ index: Int) -> ArraySlice<UInt8> {
        bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// The fields joined by `|` (not quoted), for messages.
    var text: String {
        (0..<count).map { String(decoding: field($0), as: UTF8.self) }.joined(separator: "|")
    }

    /// Splits `line` (without its line break): a field in quotes may hold commas and doubled quotes.
    /// An empty field in quotes (an empty text) is kept as `""`, apart from an empty one (a NULL).
    mutating func parse(_ line: UnsafeBufferPointer<UInt8>) {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        var quoted = false, wasQuoted = false
        var index = 0
        while index < line.count {
            let byte = line[index]
            index += 1
            if quoted {
                if byte != UInt8(ascii: "\"") {
                    bytes.append(byte)
                } else if index < line.count, line[index] == UInt8(ascii: "\"") {
                    bytes.append(byte)
                    index += 1
                } else {
                    quoted = false
                }
            } else if byte == UInt8(ascii: "\"") {
                quoted = true
                wasQuoted = true
            } else if byte == UInt8(ascii: ",") {
                endField(quoted: wasQuoted)
                wasQuoted = false
            } else {
                bytes.append(byte)
            }
        }
        endField(quoted: wasQuoted)
    }

    private mutating func endField(quoted: Bool) {
        if quoted && bytes.count == (ends.last ?? 0) { bytes += [UInt8(ascii: "\""), UInt8(ascii: "\"")] }
        ends.append(bytes.count)
    }
}
