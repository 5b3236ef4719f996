import Foundation

/// Apache Spark through its Python module (`pyspark`), run locally on one core; it needs Java.
enum Spark {
    /// Whether `pyspark` imports and a `java` is on the path.
    static let isInstalled: Bool = (try? Python3.run(["-c", "import pyspark, shutil, sys; sys.exit(shutil.which('java') is None)"],
                                                     in: "/").status) == 0

    /// Each query's result as CSV with a header (as `tradewh --format csv` writes it), run over the
    /// partitioned export in its `folder`, read as the README says: with the schema string of its
    /// `_schema.json`, as a view named `facts`.
    static func csv(_ queries: [(folder: String, sql: String)], in directory: String) throws -> [String] {
        let script = """
            import csv, json, sys
            from pyspark.sql import SparkSession
            spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false").getOrCreate()
            spark.sparkContext.setLogLevel("ERROR")
            writer = csv.writer(sys.stdout, lineterminator="\\n")
            arguments = sys.argv[1:]
            for folder, query in zip(arguments[0::2], arguments[1::2]):
                schema = json.load(open(folder + "/_schema.json"))
                spark.read.option("header", True).schema(schema["spark_schema"]).csv(folder).createOrReplaceTempView("facts")
                result = spark.sql(query)
                writer.writerow(result.columns)
                writer.writerows(result.collect())
                print("--", flush=True)
            spark.stop()
            """
        let output = try Python3.run(["-c", script] + queries.flatMap { [$0.folder, $0.sql] }, in: directory).stdout
        return output.components(separatedBy: "--\n").dropLast()
    }
}
