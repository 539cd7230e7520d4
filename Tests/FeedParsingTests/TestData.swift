import FeedParsing
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

/// Parsing helpers for feeds written inline.
enum Feeds {
    static func parse(_ text: String, url: String? = nil, contentType: String? = nil) throws -> ParsedFeed {
        try FeedParser.parse(Array(text.utf8), url: url, contentType: contentType)
    }

    static func document(_ text: String, url: String? = nil) throws -> FeedDocument {
        try FeedParser.document(Array(text.utf8), url: url)
    }

    /// The error a document fails with, or "parsed".
    static func failure(_ bytes: [UInt8]) -> String {
        do {
            _ = try FeedParser.parse(bytes)
            return "parsed"
        } catch {
            return error.description
        }
    }

    static func date(_ text: String) -> Date? {
        ISO8601DateFormatter().date(from: text)
    }
}
