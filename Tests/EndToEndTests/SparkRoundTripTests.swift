import Foundation
import Testing

/// Issue 21: the partitioned export read back by Spark with the column types of its `_schema.json`,
/// where `pyspark` and Java are installed. Spark starts slowly (about 20 s), so one session answers
/// every question.
@Suite(.enabled(if: Spark.isInstalled, "pyspark or Java is not installed (pip install pyspark; apt-get install default-jre-headless)"))
struct SparkRoundTripTests {
    @Test func sparkReadsTheSameTotalsAndKeepsHSCodesText() throws {
        let scratch = try Scratch()
        #expect(try CLI.run(["ingest", samples, "--db", "w.sqlite", "--quiet"], in: scratch.path).status == 0)
        #expect(try CLI.run(["export", "facts", "--partitioned", "--gzip", "--out", "parts", "--db", "w.sqlite"],
                            in: scratch.path).status == 0)
        try scratch.write("hs.csv", "period,flow,partner,commodity,value_usd\n2024-02,export,WORLD,09012100,1500\n"
            + "2024-02,export,US,09012100,500\n2024-02,export,WORLD,85171200,7000\n2024-02,import,CN,01022100,42\n")
        #expect(try CLI.run(["ingest", "hs.csv", "--db", "hs.sqlite", "--quiet"], in: scratch.path).status == 0)
        #expect(try CLI.run(["export", "facts", "--partitioned", "--out", "hs", "--db", "hs.sqlite"], in: scratch.path).status == 0)
        let totals = "SELECT period, flow, sum(value_usd) AS total FROM facts WHERE sector = 'ALL' GROUP BY period, flow "
            + "ORDER BY period, flow"
        let warehouse = try CLI.run(["sql", totals, "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout
        let spark = try Spark.csv([
            (folder: "parts", sql: totals),
            (folder: "hs", sql: "SELECT period, period_start, flow, partner, commodity, typeof(commodity) AS type, value_usd "
                + "FROM facts ORDER BY commodity, partner"),
        ], in: scratch.path)
        #expect(spark.count == 2)
        #expect(spark.first == warehouse)
        #expect(warehouse.split(separator: "\n").count == 9)
        #expect(spark.last == """
            period,period_start,flow,partner,commodity,type,value_usd
            2024-02,2024-02-01,import,CN,01022100,string,42
            2024-02,2024-02-01,export,US,09012100,string,500
            2024-02,2024-02-01,export,WORLD,09012100,string,1500
            2024-02,2024-02-01,export,WORLD,85171200,string,7000

            """)
    }
}
