@testable import Extraction
import Foundation
import Testing

@Suite struct MarkupPrefilterTests {
    private func filtered(_ html: String) -> String {
        let bytes = Array(html.utf8)
        let result = bytes.withUnsafeBufferPointer { MarkupPrefilter.filter($0, keeps: { _ in true }) }
        return String(decoding: result.html, as: UTF8.self)
    }

    @Test func indentationBetweenTagsBecomesOneSpaceOrLineBreak() {
        #expect(filtered("<div>\n        <p>Text</p>    <p>More</p>\n</div>") == "<div>\n<p>Text</p> <p>More</p>\n</div>")
    }

    @Test func spacesInsideTextAndASingleSpaceStay() {
        #expect(filtered("<p>Two  spaces</p> <p>x</p>") == "<p>Two  spaces</p> <p>x</p>")
    }

    @Test func preformattedTextKeepsItsIndentation() {
        let code = "<pre><span>if x {</span>\n    <span>run()</span>\n}</pre>"
        #expect(filtered("<div>\n  \(code)\n  <p>After</p></div>") == "<div>\n\(code)\n<p>After</p></div>")
    }

    /// The article read from an indented page is the article read from the same page without
    /// its indentation.
    @Test func indentationDoesNotChangeTheArticle() throws {
        let paragraphs = [
            "The gauge network flagged 1,300 readings as faulty on Tuesday, the agency said, after the river rose by 2.4 metres overnight.",
            "Crews replaced 40 of the 120 sensors by Wednesday evening, and the rest are due to be checked before the weekend, officials said.",
        ]
        let compact = "<html><body><div class=\"menu\"><a href=\"/\">Home</a><a href=\"/news\">News</a></div><article><h1>Gauges fail</h1>"
            + paragraphs.map { "<p>\($0) <b>Update</b> <i>one</i></p>" }.joined() + "</article></body></html>"
        let indented = compact.replacingOccurrences(of: "><", with: ">\n            <")
        #expect(try HTMLArticleExtractor.extract(utf8: Array(indented.utf8)).body == HTMLArticleExtractor.extract(utf8: Array(compact.utf8)).body)
    }
}
