import Foundation
import Testing
@testable import TradeWarehouse

@Suite struct PeriodTests {
    // MARK: Accepted spellings

    /// Every spelling of the contract, with its canonical code and kind.
    @Test(arguments: [
        ("2024-01", "2024-01", Period.Kind.month),
        ("2024-1", "2024-01", .month),
        ("2024-12", "2024-12", .month),
        (" 2024-01 ", "2024-01", .month),
        ("2024-05-H1", "2024-05-H1", .half),
        ("2024-05-h2", "2024-05-H2", .half),
        ("2024-01..2024-07", "2024-01..2024-07", .span),
        ("2024-01..2024-09-H1", "2024-01..2024-09-H1", .span),
        ("2024-05-H2..2024-07", "2024-05-H2..2024-07", .span),
        ("2023-12..2024-02", "2023-12..2024-02", .span),
        ("2024-Q1", "2024-Q1", .quarter),
        ("2024-q4", "2024-Q4", .quarter),
        ("2024", "2024", .year),
        (" 2024 ", "2024", .year),
    ])
    func acceptedSpelling(text: String, code: String, kind: Period.Kind) throws {
        let period = try Period.parse(text)
        #expect(period.code == code)
        #expect(period.kind == kind)
        #expect(period.description == code)
    }

    /// A span that covers a whole month, quarter or year is that month, quarter or year.
    @Test(arguments: [
        ("2024-01..2024-03", "2024-Q1", Period.Kind.quarter),
        ("2024-04..2024-06", "2024-Q2", .quarter),
        ("2024-10..2024-12", "2024-Q4", .quarter),
        ("2024-01..2024-12", "2024", .year),
        ("2024-03..2024-03", "2024-03", .month),
        ("2024-05-H1..2024-05-H2", "2024-05", .month),
        ("2024-05-H1..2024-05-H1", "2024-05-H1", .half),
        ("2024-02..2024-04", "2024-02..2024-04", .span),
        ("2024-02..2025-01", "2024-02..2025-01", .span),
        ("2024-01..2024-03-H1", "2024-01..2024-03-H1", .span),
    ])
    func canonicalCode(text: String, code: String, kind: Period.Kind) throws {
        let period = try Period.parse(text)
        #expect(period.code == code)
        #expect(period.kind == kind)
        // The canonical code parses back to the same period.
        #expect(try Period.parse(code) == period)
    }

    @Test func equalRunsAreEqualPeriods() throws {
        #expect(try Period.parse("2024-Q1") == Period.parse("2024-01..2024-03"))
        #expect(try Period.parse("2024") == Period.parse("2024-01..2024-12"))
        #expect(try Period.parse("2024-03") == Period.parse("2024-03-H1..2024-03-H2"))
        #expect(try Period.parse("2024-01") != Period.parse("2024-01-H1"))
        #expect(try Period.parse("2024-1") == Period.month(2024, 1))
        #expect(try Set([Period.parse("2024-Q2"), Period.parse("2024-04..2024-06")]).count == 1)
    }

    @Test func halfMonthIndices() throws {
        // h = (year × 12 + month − 1) × 2 + half
        let january = try Period.parse("2024-01")
        #expect(january.firstHalf == 48_576)
        #expect(january.lastHalf == 48_577)
        let secondHalfOfMay = try Period.parse("2024-05-H2")
        #expect(secondHalfOfMay.firstHalf == 48_585)
        #expect(secondHalfOfMay.lastHalf == 48_585)
        let span = try Period.parse("2024-01..2024-09-H1")
        #expect(span.firstHalf == 48_576)
        #expect(span.lastHalf == 48_592)
    }

    @Test func factories() {
        #expect(Period.month(2024, 7).code == "2024-07")
        #expect(Period.halfMonth(2024, 5, half: 1).code == "2024-05-H1")
        #expect(Period.halfMonth(2024, 5, half: 2).code == "2024-05-H2")
        #expect(Period.yearToDate(2024, throughMonth: 7).code == "2024-01..2024-07")
        #expect(Period.yearToDate(2024, throughMonth: 3).code == "2024-Q1")
        #expect(Period.yearToDate(2024, throughMonth: 12).code == "2024")
        #expect(Period.yearToDate(2024, throughMonth: 1).code == "2024-01")
    }

    // MARK: Derived values

    @Test(arguments: [
        ("2024-01..2024-07", "2023-01..2023-07"),
        ("2024-05-H1", "2023-05-H1"),
        ("2024-05-H2..2024-07", "2023-05-H2..2023-07"),
        ("2024-01", "2023-01"),
        ("2024-Q3", "2023-Q3"),
        ("2024", "2023"),
        ("2024-01..2024-09-H1", "2023-01..2023-09-H1"),
        ("2024-01..2024-02", "2023-01..2023-02"),
    ])
    func yearEarlier(text: String, earlier: String) throws {
        let period = try Period.parse(text)
        #expect(period.yearEarlier.code == earlier)
        #expect(period.yearEarlier.firstHalf == period.firstHalf - 24)
        #expect(period.yearEarlier.lastHalf == period.lastHalf - 24)
        #expect(period.yearEarlier.kind == period.kind)
    }

    @Test(arguments: [
        ("2024-01", 2024),
        ("2024-12-H2", 2024),
        ("2024-Q4", 2024),
        ("2024", 2024),
        ("2023-12..2024-02", 2024),
        ("1999-01..1999-06", 1999),
    ])
    func year(text: String, year: Int) throws {
        #expect(try Period.parse(text).year == year)
    }

    // MARK: Rejected spellings

    @Test(arguments: [
        ("2024-13", "month 13 in \"2024-13\" is not between 01 and 12"),
        ("2024-00", "month 00 in \"2024-00\" is not between 01 and 12"),
        ("2024-Q5", "quarter \"Q5\" in \"2024-Q5\" is not Q1-Q4"),
        ("2024-Q0", "quarter \"Q0\" in \"2024-Q0\" is not Q1-Q4"),
        ("2024-Q01", "quarter \"Q01\" in \"2024-Q01\" is not Q1-Q4"),
        ("2024-05-H3", "half-month \"H3\" in \"2024-05-H3\" is not H1 or H2"),
        ("2024-01-05", "half-month \"05\" in \"2024-01-05\" is not H1 or H2"),
        ("2024-03..2024-01", "period \"2024-03..2024-01\" ends before it starts"),
        ("2024-05-H2..2024-05-H1", "period \"2024-05-H2..2024-05-H1\" ends before it starts"),
    ])
    func rejectedWithReason(text: String, message: String) {
        #expect(throws: InvalidValue(message)) { try Period.parse(text) }
    }

    /// Text that is not a period at all: the message lists every accepted form.
    @Test(arguments: ["kỳ 3", "24-01", "2024-001", "2024/13", "2024/01/05", "2024-01..", "..2024-01",
                      "1899", "2024-01-H1-X", "20240"])
    func unrecognized(text: String) throws {
        let error = try #require(throws: InvalidValue.self) { try Period.parse(text) }
        #expect(error.message == "\"\(text)\" is not a period; expected \(Period.acceptedForms)")
        #expect(error.message.contains("YYYY-MM (2024-01)"))
        #expect(error.message.contains("YYYY-MM-H1 or -H2"))
        #expect(error.message.contains("YYYY-MM..YYYY-MM"))
        #expect(error.message.contains("YYYY-Qn"))
    }

    /// A year and a month with another separator: the message names the month it likely means.
    @Test(arguments: [("2024/01", "2024-01"), ("1/2024", "2024-01"), ("tháng 12/2023", "2023-12"), ("2024.3", "2024-03")])
    func likelyMonth(text: String, month: String) throws {
        let error = try #require(throws: InvalidValue.self) { try Period.parse(text) }
        #expect(error.message == "\"\(text)\" is not a period; did you mean \(month)? expected \(Period.acceptedForms)")
    }

    @Test(arguments: ["", "   "])
    func empty(text: String) {
        #expect(throws: InvalidValue("a period is required (\(Period.acceptedForms))")) { try Period.parse(text) }
    }
}

@Suite struct FlowSectorQualifierTests {
    @Test(arguments: [
        ("export", Flow.export), ("IMPORT", .import), (" Balance ", .balance), ("turnover", .turnover),
        ("exports", .export), ("imports", .import), ("xuất khẩu", .export), ("Nhập khẩu", .import),
        ("xuat khau", .export), ("nhap khau", .import), ("trade balance", .balance), ("Total Trade", .turnover),
    ])
    func flowParse(text: String, flow: Flow) throws {
        #expect(try Flow.parse(text) == flow)
    }

    /// Text in decomposed form (NFD, as pasted from some PDFs) is the same word.
    @Test func flowParseDecomposed() throws {
        #expect(try Flow.parse("xuất khẩu".decomposedStringWithCanonicalMapping) == .export)
        #expect(try Flow.parse("Nhập khẩu".decomposedStringWithCanonicalMapping) == .import)
    }

    @Test func flowIDs() {
        #expect(Flow.allCases.map(\.id) == [1, 2, 3, 4])
        #expect(Flow.allCases.map(\.rawValue) == ["export", "import", "balance", "turnover"])
    }

    @Test(arguments: ["", "re-export", "exp", "xuất"])
    func flowRejected(text: String) {
        #expect(throws: InvalidValue("\"\(text)\" is not a flow; expected export, import, balance or turnover")) {
            try Flow.parse(text)
        }
    }

    @Test(arguments: [
        ("", Sector.all), ("  ", .all), ("ALL", .all), ("all", .all), ("fdi", .fdi), (" FDI ", .fdi),
        ("Domestic", .domestic),
    ])
    func sectorParse(text: String, sector: Sector) throws {
        #expect(try Sector.parse(text) == sector)
    }

    @Test func sectorIDs() {
        #expect(Sector.allCases.map(\.id) == [1, 2, 3])
    }

    @Test(arguments: ["private", "FDI+", "trong nước"])
    func sectorRejected(text: String) {
        #expect(throws: InvalidValue("\"\(text)\" is not a sector; expected ALL, FDI or DOMESTIC")) {
            try Sector.parse(text)
        }
    }

    @Test(arguments: [
        ("", Qualifier.exact), ("exact", .exact), ("OVER", .over), (" under ", .under), ("Approx", .approx),
    ])
    func qualifierParse(text: String, qualifier: Qualifier) throws {
        #expect(try Qualifier.parse(text) == qualifier)
    }

    @Test(arguments: ["hơn", "about", "~"])
    func qualifierRejected(text: String) {
        #expect(throws: InvalidValue("\"\(text)\" is not a qualifier; expected exact, over, under or approx")) {
            try Qualifier.parse(text)
        }
    }
}
