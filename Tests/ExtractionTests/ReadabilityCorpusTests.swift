import Documents
@testable import Extraction
import Foundation
import Model
import Testing

/// The HTML extractor against the readability test corpus (shared/corpora/readability): each
/// page's extracted body is scored against the text of readability's expected output.
@Suite struct ReadabilityCorpusTests {
    /// The text of an expected.html: every text node, blocks on lines of their own.
    static func expectedText(_ html: String) -> String {
        let (tree, _) = HTMLParser.parse(html)
        let roots = tree.nodes.indices.filter { tree.nodes[$0].parent == -1 }
        return HTMLTextRenderer.paragraphs(of: roots, tree, excluded: nil).joined(separator: "\n")
    }

    @Test func shingleF1OnTheReadabilityCorpus() throws {
        let folder = TestData.shared.appendingPathComponent("corpora/readability")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var pages: [(name: String, score: ShingleScore.Page)] = []
        var predictions: [String: [String: String]] = [:]
        var extractionSeconds = 0.0
        var metadata = MetadataTally()
        for name in names {
            let page = folder.appendingPathComponent(name)
            guard let source = try? Data(contentsOf: page.appendingPathComponent("source.html")),
                  let expected = try? String(contentsOf: page.appendingPathComponent("expected.html"), encoding: .utf8) else { continue }
            let start = Date()
            let article = try? ArticleExtractor.extract(try DocumentDecoder.decode([UInt8](source), fileName: "source.html"))
            extractionSeconds += Date().timeIntervalSince(start)
            let body = article?.body ?? ""
            metadata.record(article, expected: page.appendingPathComponent("expected-metadata.json"))
            predictions[name] = ["articleBody": body]
            pages.append((name, ShingleScore.page(truth: Self.expectedText(expected), prediction: body)))
        }
        let result = ShingleScore.corpus(pages.map(\.score))
        print(String(format: "readability corpus: %d pages, precision %.3f, recall %.3f, F1 %.3f, %.1f pages/s (decode + extract)",
                     pages.count, result.precision, result.recall, result.f1, Double(pages.count) / extractionSeconds))
        print(metadata.summary)
        for page in pages.sorted(by: { $0.score.f1 < $1.score.f1 }).prefix(12) {
            print(String(format: "  weakest: %@ P %.2f R %.2f", page.name, page.score.precision, page.score.recall))
        }
        // To cross-check this scoring with shared/tools/extract_eval.py --predictions FILE.
        if let path = ProcessInfo.processInfo.environment["EXTRACTION_PREDICTIONS"] {
            try JSONSerialization.data(withJSONObject: predictions, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        }
        #expect(pages.count >= 100)
        #expect(result.f1 >= 0.95)
    }
}

/// How often title, byline and date agree with readability's expected metadata (words compared
/// case-insensitively; dates by day). Printed, not asserted: the expectations are one tool's.
private struct MetadataTally {
    var counts: [String: (agree: Int, total: Int)] = [:]

    mutating func record(_ article: Model.Article?, expected url: URL) {
        guard let data = try? Data(contentsOf: url),
              let expected = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return }
        func words(_ text: String?) -> [Substring] { ShingleScore.tokens((text ?? "").lowercased()) }
        if let title = expected["title"] as? String, !title.isEmpty {
            tally("title", words(article?.title) == words(title))
        }
        if let byline = expected["byline"] as? String, !byline.isEmpty {
            tally("byline", words(article?.author) == words(byline))
        }
        if let published = expected["publishedTime"] as? String, !published.isEmpty {
            let day = article?.published.map { ISO8601DateFormatter().string(from: $0).prefix(10) }
            tally("date", day == published.prefix(10))
        }
    }

    private mutating func tally(_ field: String, _ agrees: Bool) {
        var entry = counts[field, default: (0, 0)]
        entry.total += 1
        if agrees { entry.agree += 1 }
        counts[field] = entry
    }

    var summary: String {
        "metadata agreement: " + counts.keys.sorted().map { "\($0) \(counts[$0]!.agree)/\(counts[$0]!.total)" }.joined(separator: ", ")
    }
}
