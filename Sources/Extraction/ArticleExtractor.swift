import Foundation
import Documents

// CONTRACT STUB (skeleton): replaced by the text-scrape cleaner and the libxml2 HTML extractor.
public enum ArticleExtractor {
    public static func extract(_ document: DecodedDocument) throws(ExtractionError) -> Article {
        let body = document.content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw ExtractionError("no text") }
        return Article(title: document.metadata.title, body: body, source: document.metadata.source,
                       url: document.metadata.url, published: document.metadata.published)
    }
}
