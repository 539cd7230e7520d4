// swift-tools-version:6.1
import PackageDescription

// One library module per stage of the path a document takes:
// Documents -> Extraction -> Duplicates -> Figures -> Store -> Alerts/AlertLog,
// fed by DropFolder and driven by Pipeline; Daemon and the `tally` executable are the shell.
let package = Package(
    name: "Tally",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tally", targets: ["tally"]),
        // For the benchmark package (Benchmarks/), which measures stages on their own.
        .library(name: "Duplicates", targets: ["Duplicates"]),
        .library(name: "TallyExtraction", targets: ["Extraction", "Documents"]),
        .library(name: "TallyPipeline", targets: ["Pipeline", "Store", "AlertLog", "Alerts", "Timekeeping"]),
        .library(name: "FeedFetching", targets: ["FeedFetching"]),
        .library(name: "LoopbackHTTP", targets: ["LoopbackHTTP"]),
        .library(name: "TallyFeeds", targets: ["Feeds", "FeedParsing", "FeedScheduling", "Store"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // C libraries through system-library targets.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),

        // Pure stages: values in, values out.
        .target(name: "Documents"),
        .target(name: "Extraction", dependencies: ["Documents", "CLibXML2"]),
        .target(name: "Duplicates"),
        .target(name: "Figures"),
        .target(name: "Alerts", dependencies: ["Figures", "OrderedJSON"]),
        .target(name: "FeedParsing", dependencies: ["Documents", "CLibXML2"]),
        .target(name: "FeedScheduling", dependencies: [.product(name: "HeapModule", package: "swift-collections")]),
        .target(name: "OrderedJSON"),
        .target(name: "Timekeeping"),

        // Edges: disk, database, clock, signals.
        .target(name: "Store", dependencies: [
            "Documents", "Extraction", "Duplicates", "Figures", "Alerts",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "AlertLog", dependencies: ["Alerts"]),
        .target(name: "FeedFetching", dependencies: ["CCurl"]),
        // An HTTP server on 127.0.0.1 that tests and benchmarks script: the double for the web.
        .target(name: "LoopbackHTTP"),
        .target(name: "Feeds", dependencies: [
            "FeedParsing", "FeedFetching", "FeedScheduling", "Pipeline", "Store", "Documents", "Configuration", "Timekeeping", "Telemetry",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "DropFolder"),
        .target(name: "Pipeline", dependencies: [
            "Documents", "Extraction", "Duplicates", "Figures", "Alerts", "Store", "AlertLog", "DropFolder", "OrderedJSON", "Timekeeping",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Configuration", dependencies: ["Alerts", "TOMLKit"]),
        // The daemon's counters and gauges (swift-metrics, Prometheus registry) and their exporters:
        // a textfile for node_exporter, a GET /metrics endpoint.
        .target(name: "Telemetry", dependencies: [
            "Pipeline", "Alerts", "Store", "FeedScheduling", "Configuration",
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Daemon", dependencies: [
            "Pipeline", "DropFolder", "Configuration", "Store", "AlertLog", "Feeds", "FeedFetching", "FeedScheduling", "Timekeeping", "Telemetry",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "tally", dependencies: [
            "Daemon", "Pipeline", "Configuration", "Store", "AlertLog", "Alerts",
            "Documents", "Extraction", "Figures", "Feeds", "FeedParsing", "FeedFetching", "OrderedJSON", "Telemetry",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        .testTarget(name: "DocumentsTests", dependencies: ["Documents"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Documents"], exclude: ["testdata"]),
        .testTarget(name: "DuplicatesTests", dependencies: ["Duplicates", "TestSupport"]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "TestSupport"]),
        // Helpers several test targets share: the gold scorer of the seeds' figures, seeded randomness.
        .target(name: "TestSupport", dependencies: ["Figures"], path: "Tests/TestSupport"),
        .testTarget(name: "AlertsTests", dependencies: ["Alerts", "Figures", "OrderedJSON"]),
        .testTarget(name: "OrderedJSONTests", dependencies: ["OrderedJSON"]),
        .testTarget(name: "ConfigurationTests", dependencies: ["Configuration", "Alerts"]),
        .testTarget(name: "FeedParsingTests", dependencies: ["FeedParsing", "Documents"], exclude: ["testdata"]),
        .testTarget(name: "FeedFetchingTests", dependencies: ["FeedFetching", "LoopbackHTTP"]),
        .testTarget(name: "FeedSchedulingTests", dependencies: ["FeedScheduling", "TestSupport"]),
        .testTarget(name: "FeedsTests", dependencies: [
            "Feeds", "FeedParsing", "FeedFetching", "FeedScheduling", "LoopbackHTTP", "Pipeline", "Store", "AlertLog", "Configuration",
            "Timekeeping", "Daemon", "Telemetry", "TestSupport", .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "DaemonTests", dependencies: ["Daemon", "DropFolder", "TestSupport", .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "TelemetryTests", dependencies: [
            "Telemetry", "Pipeline", "Store", "Alerts", "Figures", "Configuration", "FeedScheduling", "TestSupport",
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Alerts", "Extraction", "Figures"]),
        .testTarget(name: "AlertLogTests", dependencies: ["AlertLog", "Alerts"]),
        .testTarget(name: "DropFolderTests", dependencies: ["DropFolder"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "LoopbackHTTP", "Store", "AlertLog", "DropFolder", "Daemon", "Configuration", "Alerts", "Figures", "Timekeeping", "OrderedJSON", "Documents", "Extraction", "TestSupport",
            .product(name: "Logging", package: "swift-log")]),
    ]
)
