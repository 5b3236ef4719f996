import Foundation
import Testing

/// `extract` and `ingest` of prose bulletins, through the built binary.
@Suite struct BulletinEndToEndTests {
    let bulletin = "\(samples)/bulletins/2024-01-customs-vi.txt"

    /// The JSON rows' key fields as `flow period partner commodity value yoy`.
    func keyFields(_ json: String) throws -> [String] {
        let rows = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        return rows.map { row in
            ["flow", "period", "partner", "commodity", "value_usd", "yoy_pct"].map { key in
                row[key].map { $0 is NSNull ? "-" : "\($0)" } ?? "?"
            }.joined(separator: " ")
        }
    }

    @Test func extractPrintsEveryFigureAndWritesNothing() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["extract", bulletin, "--format", "json"], in: scratch.path)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(try keyFields(result.stdout) == [
            "turnover 2024-01 WORLD TOTAL 65430000000 -",
            "export 2024-01 WORLD TOTAL 34530000000 -",
            "import 2024-01 WORLD TOTAL 30900000000 -",
            "balance 2024-01 WORLD TOTAL 3630000000 -",
            "export 2024-01 WORLD PHONES 5580000000 11.4",
            "export 2024-01 WORLD COMPUTERS 5350000000 68.3",
            "import 2024-01 CN TOTAL 11880000000 63.64",
            "export 2024-01 CN TOTAL 4550000000 17.28",
        ])
        let rows = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.last?["qualifier"] as? String == "over")
        #expect(rows.last?["estimated"] as? Bool == false)
        #expect(rows.last?["text"] as? String == "Chiều ngược lại, xuất khẩu sang thị trường này đạt hơn 4,55 tỷ USD, tăng 17,28%.")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test func extractWarnsAboutWhatItCannotPlace() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["extract", "-", "--format", "csv"], in: scratch.path,
                                 input: "Con số này đạt 5 tỷ USD trong tháng 6/2024.\n")
        #expect(result.status == 0)
        #expect(result.stdout == "flow,period,partner,commodity,commodity_name,sector,value_usd,qualifier,estimated,yoy_pct,mom_pct,delta_usd,quantity,unit,text,confidence,warnings\n")
        #expect(result.stderr == "tradewh: -: warning: an amount with no export/import/balance word: Con số này đạt 5 tỷ USD trong tháng 6/2024.\n")
    }

    @Test func ingestingABulletinKeepsTheSentenceOfEachFigure() throws {
        let scratch = try Scratch()
        let ingest = try CLI.run(["ingest", bulletin, "--db", "w.sqlite"], in: scratch.path)
        #expect(ingest.status == 0)
        #expect(ingest.stdout == "\(bulletin): release 1, 8 rows added, 0 superseded, 3 warning(s)\n")
        // The figures placed by weak rules are named, with the rules.
        #expect(ingest.stderr.contains("line 9: unsure of import 2024-01 CN TOTAL 11880000000 (period carried from an earlier paragraph)"))
        let sources = try CLI.run(["sql", """
            SELECT partner, commodity, value_usd, line, span_start, span_end, text FROM fact_sources
            WHERE flow = 'import' ORDER BY value_usd
            """, "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(sources.stdout == """
            partner,commodity,value_usd,line,span_start,span_end,text
            CN,TOTAL,11880000000,9,696,708,"Trung Quốc tiếp tục là thị trường nhập khẩu lớn nhất: nhập khẩu từ Trung Quốc \
            đạt 11,88 tỷ USD, tăng 63,64% so với cùng kỳ."
            WORLD,TOTAL,30900000000,5,340,351,"Trong đó, xuất khẩu đạt 34,53 tỷ USD và nhập khẩu đạt 30,9 tỷ USD."

            """)
        let yoy = try CLI.run(["query", "yoy", "--partner", "CN", "--by", "partner", "--db", "w.sqlite", "--format", "csv"],
                              in: scratch.path)
        #expect(yoy.stdout == """
            period,flow,partner,commodity,sector,value_usd,prior_value_usd,delta_usd,delta_pct,basis,source
            2024-01,export,CN,TOTAL,ALL,4550000000,3879604366,670395634,17.28,reported,reported
            2024-01,import,CN,TOTAL,ALL,11880000000,7259838670,4620161330,63.64,reported,reported

            """)
    }
}
