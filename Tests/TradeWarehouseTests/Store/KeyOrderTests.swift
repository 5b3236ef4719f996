import Testing
@testable import TradeWarehouse

/// Blocks of figures go to SQLite in the order of `fact`'s key, a key's figures in file order.
@Suite struct KeyOrderTests {
    func row(period: Int64, partner: Int64, commodity: Int64, line: Int) -> FactRow {
        FactRow(periodID: period, flowID: 1, partnerID: partner, commodityID: commodity, isHSCode: true, sectorID: 1,
                valueUSD: 1, quantity: nil, unit: nil, qualifier: .exact, estimated: false, yoyPct: nil, line: line)
    }

    @Test func blocksAreSortedByKeyThenLine() {
        let block = [row(period: 2, partner: 48, commodity: 900, line: 2), row(period: 1, partner: 235, commodity: 5, line: 3),
                     row(period: 1, partner: 48, commodity: 7, line: 4), row(period: 2, partner: 48, commodity: 900, line: 5),
                     row(period: 1, partner: 48, commodity: 6, line: 6)]
        #expect(FigureQueue.inKeyOrder(block).map(\.line) == [6, 4, 3, 2, 5])
    }

    @Test func anIDTooLargeToPackLeavesTheBlockAsItIs() {
        let block = [row(period: 2, partner: 1, commodity: 1 << 27, line: 2), row(period: 1, partner: 1, commodity: 1, line: 3)]
        #expect(FigureQueue.inKeyOrder(block).map(\.line) == [2, 3])
        let largest = [row(period: (1 << 17) - 1, partner: (1 << 13) - 1, commodity: (1 << 27) - 1, line: 2),
                       row(period: (1 << 17) - 1, partner: (1 << 13) - 1, commodity: (1 << 27) - 2, line: 3)]
        #expect(FigureQueue.inKeyOrder(largest).map(\.line) == [3, 2])
    }
}
