import Foundation
import Testing
@testable import TradeWarehouse

/// `export facts --partitioned`: one CSV per period, Hive-style, all or nothing.
@Suite struct PartitionedExportTests {
    @Test func writesOneFilePerPeriodWithCodesAndAFixedHeader() throws {
        let warehouse = try TestWarehouse.withSamples()
        let folder = warehouse.directory.path("parts")
        let summary = try PartitionedExport.write(warehouse.store.db, to: folder)
        #expect(summary == PartitionedExport.Summary(partitions: 2, rows: 35))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder).sorted() == [
            "_schema.json", "period=2023-01", "period=2023-01/facts.csv", "period=2024-01", "period=2024-01/facts.csv",
        ])
        #expect(try String(contentsOfFile: folder + "/period=2023-01/facts.csv", encoding: .utf8) == """
            flow,partner,commodity,sector,value_usd,quantity,unit,qualifier,estimated,yoy_pct,source,period_kind,period_start,period_end
            balance,WORLD,TOTAL,ALL,3600000000,,,exact,true,,reported,month,2023-01-01,2023-01-31
            export,DE,TEXTILES,ALL,65890000,,,approx,false,-34.6,reported,month,2023-01-01,2023-01-31
            export,JP,TEXTILES,ALL,248850000,,,over,false,-16.5,reported,month,2023-01-01,2023-01-31
            export,KR,TEXTILES,ALL,244480000,,,exact,false,-22.2,reported,month,2023-01-01,2023-01-31
            export,US,TEXTILES,ALL,991950000,,,approx,false,-46.4,reported,month,2023-01-01,2023-01-31
            export,WORLD,TEXTILES,FDI,1340000000,,,exact,false,-36.0,reported,month,2023-01-01,2023-01-31
            export,WORLD,TOTAL,ALL,23610000000,,,exact,false,-25.9,reported,month,2023-01-01,2023-01-31
            export,WORLD,TOTAL,DOMESTIC,6440000000,,,exact,true,,reported,month,2023-01-01,2023-01-31
            export,WORLD,TOTAL,FDI,18640000000,,,exact,true,,reported,month,2023-01-01,2023-01-31
            import,WORLD,TOTAL,ALL,21480000000,,,exact,true,,reported,month,2023-01-01,2023-01-31
            turnover,WORLD,TOTAL,ALL,46560000000,,,exact,true,-25.01,reported,month,2023-01-01,2023-01-31

            """)
    }

    /// Issue 24, case 7: an ingest that commits while the export runs changes none of its files.
    @Test func everyFileIsOneSnapshotWhateverIsCommittedMeanwhile() throws {
        let warehouse = try TestWarehouse.withSamples()
        let folder = warehouse.directory.path("parts")
        let reader = try Database(path: warehouse.store.db.path)
        var committed = false
        let summary = try PartitionedExport.write(reader, to: folder, filters: .init(), gzip: false) {
            guard !committed else { return }
            committed = true
            try warehouse.ingest("revision.csv", "period,flow,partner,commodity,value_usd\n"
                + "2023-01,export,WORLD,TOTAL,1\n2024-01,export,WORLD,TOTAL,2\n2024-01,export,US,TOTAL,3\n")
        }
        #expect(committed)
        #expect(summary == PartitionedExport.Summary(partitions: 2, rows: 35))
        let exports = try ["2023-01", "2024-01"].map { period in
            try String(contentsOfFile: folder + "/period=\(period)/facts.csv", encoding: .utf8)
                .split(separator: "\n").filter { $0.hasPrefix("export,WORLD,TOTAL,ALL,") || $0.hasPrefix("export,US,TOTAL,ALL,") }
        }
        #expect(exports == [["export,WORLD,TOTAL,ALL,23610000000,,,exact,false,-25.9,reported,month,2023-01-01,2023-01-31"],
                            ["export,US,TOTAL,ALL,9600000000,,,approx,true,55.8,reported,month,2024-01-01,2024-01-31",
                             "export,WORLD,TOTAL,ALL,34530000000,,,exact,false,,reported,month,2024-01-01,2024-01-31"]])
        #expect(try warehouse.scalar("SELECT value_usd FROM facts WHERE period = '2024-01' AND partner = 'US' AND commodity = 'TOTAL' AND flow = 'export'") == 3)
    }

    @Test func monthsOnlyUnlessAllPeriodsEachWithItsKindAndDays() throws {
        let warehouse = try TestWarehouse.withSamples()
        try warehouse.ingest("spans.csv", "period,flow,partner,commodity,value_usd\n"
            + "2024-Q1,export,WORLD,TOTAL,90000000000\n2024-02-H2,export,WORLD,TOTAL,15000000000\n"
            + "2024-01..2024-02,export,WORLD,TOTAL,60000000000\n")
        let months = try PartitionedExport.write(warehouse.store.db, to: warehouse.directory.path("months"))
        #expect(months == PartitionedExport.Summary(partitions: 2, rows: 35, periodsLeftOut: 3))
        let all = warehouse.directory.path("all")
        #expect(try PartitionedExport.write(warehouse.store.db, to: all, allPeriods: true)
            == PartitionedExport.Summary(partitions: 7, rows: 40, periodsLeftOut: 0))
        // February (the span less January) and March (the quarter less the span) are derived, and marked so.
        let derived = try ["2024-02", "2024-03"].map { period in
            try String(contentsOfFile: all + "/period=\(period)/facts.csv", encoding: .utf8).split(separator: "\n")[1]
        }
        #expect(derived == ["export,WORLD,TOTAL,ALL,25470000000,,,exact,false,,derived,month,2024-02-01,2024-02-29",
                            "export,WORLD,TOTAL,ALL,30000000000,,,exact,false,,derived,month,2024-03-01,2024-03-31"])
        let lines = try ["2024-Q1", "2024-02-H2", "2024-01..2024-02"].map { period in
            try String(contentsOfFile: all + "/period=\(period)/facts.csv", encoding: .utf8).split(separator: "\n")[1]
        }
        #expect(lines == ["export,WORLD,TOTAL,ALL,90000000000,,,exact,false,,reported,quarter,2024-01-01,2024-03-31",
                          "export,WORLD,TOTAL,ALL,15000000000,,,exact,false,,reported,half,2024-02-16,2024-02-29",
                          "export,WORLD,TOTAL,ALL,60000000000,,,exact,false,,reported,span,2024-01-01,2024-02-29"])
    }

    @Test func theSchemaFileTypesEveryColumnOfTheFiles() throws {
        let warehouse = try TestWarehouse.withSamples()
        let folder = warehouse.directory.path("parts")
        _ = try PartitionedExport.write(warehouse.store.db, to: folder)
        let header = try String(contentsOfFile: folder + "/period=2024-01/facts.csv", encoding: .utf8).prefix { $0 != "\n" }
        #expect(PartitionSchema.columns.map(\.name).joined(separator: ",") == header)
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/_schema.json")))
        let object = try #require(schema as? [String: Any])
        #expect(object["spark_schema"] as? String == "flow STRING, partner STRING, commodity STRING, sector STRING, value_usd BIGINT, "
            + "quantity DOUBLE, unit STRING, qualifier STRING, estimated BOOLEAN, yoy_pct DOUBLE, source STRING, period_kind STRING, "
            + "period_start DATE, period_end DATE")
        #expect((object["columns"] as? [[String: String]])?[2] == ["name": "commodity", "type": "VARCHAR"])
    }

    @Test func filtersNarrowEveryPartition() throws {
        let warehouse = try TestWarehouse.withSamples()
        let folder = warehouse.directory.path("us")
        let summary = try PartitionedExport.write(warehouse.store.db, to: folder, filters: .init(flow: .export, partner: "US"))
        #expect(summary == PartitionedExport.Summary(partitions: 2, rows: 5))
    }

    @Test func gzipFilesHoldTheSameBytes() throws {
        let warehouse = try TestWarehouse.withSamples()
        let plain = warehouse.directory.path("plain"), zipped = warehouse.directory.path("zipped")
        _ = try PartitionedExport.write(warehouse.store.db, to: plain)
        _ = try PartitionedExport.write(warehouse.store.db, to: zipped, gzip: true)
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gunzip.arguments = ["-c", "gzip -dc '\(zipped)/period=2024-01/facts.csv.gz'"]
        let pipe = Pipe()
        gunzip.standardOutput = pipe
        try gunzip.run()
        let unzipped = pipe.fileHandleForReading.readDataToEndOfFile()
        gunzip.waitUntilExit()
        #expect(gunzip.terminationStatus == 0)
        #expect(unzipped == (try Data(contentsOf: URL(fileURLWithPath: plain + "/period=2024-01/facts.csv"))))
    }

    @Test func anExistingFolderIsRefusedAndLeftAlone() throws {
        let warehouse = try TestWarehouse.withSamples()
        let folder = warehouse.directory.path("taken")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        try warehouse.write("taken/mine.txt", "keep me")
        #expect(throws: ExportError.exists(path: folder)) { try PartitionedExport.write(warehouse.store.db, to: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["mine.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: warehouse.directory.path("")).sorted()
            .filter { $0.hasPrefix("taken") } == ["taken"])
    }
}
