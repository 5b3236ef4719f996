/// A reader of one file format: reads a release file from start to end and hands every figure it
/// holds, and what it says about the file (notes, warnings, problems), to an `IngestSink`.
///
/// Each format `ingest` reads has one, picked by `Ingestor` from the file's `IngestFormat`; the
/// rest of a load (checking, writing, the report) is the same for every format.
///
///     let reader: any FactReader = JSONReader(perLine: true)
///     try reader.read(InputSource(path: "figures.ndjson"), into: sink)
protocol FactReader {
    /// Reads every figure of `source` into `sink`; throws when the file as a whole cannot be read.
    func read(_ source: InputSource, into sink: IngestSink) throws
}
