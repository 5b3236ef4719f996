/// The tables a new warehouse starts from: `Migrations/baseline/NNNN_name.sql`, the schema that
/// migrations 0001 to NNNN leave, in one script.
///
/// A new warehouse runs it and records migrations 1...`version` as applied, so that the migrations
/// after it apply on top of a new warehouse as on one upgraded through every migration.
public struct SchemaBaseline: Sendable, Equatable {
    /// The last migration the baseline stands for (the number its file name starts with).
    public let version: Int
    /// The script: CREATE TABLE and CREATE INDEX statements, and the rows every warehouse starts with.
    public let file: EmbeddedFile

    /// A baseline standing for migrations 1...`version`.
    public init(version: Int, file: EmbeddedFile) {
        self.version = version
        self.file = file
    }

    /// The baseline compiled into this binary, if the package has one.
    public static func embedded() -> SchemaBaseline? {
        guard let baseline = embeddedBaseline, let version = Int(baseline.name.prefix(4)) else { return nil }
        return SchemaBaseline(version: version, file: EmbeddedFile(name: baseline.name, base64: baseline.base64))
    }
}
