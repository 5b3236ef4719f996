import Testing
@testable import TradeWarehouse

@Suite struct CodeLiteralTests {
    @Test func headlineCodesBecomeQuotedLiterals() {
        #expect(PartnerCode.world.sqlLiteral == "'WORLD'")
        #expect(CommodityCode.total.sqlLiteral == "'TOTAL'")
        #expect(PartnerCode(rawValue: "US").sqlLiteral == "'US'")
        #expect(CommodityCode(rawValue: "8517").sqlLiteral == "'8517'")
    }

    @Test func quotesInsideACodeAreDoubled() {
        #expect(PartnerCode(rawValue: "O'K").sqlLiteral == "'O''K'")
        #expect(CommodityCode(rawValue: "'A''").sqlLiteral == "'''A'''''")
        #expect(PartnerCode(rawValue: "").sqlLiteral == "''")
    }

    @Test func aLiteralReadsBackAsItsCodeInSQLite() throws {
        let db = try Database(path: ":memory:")
        let row = try db.query("SELECT \(PartnerCode(rawValue: "O'K").sqlLiteral), \(CommodityCode.total.sqlLiteral)").rows[0]
        #expect(row[0].text == "O'K")
        #expect(row[1].text == "TOTAL")
    }
}
