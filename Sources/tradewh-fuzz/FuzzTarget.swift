#if FUZZING
import CLibFuzzer
#endif
import Foundation
import TradeWarehouse

/// Feeds arbitrary bytes to one of ingest's readers, through the library's public `Ingestor` on an
/// in-memory warehouse, as a dry run: the reader, the normalizer and the SQL writes all run, and
/// every input is rolled back. Bad input must end in an `IngestError`; a trap, a hang or a memory
/// error is a finding.
///
/// Built two ways: with `-DFUZZING` (`Scripts/fuzz.sh`, with coverage, AddressSanitizer and
/// libFuzzer), it hands the process to libFuzzer and `TRADEWH_FUZZ_READER` chooses the reader; in an
/// ordinary build it is a replayer, so kept crashers can be run again without the sanitizers:
///
///     tradewh-fuzz csv Tests/FuzzCrashers/csv/*
enum FuzzTarget {
    /// The readers that can be fuzzed, by the name `TRADEWH_FUZZ_READER` or the replayer takes.
    static let readers: [String: IngestFormat] = [
        "csv": .csv, "tsv": .tsv, "json": .json, "ndjson": .ndjson, "table": .table, "xlsx": .xlsx, "text": .text,
    ]

    /// The reader the fuzzing run feeds, set once before libFuzzer starts.
    nonisolated(unsafe) static var format: IngestFormat = .csv

    /// The warehouse every input is checked against, made once per process.
    nonisolated(unsafe) static let ingestor: Ingestor = {
        do {
            return try Ingestor(store: TradeStore.open(path: ":memory:"))
        } catch {
            fatalError("tradewh-fuzz: cannot open an in-memory warehouse: \(error)")
        }
    }()

    /// Runs one input through the reader for `format`; returns a one-word outcome for the replayer.
    @discardableResult
    static func run(_ bytes: Data, format: IngestFormat) -> String {
        let path = format == .xlsx ? "fuzz.xlsx" : "fuzz.\(format.rawValue)"
        do {
            _ = try ingestor.ingest(InputSource(path: path, bytes: bytes),
                                    options: IngestOptions(format: format, dryRun: true, year: 2024))
            return "accepted"
        } catch is IngestError {
            return "refused"
        } catch {
            return "failed: \(error)"
        }
    }
}

@main
struct FuzzMain {
    static func main() {
        #if FUZZING
        fuzz()
        #else
        replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    #if FUZZING
    /// Hands the process to libFuzzer, `TRADEWH_FUZZ_READER` choosing the reader.
    static func fuzz() {
        let name = ProcessInfo.processInfo.environment["TRADEWH_FUZZ_READER"] ?? ""
        guard let format = FuzzTarget.readers[name] else {
            fail("set TRADEWH_FUZZ_READER to one of " + FuzzTarget.readers.keys.sorted().joined(separator: ", "))
        }
        FuzzTarget.format = format
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzTarget.run(Data(bytes: data!, count: size), format: FuzzTarget.format)
            return 0
        })
    }
    #endif

    /// Runs each file through the reader `arguments[0]` names and prints how it ended.
    static func replay(_ arguments: [String]) {
        guard let name = arguments.first, let format = FuzzTarget.readers[name] else {
            fail("usage: tradewh-fuzz READER FILE... (readers: " + FuzzTarget.readers.keys.sorted().joined(separator: ", ") + ")")
        }
        for file in arguments.dropFirst() {
            guard let bytes = FileManager.default.contents(atPath: file) else { fail("\(file): cannot read") }
            print("\(file): \(FuzzTarget.run(bytes, format: format))")
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(2)
    }
}
