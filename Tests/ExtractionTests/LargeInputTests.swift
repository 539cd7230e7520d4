import Documents
import Extraction
import Foundation
import Testing

/// Big inputs go through every stage in one pass: a quadratic step would not finish. Sizes are
/// small enough for a debug build; the report's 50 MB figures come from a release build.
@Suite struct LargeInputTests {
    private static let sentence = "Officials said 1,240 people were evacuated from the valley, and 86 homes were destroyed. "

    @Test func megabyteOnOneLineOfText() throws {
        let text = String(repeating: Self.sentence, count: 1_000_000 / Self.sentence.utf8.count)
        let article = try ArticleExtractor.extract(DecodedDocument(markup: .plainText, content: text, encoding: "UTF-8"))
        #expect(article.body == trimmed(text))
    }

    @Test func megabyteOfHardWrappedLines() throws {
        let lines = String(repeating: Self.sentence + "\n", count: 1_000_000 / Self.sentence.utf8.count)
        let article = try ArticleExtractor.extract(DecodedDocument(markup: .plainText, content: lines, encoding: "UTF-8"))
        #expect(article.body.utf8.count > 900_000)
    }

    @Test func megabyteParagraphInHTML() throws {
        let text = String(repeating: Self.sentence, count: 1_000_000 / Self.sentence.utf8.count)
        let article = try ArticleExtractor.extract(DecodedDocument(markup: .html, content: "<html><body><p>\(text)</p></body></html>", encoding: "UTF-8"))
        #expect(article.body == trimmed(text))
    }

    private func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces) }
}
