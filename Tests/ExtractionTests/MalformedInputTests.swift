import Documents
import Extraction
import Foundation
import Model
import Testing

/// Bad input gives an error or an article, never a crash: deterministic pseudo-random bytes and
/// tag soup through both stages.
@Suite struct MalformedInputTests {
    /// A fixed linear congruential generator, so failures reproduce.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func randomBytesNeverCrash() {
        var random = Generator(state: 42)
        for round in 0..<400 {
            let bytes = (0..<random.next(600)).map { _ in UInt8(random.next(256)) }
            for name in ["r.txt", "r.html", "r.json"] {
                if let document = try? DocumentDecoder.decode(bytes, fileName: name) {
                    #expect(!document.content.contains("\r") && !document.content.contains("\u{0}"), "round \(round)")
                    if let article = try? ArticleExtractor.extract(document) { expectWellFormed(article) }
                }
            }
        }
    }

    @Test func tagSoupNeverCrashes() {
        let pieces = ["<div>", "</div>", "<p>", "</p>", "<a href='#'>", "</a>", "<table><tr><td>", "</td>", "<ul><li>", "<br>",
                      "<script>", "</script>", "<!--", "-->", "<h1>", "</h2>", "&amp;", "&#x0;", "&#99999999;", "text, ", "More words here. ",
                      "<div class=\"comment share\">", "<article>", "<meta property=og:title content=", "\"", "<time datetime=2024-13-45>",
                      "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":[[[", "<form>", "<header>", "<svg><text>x"]
        var random = Generator(state: 7)
        for _ in 0..<300 {
            let html = (0..<random.next(80)).map { _ in pieces[random.next(pieces.count)] }.joined()
            for markup in [DecodedDocument.Markup.html, .plainText] {
                if let article = try? ArticleExtractor.extract(DecodedDocument(markup: markup, content: html, encoding: "UTF-8")) {
                    expectWellFormed(article)
                }
            }
        }
    }

    /// The body's promise: non-empty paragraphs separated by exactly one blank line, no other
    /// line breaks, no white space at either end of a paragraph.
    private func expectWellFormed(_ article: Model.Article) {
        let paragraphs = article.body.components(separatedBy: "\n\n")
        #expect(paragraphs.allSatisfy { !$0.isEmpty && !$0.contains("\n") && $0 == $0.trimmingCharacters(in: .whitespaces) })
    }
}
