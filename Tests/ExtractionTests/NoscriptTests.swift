import Documents
import Extraction
import Model
import Testing

/// A page that shows its article only to browsers without scripts is read from its <noscript>;
/// a page with an article of its own keeps its <noscript> (a tracking pixel, "enable scripts")
/// out.
@Suite struct NoscriptTests {
    private static let text = [
        "River levels in the valley rose by 2.4 metres overnight, the environment agency said on Tuesday, and 1,300 homes were evacuated as a precaution before dawn.",
        "Emergency crews built temporary barriers along 3 kilometres of the embankment, while volunteers filled 40,000 sandbags at the town's sports centre, officials said.",
        "The agency expects the river to peak on Thursday afternoon, when a further 200 millimetres of rain is forecast to fall on the already saturated hills upstream.",
        "Insurers estimate that the damage could reach 85 million pounds, more than twice the cost of the floods that hit the same valley four years ago, in the spring.",
    ]

    private func body(_ inner: String) throws -> String {
        let html = "<!DOCTYPE html><html lang=\"en\"><head><title>Flood update</title></head><body>\(inner)</body></html>"
        return try ArticleExtractor.extract(DecodedDocument(markup: .html, content: html, encoding: "UTF-8")).body
    }

    @Test func anArticleOnlyInNoscriptIsRead() throws {
        let body = try body("""
            <div id="app"></div><script>render()</script>
            <NOSCRIPT><article>\(Self.text.map { "<p>\($0)</p>" }.joined())</article></NOSCRIPT>
            """)
        #expect(body.contains(Self.text[0]) && body.contains(Self.text[3]))
    }

    @Test func aPageWithItsOwnArticleLeavesNoscriptOut() throws {
        let body = try body("""
            <noscript><p>Please enable JavaScript in your browser settings to see the comments and the interactive map below.</p></noscript>
            <article>\(Self.text.map { "<p>\($0)</p>" }.joined())</article>
            """)
        #expect(body.contains(Self.text[0]) && body.contains(Self.text[3]))
        #expect(!body.contains("enable JavaScript"))
    }
}
