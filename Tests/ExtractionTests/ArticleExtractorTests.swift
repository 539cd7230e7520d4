import Documents
import Extraction
import Foundation
import Model
import Testing

/// From bytes to article, the way the pipeline calls it.
@Suite struct ArticleExtractorTests {
    private func article(_ json: String) throws -> Model.Article {
        try ArticleExtractor.extract(try DocumentDecoder.decode(Array(json.utf8), fileName: "handover.json"))
    }

    @Test func jsonTextEnvelopeIsCleanedAndItsMetadataWins() throws {
        let article = try article(#"""
            {"title": "Dam release floods 3 villages", "source": "River Watch", "published": "Tue, 05 Mar 2024 06:00:00 GMT",
             "url": "https://river.example.org/dam", "text": "Home Back\n\nDam Release Floods Three Villages Downstream\n\nriverwatch.example.org 2 hours ago\n\nEngineers opened the spillway at 4 a.m. after the reservoir rose to 98 percent of capacity, and water reached three villages within the hour.\n\nShare this article"}
            """#)
        #expect(article.title == "Dam release floods 3 villages")
        #expect(article.source == "River Watch")
        #expect(article.url == "https://river.example.org/dam")
        #expect(article.published == Date(timeIntervalSince1970: 1_709_618_400))
        #expect(article.body == "Engineers opened the spillway at 4 a.m. after the reservoir rose to 98 percent of capacity, and water reached three villages within the hour.")
        #expect(article.text == "Dam release floods 3 villages\n\n" + article.body)
    }

    @Test func jsonHTMLEnvelopeGoesThroughTheHTMLExtractor() throws {
        let article = try article(#"""
            {"html": "<html lang=\"fr\"><head><title>Crue : 3 villages inondés | Le Fleuve</title></head><body><nav><a href=\"/\">Accueil</a></nav><article><p>Les ingénieurs ont ouvert l'évacuateur à 4 heures, après que le réservoir a atteint 98 % de sa capacité, et l'eau a gagné trois villages.</p></article></body></html>"}
            """#)
        #expect(article.title == "Crue : 3 villages inondés")
        #expect(article.language == "fr")
        #expect(article.body.hasPrefix("Les ingénieurs ont ouvert"))
        #expect(!article.body.contains("Accueil"))
    }

    @Test func pageWrappedInAFormKeepsItsText() throws {
        let paragraph = "The council approved a budget of 4.2 million for flood defences on Tuesday, after a vote of 31 to 9, and work on the first embankment starts in May."
        let html = "<html><body><form id=\"aspnetForm\" action=\"/page\"><div class=\"main\">" + String(repeating: "<p>\(paragraph)</p>", count: 4)
            + "</div></form><form class=\"search\"><input name=q><a href=\"/s\">Search</a></form></body></html>"
        let article = try ArticleExtractor.extract(DecodedDocument(markup: .html, content: html, encoding: "UTF-8"))
        #expect(article.body.components(separatedBy: "\n\n").count == 4)
        #expect(!article.body.contains("Search"))
    }

    @Test func furnitureOnlyTextIsAnError() {
        #expect(throws: ExtractionError.self) {
            try ArticleExtractor.extract(DecodedDocument(markup: .plainText, content: "Home\n\nShare this article\n\nLatest Posts", encoding: "UTF-8"))
        }
    }
}
