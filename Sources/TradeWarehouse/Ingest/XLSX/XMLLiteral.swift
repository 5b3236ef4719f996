/// The fixed byte sequences the tokenizer looks for.
enum XMLLiteral {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let commentStart = Array("<!--".utf8)
    static let commentEnd = Array("-->".utf8)
    static let cdataStart = Array("<![CDATA[".utf8)
    static let cdataEnd = Array("]]>".utf8)
    static let documentType = Array("<!DOCTYPE".utf8)
    static let processingInstructionEnd = Array("?>".utf8)
    /// The five predefined entities, by name.
    static let entities: [(name: [UInt8], character: UInt8)] = [
        (Array("amp".utf8), UInt8(ascii: "&")), (Array("lt".utf8), .lessThan), (Array("gt".utf8), .greaterThan),
        (Array("quot".utf8), .quote), (Array("apos".utf8), .apostrophe),
    ]
}

/// The bytes the tokenizer names, and the classes of bytes it reads runs of.
extension UInt8 {
    static var tab: UInt8 { 0x09 }
    static var lineFeed: UInt8 { 0x0A }
    static var carriageReturn: UInt8 { 0x0D }
    static var space: UInt8 { 0x20 }
    static var quote: UInt8 { UInt8(ascii: "\"") }
    static var hash: UInt8 { UInt8(ascii: "#") }
    static var ampersand: UInt8 { UInt8(ascii: "&") }
    static var apostrophe: UInt8 { UInt8(ascii: "'") }
    static var slash: UInt8 { UInt8(ascii: "/") }
    static var colon: UInt8 { UInt8(ascii: ":") }
    static var semicolon: UInt8 { UInt8(ascii: ";") }
    static var lessThan: UInt8 { UInt8(ascii: "<") }
    static var equals: UInt8 { UInt8(ascii: "=") }
    static var greaterThan: UInt8 { UInt8(ascii: ">") }
    static var questionMark: UInt8 { UInt8(ascii: "?") }
    static var exclamationMark: UInt8 { UInt8(ascii: "!") }
    static var closingBracket: UInt8 { UInt8(ascii: "]") }

    var isWhitespace: Bool { self == .space || self == .tab || self == .lineFeed || self == .carriageReturn }

    /// A byte that may start a name: an ASCII letter, `_` or `:` (bytes of 0x80 and more are checked apart).
    var isNameStart: Bool {
        ((self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z")) || self == UInt8(ascii: "_") || self == .colon
    }

    /// A byte that may continue a name: a name start, a digit, `-` or `.`.
    var isNameByte: Bool {
        isNameStart || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9")) || self == UInt8(ascii: "-")
            || self == UInt8(ascii: ".")
    }

    /// An ASCII byte that stands for itself in text: not `<`, `&`, CR or another control character but tab and LF.
    var isTextByte: Bool {
        self >= .space ? self != .lessThan && self != .ampersand : self == .lineFeed || self == .tab
    }

    /// An ASCII byte that stands for itself in a CDATA section but may not end it.
    var isCDATAByte: Bool {
        self >= .space ? self != .closingBracket : self == .lineFeed || self == .tab
    }

    /// 0–15 for a hexadecimal digit.
    var hexDigitValue: UInt32? {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(self - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(self - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(self - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
