import Foundation
import Testing
@testable import TradeWarehouse

@Suite struct SpaceTrimmingTests {
    @Test(arguments: [
        ("  2024-01 ", "2024-01"),
        ("\t CN\t", "CN"),
        ("\u{00A0}Hoa Kỳ\u{3000}", "Hoa Kỳ"),
        ("\u{2009}39011120\u{202F}", "39011120"),
        ("Trung  Quốc", "Trung  Quốc"),
        ("\n2024\n", "\n2024\n"),
        (" \u{0301}x ", "\u{0301}x"),
        ("", ""),
        (" \t ", ""),
    ])
    func trimsSpacesAndTabsOnly(text: String, trimmed: String) {
        #expect(text.trimmingSpaces() == trimmed)
        #expect(Array(text.trimmingSpaces().unicodeScalars) == Array(trimmed.unicodeScalars))
    }

    /// The same characters as Foundation's `.whitespaces`, over every scalar of the first plane.
    @Test func removesWhatFoundationsWhitespacesRemoves() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "b"
            let padded = String(scalar) + text + String(scalar)
            #expect(padded.trimmingSpaces() == padded.trimmingCharacters(in: .whitespaces),
                    "U+\(String(value, radix: 16, uppercase: true))")
        }
    }
}
