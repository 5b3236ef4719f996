// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "tradewh",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tradewh", targets: ["tradewh"]),
        .executable(name: "tradewh-serve", targets: ["tradewh-serve"]),
        .library(name: "TradeWarehouse", targets: ["TradeWarehouse"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The system libsqlite3, called through its C API (see README, "Why the C API").
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // The system libxlsxwriter, for `--format xlsx` (see Render/XLSXWriter.swift for why this library).
        // Its header only: the library is opened when a workbook is written, not linked (Render/XLSXLibrary.swift).
        .systemLibrary(name: "CXLSXWriter", providers: [.apt(["libxlsxwriter-dev"])]),
        // The system libnettle, whose SHA-256 uses the processor's SHA instructions where it has them.
        .systemLibrary(name: "CNettle", pkgConfig: "nettle", providers: [.apt(["nettle-dev"])]),
        // SHA-256, for release fingerprints and migration checksums (the latter worked out at build time).
        .target(name: "Digest", dependencies: ["CNettle"]),
        // Turns Migrations/*.sql into a Swift source at build time, so the binary carries its schema.
        .executableTarget(name: "MigrationEmbedder", dependencies: ["Digest"]),
        .plugin(name: "EmbedMigrations", capability: .buildTool(), dependencies: ["MigrationEmbedder"]),
        .target(
            name: "TradeWarehouse",
            dependencies: [
                "CSQLite",
                "CXLSXWriter",
                "Digest",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedMigrations"]
        ),
        .executableTarget(
            name: "tradewh",
            dependencies: [
                "TradeWarehouse",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Turns the web app's templates, style sheet and labels into a Swift source at build time.
        .executableTarget(name: "WebAssetEmbedder"),
        .plugin(name: "EmbedWebAssets", capability: .buildTool(), dependencies: ["WebAssetEmbedder"]),
        // The web app `tradewh serve` hands over to: a layer after Export, beside the CLI, using the
        // library's public API only. Its own executable, so that `tradewh` does not link SwiftNIO.
        // Hummingbird's cost: a clean debug build of the package, 2 min 43 s before, 8 min 17 s after.
        .target(
            name: "TradewhServer",
            dependencies: [
                "TradeWarehouse",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Assets", "Screenshots"],
            plugins: ["EmbedWebAssets"]
        ),
        .executableTarget(name: "tradewh-serve", dependencies: ["TradewhServer"]),
        // Benchmarks the built `tradewh` binary as whole processes; deliberately not linked to the library.
        .executableTarget(
            name: "tradewh-bench",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // libFuzzer entry point over ingest's readers (Scripts/fuzz.sh); in an ordinary build, a replayer.
        // Declares libFuzzer's driver for the fuzzing build of tradewh-fuzz.
        .target(name: "CLibFuzzer"),
        .executableTarget(name: "tradewh-fuzz", dependencies: ["TradeWarehouse", "CLibFuzzer"]),
        .testTarget(
            name: "TradeWarehouseTests",
            dependencies: [
                "TradeWarehouse",
                "Digest",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Extract/Corpus", "Extract/Holdout", "Extract/Phenomena", "Extract/Untuned", "Export/Golden"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["tradewh", "tradewh-serve", "TradeWarehouse"]),
        .testTarget(name: "TradewhBenchTests", dependencies: ["tradewh-bench"]),
    ]
)
