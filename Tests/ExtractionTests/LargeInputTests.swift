import Documents
import Extraction
import Foundation
import Model
import Testing

/// Big inputs go through every stage in one pass: a quadratic step would not finish. The
/// default size suits a debug build; for the report's figures run a release build with
/// LARGE_INPUT_BYTES=50000000 (see the printed MB/s).
@Suite struct LargeInputTests {
    private static let sentence = "Officials said 1,240 people were evacuated from the valley, and 86 homes were destroyed. "
    private static let size = ProcessInfo.processInfo.environment["LARGE_INPUT_BYTES"].flatMap(Int.init) ?? 1_000_000
    private static let oneLine = String(repeating: sentence, count: size / sentence.utf8.count)

    /// Decodes and extracts, printing the throughput.
    private func measure(_ label: String, _ bytes: [UInt8], fileName: String) throws -> Model.Article {
        let start = Date()
        let article = try ArticleExtractor.extract(try DocumentDecoder.decode(bytes, fileName: fileName))
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "%@: %.1f MB in %.2f s, %.1f MB/s", label, Double(bytes.count) / 1e6, seconds, Double(bytes.count) / 1e6 / seconds))
        return article
    }

    @Test func oneLineOfText() throws {
        let article = try measure("text, one line", Array(Self.oneLine.utf8), fileName: "big.txt")
        #expect(article.body == Self.oneLine.trimmingCharacters(in: .whitespaces))
    }

    @Test func hardWrappedLinesOfText() throws {
        let lines = String(repeating: Self.sentence + "\n", count: Self.size / Self.sentence.utf8.count)
        let article = try measure("text, hard-wrapped lines", Array(lines.utf8), fileName: "big.txt")
        #expect(article.body.utf8.count > Self.size * 9 / 10)
    }

    @Test func oneParagraphOfHTML() throws {
        let article = try measure("HTML, one paragraph", Array("<html><body><p>\(Self.oneLine)</p></body></html>".utf8), fileName: "big.html")
        #expect(article.body == Self.oneLine.trimmingCharacters(in: .whitespaces))
    }

    @Test func manyParagraphsOfHTML() throws {
        let paragraphs = String(repeating: "<p>\(Self.sentence)</p>\n", count: Self.size / (Self.sentence.utf8.count + 8))
        let article = try measure("HTML, many paragraphs", Array("<html><body><div class=content>\(paragraphs)</div></body></html>".utf8), fileName: "big.html")
        #expect(article.body.components(separatedBy: "\n\n").count == Self.size / (Self.sentence.utf8.count + 8))
    }
}
