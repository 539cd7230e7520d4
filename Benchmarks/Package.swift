// swift-tools-version:6.1
import PackageDescription

// Benchmarks live in their own package so that `swift build` and CI of the main package do not
// build the benchmark tool. One executable target per benchmark; run them with
//   swift package benchmark --target <Target>
let package = Package(
    name: "TallyBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Tally", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .executableTarget(
            name: "DuplicateIndexBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Duplicates", package: "Tally"),
            ],
            path: "Benchmarks/DuplicateIndexBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ExtractionBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TallyExtraction", package: "Tally"),
            ],
            path: "Benchmarks/ExtractionBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ClaimsBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TallyExtraction", package: "Tally"),
                .product(name: "Figures", package: "Tally"),
            ],
            path: "Benchmarks/ClaimsBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "PipelineBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TallyPipeline", package: "Tally"),
            ],
            path: "Benchmarks/PipelineBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "FeedRoundBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FeedFetching", package: "Tally"),
                .product(name: "TallyFeeds", package: "Tally"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/FeedRoundBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "StoryIndexBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Stories", package: "Tally"),
            ],
            path: "Benchmarks/StoryIndexBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Alerts delivered per second to a loopback webhook: swift run -c release NotifyThroughput
        .executableTarget(
            name: "NotifyThroughput",
            dependencies: [
                .product(name: "TallyNotifiers", package: "Tally"),
                .product(name: "TallyPipeline", package: "Tally"),
                .product(name: "FeedFetching", package: "Tally"),
                .product(name: "LoopbackHTTP", package: "Tally"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/NotifyThroughput"
        ),
        // The story grouping scored on the development corpora: swift run -c release StoryGrouping
        .executableTarget(
            name: "StoryGrouping",
            dependencies: [
                .product(name: "Stories", package: "Tally"),
                .product(name: "Duplicates", package: "Tally"),
                .product(name: "TallyExtraction", package: "Tally"),
            ],
            path: "Benchmarks/StoryGrouping"
        ),
        // The web view's page latency over 100,000 figures: swift run -c release WebLatency
        .executableTarget(
            name: "WebLatency",
            dependencies: [
                .product(name: "TallyWeb", package: "Tally"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/WebLatency"
        ),
        // A sustained drop into a running daemon: throughput, backlog, memory, alert latency.
        .executableTarget(name: "DropLoad", path: "Benchmarks/DropLoad"),
        .executableTarget(
            name: "ClusterThroughput",
            dependencies: [
                .product(name: "TallyPipeline", package: "Tally"),
                .product(name: "TallyPostgres", package: "Tally"),
                .product(name: "TallyTestSupport", package: "Tally"),
            ],
            path: "Benchmarks/ClusterThroughput"
        ),
        // The web for FeedRoundBenchmark, in a process of its own.
        .executableTarget(
            name: "FeedSiteServer",
            dependencies: [.product(name: "LoopbackHTTP", package: "Tally")],
            path: "Benchmarks/FeedSiteServer"
        ),
    ]
)
