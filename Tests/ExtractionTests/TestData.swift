import Documents
import Extraction
import Foundation
import Model

/// Locations of test inputs: this target's testdata and the shared corpora beside the repo.
enum TestData {
    /// Tests/ExtractionTests/TestData.swift -> three levels up is the repository root.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repositoryRoot.appendingPathComponent("../shared").standardized
    static let local = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("testdata")

    static func article(file url: URL) throws -> Article {
        let bytes = try [UInt8](Data(contentsOf: url))
        return try ArticleExtractor.extract(try DocumentDecoder.decode(bytes, fileName: url.lastPathComponent))
    }

    static func article(local name: String) throws -> Article {
        try article(file: local.appendingPathComponent(name))
    }

    static func article(text: String) throws -> Article {
        try ArticleExtractor.extract(DecodedDocument(markup: .plainText, content: text, encoding: "UTF-8"))
    }

    static func paragraphs(_ article: Article) -> [String] {
        article.body.components(separatedBy: "\n\n")
    }
}
