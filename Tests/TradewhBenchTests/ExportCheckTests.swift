import Foundation
import Testing
@testable import tradewh_bench

/// The check that `export facts` and sqlite3's CSV of the same statement hold the same figures: it
/// passes over the two writers' differences of form, and names the first line that differs.
struct ExportCheckTests {
    private let header = "period,flow,partner,partner_name,value_usd,quantity,unit,yoy_pct\n"

    @Test func differencesOfFormOnlyAgree() throws {
        let outcome = try compare(tradewh: header + """
            2024-01,export,US,United States,1500,0.30000000000000004,kg,
            2024-01,export,VN,Việt Nam,7,12.5,,-3.5
            2024-01,import,ZZ,"Ghana, Rep.",0,,"",
            2024-01,import,XX,'-dash,1,,,

            """, sqlite3: header + """
            2024-01,export,US,"United States",1500,0.3,kg,
            2024-01,export,VN,"Việt Nam",7,12.5,,-3.5
            2024-01,import,ZZ,"Ghana, Rep.",0,,"",
            2024-01,import,XX,-dash,1,,,

            """)
        #expect(outcome == .identical(rows: 4))
    }

    @Test func aDifferentFigureIsNamedByLineAndField() throws {
        let outcome = try compare(tradewh: header + "2024-01,export,US,United States,1500,2.5,kg,\n2024-02,export,US,United States,1501,,,\n",
                                  sqlite3: header + "2024-01,export,US,\"United States\",1500,2.5,kg,\n2024-02,export,US,\"United States\",1510,,,\n")
        #expect(outcome == .differs("line 3, field 5: tradewh `2024-02|export|US|United States|1501|||`, "
                                    + "sqlite3 `2024-02|export|US|United States|1510|||`"))
    }

    @Test func anEmptyTextIsNotANull() throws {
        let outcome = try compare(tradewh: header + "2024-01,export,US,X,1,,,\n", sqlite3: header + "2024-01,export,US,X,1,,\"\",\n")
        #expect(outcome == .differs("line 2, field 7: tradewh `2024-01|export|US|X|1|||`, sqlite3 `2024-01|export|US|X|1||\"\"|`"))
    }

    @Test func aMissingRowIsReported() throws {
        let row = "2024-01,export,US,X,1,,,\n"
        #expect(try compare(tradewh: header + row + row, sqlite3: header + row) == .differs("sqlite3's file ends after line 2, tradewh's goes on"))
        #expect(try compare(tradewh: header + row, sqlite3: header + row + row) == .differs("tradewh's file ends after line 2, sqlite3's goes on"))
    }

    private func compare(tradewh: String, sqlite3: String) throws -> FigureCheck.Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tradewh-export-check-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try tradewh.write(toFile: folder + "/t.csv", atomically: true, encoding: .utf8)
        try sqlite3.write(toFile: folder + "/s.csv", atomically: true, encoding: .utf8)
        return try ExportCheck.compare(tradewh: folder + "/t.csv", sqlite3: folder + "/s.csv")
    }
}
