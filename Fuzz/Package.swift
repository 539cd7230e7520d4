// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets, one per parser that reads bytes from outside (files, feeds, HTTP, the
// configuration). In a package of their own: they build only with the fuzzer and address
// sanitizer, which the main build and CI do not use. Run them with Fuzz/run.sh.
let fuzzer = [SwiftSetting.unsafeFlags(["-parse-as-library"])]

func target(_ name: String, _ products: [Target.Dependency]) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport"] + products, swiftSettings: fuzzer)
}

let package = Package(
    name: "TallyFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Tally", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        target("FuzzDocumentDecoder", [.product(name: "TallyExtraction", package: "Tally")]),
        target("FuzzJSONEnvelope", [.product(name: "TallyExtraction", package: "Tally")]),
        target("FuzzHTMLExtraction", [.product(name: "TallyExtraction", package: "Tally")]),
        target("FuzzFeedParser", [.product(name: "FeedParsing", package: "Tally")]),
        target("FuzzClaims", [.product(name: "Figures", package: "Tally")]),
        target("FuzzConfiguration", [.product(name: "TallyConfiguration", package: "Tally")]),
        target("FuzzHTTPHeaders", [.product(name: "FeedFetching", package: "Tally")]),
    ]
)
