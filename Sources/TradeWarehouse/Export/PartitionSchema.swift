/// The columns of a partitioned export's files and their types, written beside the partitions as
/// `_schema.json` so that other engines type them as tradewh does: read with inferred types, Spark
/// made 8-digit HS codes integers and `09403929` lost its leading zero.
///
/// The file holds the columns twice more, ready to paste: as DuckDB's `read_csv(columns = ...)`
/// struct and as Spark's DDL schema string. (Spark and Hive pass over files whose names start with `_`.)
public enum PartitionSchema {
    /// The file's name, in the export's folder.
    public static let fileName = "_schema.json"

    /// Every column of a partition file, in order, with its SQL type; `period` is the folder's.
    public static let columns: [(name: String, type: String)] = [
        ("flow", "VARCHAR"), ("partner", "VARCHAR"), ("commodity", "VARCHAR"), ("sector", "VARCHAR"),
        ("value_usd", "BIGINT"), ("quantity", "DOUBLE"), ("unit", "VARCHAR"), ("qualifier", "VARCHAR"),
        ("estimated", "BOOLEAN"), ("yoy_pct", "DOUBLE"), ("source", "VARCHAR"),
        ("period_kind", "VARCHAR"), ("period_start", "DATE"), ("period_end", "DATE"),
    ]

    /// The text of `_schema.json`.
    public static var json: String {
        let list = columns.map { "    {\"name\": \"\($0.name)\", \"type\": \"\($0.type)\"}" }.joined(separator: ",\n")
        let duckdb = "{" + columns.map { "'\($0.name)': '\($0.type)'" }.joined(separator: ", ") + "}"
        let spark = columns.map { "\($0.name) \(sparkType($0.type))" }.joined(separator: ", ")
        return """
            {
              "partitioned_by": [{"name": "period", "type": "VARCHAR"}],
              "columns": [
            \(list)
              ],
              "duckdb_columns": "\(duckdb)",
              "spark_schema": "\(spark)"
            }

            """
    }

    private static func sparkType(_ type: String) -> String {
        switch type {
        case "VARCHAR": "STRING"
        default: type
        }
    }
}
