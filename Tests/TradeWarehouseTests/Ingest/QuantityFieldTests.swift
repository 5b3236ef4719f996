import Testing
@testable import TradeWarehouse

/// A quantity and its unit read the same whether they are plain (digits and one dot; a unit of
/// printable ASCII without spaces, read without further checks) or need the full reading (spaces
/// around them, a sign, a percent sign), and a quantity that is no number is refused.
@Suite struct QuantityFieldTests {
    @Test func plainAndPaddedQuantitiesAndUnitsReadAlike() throws {
        let warehouse = try TestWarehouse()
        try warehouse.ingest("q.csv", """
            period,flow,partner,commodity,value_usd,quantity,unit
            2024-01,export,US,85171300,700,81396.5,tonne
            2024-01,export,CN,85171300,300, 81396.5 , tonne 
            2024-01,export,JP,85171300,200,1703707,kg
            2024-01,export,KR,85171300,100,+12,kg
            2024-01,export,TH,85171300,50,0.25,m2

            """)
        let rows = try warehouse.store.db.query("SELECT partner, quantity, unit FROM facts ORDER BY partner").rows
        #expect(rows == [[.text("CN"), .real(81396.5), .text("tonne")], [.text("JP"), .real(1_703_707), .text("kg")],
                         [.text("KR"), .real(12), .text("kg")], [.text("TH"), .real(0.25), .text("m2")],
                         [.text("US"), .real(81396.5), .text("tonne")]])
    }

    @Test func aQuantityWithTwoDotsIsRefused() throws {
        let warehouse = try TestWarehouse()
        #expect(throws: (any Error).self) {
            try warehouse.ingest("q.csv", "period,flow,partner,commodity,value_usd,quantity,unit\n2024-01,export,US,85171300,700,1.2.3,kg\n")
        }
        #expect(try warehouse.store.db.query("SELECT count(*) FROM fact").rows == [[.integer(0)]])
    }
}
