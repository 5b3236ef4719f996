import Testing
@testable import TradeWarehouse

/// Colour only on a terminal, never with NO_COLOR or TERM=dumb.
@Suite struct TerminalStyleTests {
    @Test func coloursOnlyOnATerminalWithoutNoColor() {
        let terminal = TerminalStyle(isTerminal: true, environment: ["TERM": "xterm"])
        #expect(terminal.error("tradewh:") == "\u{1B}[1;31mtradewh:\u{1B}[0m")
        #expect(terminal.warning("warning") == "\u{1B}[33mwarning\u{1B}[0m")
        #expect(terminal.table("a  b\n─  ─\n1  2\n") == "\u{1B}[1ma  b\u{1B}[0m\n─  ─\n1  2\n")
        for style in [TerminalStyle(isTerminal: false, environment: [:]),
                      TerminalStyle(isTerminal: true, environment: ["NO_COLOR": "1"]),
                      TerminalStyle(isTerminal: true, environment: ["TERM": "dumb"])] {
            #expect(!style.colours)
            #expect(style.error("tradewh:") == "tradewh:")
            #expect(style.table("a  b\n─  ─\n") == "a  b\n─  ─\n")
        }
        #expect(TerminalStyle(isTerminal: true, environment: ["NO_COLOR": ""]).colours)
    }
}
