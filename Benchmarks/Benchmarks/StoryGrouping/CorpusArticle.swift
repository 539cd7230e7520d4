import Documents
import Extraction
import Foundation
import Model

/// One article of the evaluation stream, with the story it truly belongs to.
struct CorpusArticle {
    var name: String
    var title: String?
    var body: String
    var published: Date?
    /// The cluster's name, "seeds", or the article's own name (a distractor: a story of its own).
    var truth: String
}

/// The development corpora as one stream: the six story clusters, the five seed articles (one
/// story, no dates) and the readability and snippets pages as distractors.
enum Corpus {
    static func load(corpora: URL, seeds: URL) throws -> [CorpusArticle] {
        var articles: [CorpusArticle] = []
        let stories = corpora.appendingPathComponent("stories")
        for cluster in try sortedContents(stories) where isDirectory(cluster) {
            for file in try sortedContents(cluster.appendingPathComponent("articles")) where file.pathExtension == "json" {
                let envelope = try JSONDecoder().decode(Envelope.self, from: Data(contentsOf: file))
                articles.append(CorpusArticle(name: "\(cluster.lastPathComponent)/\(file.lastPathComponent)", title: envelope.title,
                                              body: envelope.text, published: envelope.published.flatMap(parseDate),
                                              truth: cluster.lastPathComponent))
            }
        }
        for file in try sortedContents(seeds) where file.pathExtension == "txt" {
            if let article = extract(try [UInt8](Data(contentsOf: file)), name: file.lastPathComponent) {
                articles.append(CorpusArticle(name: "seeds/\(file.lastPathComponent)", title: article.title, body: article.body,
                                              published: nil, truth: "seeds"))
            }
        }
        let readability = corpora.appendingPathComponent("readability")
        for page in try sortedContents(readability) where isDirectory(page) {
            let source = page.appendingPathComponent("source.html")
            if let article = extract(try [UInt8](Data(contentsOf: source)), name: "source.html") {
                articles.append(distractor("readability/\(page.lastPathComponent)", article))
            }
        }
        for file in try sortedContents(corpora.appendingPathComponent("snippets/pages")) where file.lastPathComponent.hasSuffix(".html.gz") {
            if let article = extract(try gunzip(file), name: "page.html") {
                articles.append(distractor("snippets/\(file.lastPathComponent)", article))
            }
        }
        return articles
    }

    private struct Envelope: Decodable {
        var title: String?
        var text: String
        var published: String?
    }

    private static func distractor(_ name: String, _ article: Article) -> CorpusArticle {
        CorpusArticle(name: name, title: article.title, body: article.body, published: article.published, truth: name)
    }

    private static func extract(_ bytes: [UInt8], name: String) -> Article? {
        guard let document = try? DocumentDecoder.decode(bytes, fileName: name),
              let article = try? ArticleExtractor.extract(document),
              !article.body.isEmpty else { return nil }
        return article
    }

    private static func parseDate(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }

    private static func sortedContents(_ folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }

    private static func gunzip(_ file: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
