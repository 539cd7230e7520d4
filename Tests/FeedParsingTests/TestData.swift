import Foundation

/// Where the test inputs are: this target's testdata/ and the shared corpora beside the repository.
enum TestData {
    /// Tests/FeedParsingTests/TestData.swift -> the repository root, three levels up.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let directory = repositoryRoot.appendingPathComponent("Tests/FeedParsingTests/testdata")

    static let feedCorpus = repositoryRoot.appendingPathComponent("../shared/corpora/feeds/feedparser/tests").standardized

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }
}
