import Foundation
import Testing

/// Derived figures a user can trust (issue 20): groups are summed without the reporter, and a
/// difference that would make an export or an import negative is refused and reported.
@Suite struct DerivationEndToEndTests {
    static let header = "period,flow,partner,commodity,value_usd\n"
    static let aseanWithoutVietnam = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH"]

    /// One export figure per partner: 1,000,000,000 + k for the k-th, so that every sum is exact.
    static func exports(_ partners: [String], period: String) -> String {
        partners.enumerated().map { "\(period),export,\($0.element),TOTAL,\(1_000_000_000 + $0.offset)\n" }.joined()
    }

    func sql(_ query: String, _ scratch: Scratch) throws -> String {
        try CLI.run(["sql", query, "--db", "w.sqlite", "--format", "csv"], in: scratch.path).stdout
    }

    @Test func aseanIsSummedFromTheOtherMembersNeverFromVietnam() throws {
        let scratch = try Scratch()
        // Vietnam's own line (a file listing every ASEAN country) is kept as given, but is no part of ASEAN.
        try scratch.write("asean.csv", Self.header + Self.exports(Self.aseanWithoutVietnam, period: "2024-01")
            + "2024-01,export,VN,TOTAL,5\n"
            // Timor-Leste joined on 2025-10-26: October's ASEAN is the nine, November's the ten.
            + Self.exports(Self.aseanWithoutVietnam, period: "2025-10")
            + Self.exports(Self.aseanWithoutVietnam + ["TL"], period: "2025-11"))
        let ingested = try CLI.run(["ingest", "asean.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(ingested.status == 0)
        #expect(try sql("SELECT period, value_usd, source FROM all_facts WHERE partner = 'ASEAN' ORDER BY period", scratch) == """
            period,value_usd,source
            2024-01,9000000036,derived
            2025-10,9000000036,derived
            2025-11,10000000045,derived

            """)
        #expect(try sql("SELECT period_code, method FROM figure "
                        + "WHERE partner_id = (SELECT id FROM partner WHERE code = 'ASEAN') ORDER BY first_half", scratch) == """
            period_code,method
            2024-01,sum of 9 members
            2025-10,sum of 9 members
            2025-11,sum of 10 members

            """)
    }

    /// The case: a mis-dated two-month span of China's imports, below January's, made February
    /// −3.53 bn, a 7.63 bn surplus with China, and no word from reconcile.
    @Test func aNegativeDifferenceIsRefusedAndReconcileSaysWhy() throws {
        let scratch = try Scratch()
        try scratch.write("cn.csv", Self.header + """
            2024-01,export,CN,TOTAL,4550000000
            2024-01,import,CN,TOTAL,11530000000
            2024-02,export,CN,TOTAL,4100000000
            2024-01..2024-02,import,CN,TOTAL,8000000000

            """)
        _ = try CLI.run(["ingest", "cn.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(try sql("SELECT period, flow, value_usd, source FROM all_facts WHERE partner = 'CN' ORDER BY period, flow", scratch) == """
            period,flow,value_usd,source
            2024-01,export,4550000000,reported
            2024-01,import,11530000000,reported
            2024-01..2024-02,export,8650000000,derived
            2024-01..2024-02,import,8000000000,reported
            2024-02,export,4100000000,reported

            """)
        let balance = try CLI.run(["query", "balance", "--partner", "CN", "--period", "2024-02", "--db", "w.sqlite", "--format", "csv"],
                                  in: scratch.path)
        #expect(balance.stdout == """
            period,partner,export_usd,import_usd,balance_usd,turnover_usd,basis,source
            2024-02,CN,4100000000,,,,,reported

            """)
        let reconcile = try CLI.run(["query", "reconcile", "--db", "w.sqlite", "--format", "csv"], in: scratch.path)
        #expect(reconcile.stdout == """
            check_name,period,flow,partner,commodity,sector,expected,actual,difference,tolerance,status,detail
            negative derivation,2024-02,import,CN,TOTAL,ALL,11530000000,8000000000,-3530000000,505000000,mismatch,\
            2024-01..2024-02 is less than 2024-01: 2024-02 would be negative; not derived

            """)
    }

    @Test func aSecondHalfBelowZeroIsRefusedToo() throws {
        let scratch = try Scratch()
        try scratch.write("h.csv", Self.header + "2024-03,export,WORLD,TOTAL,30000000000\n2024-03-H1,export,WORLD,TOTAL,31000000000\n")
        _ = try CLI.run(["ingest", "h.csv", "--db", "w.sqlite"], in: scratch.path)
        #expect(try sql("SELECT count(*) AS n FROM all_facts WHERE period = '2024-03-H2'", scratch) == "n\n0\n")
        #expect(try sql("SELECT check_name, period, difference, status FROM reconcile", scratch) == """
            check_name,period,difference,status
            negative derivation,2024-03-H2,-1000000000,mismatch

            """)
    }
}
