import Documents
import Extraction
import Foundation
import Model
import Testing

/// What decoding hands the extractor comes out right in the article body: character references,
/// named and numeric, and text inside broken markup.
@Suite struct EncodingExtractionTests {
    private func body(_ html: String) throws -> String {
        try ArticleExtractor.extract(try DocumentDecoder.decode(Array(html.utf8), fileName: "x.html")).body
    }

    private func page(_ paragraphs: String) -> String {
        "<html><head><title>Budget</title></head><body><article>\(paragraphs)</article></body></html>"
    }

    private static let filler = "The finance ministry published the figures on Tuesday morning, a week later than planned."

    @Test func namedEntitiesAreDecoded() throws {
        let text = try body(page("<p>The caf&eacute; chain &mdash; 1,200 shops &mdash; raised prices by&nbsp;4%. \(Self.filler)</p>"))
        // The extractor writes the no-break space as a plain one, as it does all white space.
        #expect(text.contains("The café chain — 1,200 shops — raised prices by 4%."))
        #expect(!text.contains("&"))
    }

    @Test func numericReferencesAreDecoded() throws {
        let text = try body(page("<p>Exports fell 3&#8212;4% and imports 2&#x2014;3%, the lowest since &#x31;998. \(Self.filler)</p>"))
        #expect(text.contains("Exports fell 3—4% and imports 2—3%, the lowest since 1998."))
    }

    @Test func entitiesInALegacyEncodingAreDecodedToo() throws {
        // Windows-1252 bytes (é as 0xE9) and references side by side.
        let html = Array("<html><body><article><p>Caf".utf8) + [0xE9] + Array(" owners &eacute;lus &#8212; 52 of them. \(Self.filler)</p></article></body></html>".utf8)
        let article = try ArticleExtractor.extract(try DocumentDecoder.decode(html, fileName: "x.html"))
        #expect(article.body.contains("Café owners élus — 52 of them."))
    }

    @Test func unclosedTagsAreRecovered() throws {
        let text = try body("<html><body><article><p>Turnout reached 61%. \(Self.filler)<p>About 3,400 polling stations <b>opened at seven. \(Self.filler)")
        #expect(text.contains("Turnout reached 61%."))
        #expect(text.contains("About 3,400 polling stations opened at seven."))
    }

    @Test func strayClosingTagsAreIgnored() throws {
        let text = try body(page("</div><p>The central bank held its rate at 4.5%.</div> \(Self.filler)</p></span><p>Inflation was 2.1%. \(Self.filler)</p>"))
        #expect(text.contains("The central bank held its rate at 4.5%."))
        #expect(text.contains("Inflation was 2.1%."))
    }

    @Test func paragraphInsideAParagraphBecomesTwo() throws {
        let text = try body(page("<p>Rainfall was 120 mm. \(Self.filler)<p>Rivers rose by 2 metres. \(Self.filler)</p></p>"))
        let paragraphs = text.components(separatedBy: "\n\n")
        #expect(paragraphs.contains { $0.hasPrefix("Rainfall was 120 mm.") && !$0.contains("Rivers") })
        #expect(paragraphs.contains { $0.hasPrefix("Rivers rose by 2 metres.") })
    }
}
