public import Documents
import Foundation
public import Model

/// A decoded document to the article it carries. What the document's own container states
/// (a JSON envelope's title, date, source...) wins over what is read from the content.
public enum ArticleExtractor {
    public static func extract(_ document: DecodedDocument) throws(ExtractionError) -> Article {
        let metadata = document.metadata
        switch document.markup {
        case .plainText:
            let found = try TextScrapeExtractor.extract(document.content)
            return Article(
                title: metadata.title ?? found.title, body: found.body, source: metadata.source ?? found.source,
                url: metadata.url, published: metadata.published ?? found.published,
                author: metadata.author ?? found.author)
        case .html:
            let found = try HTMLArticleExtractor.extract(utf8: document.utf8)
            return Article(
                title: metadata.title ?? found.title, body: found.body, source: metadata.source ?? found.siteName,
                url: metadata.url ?? found.url, published: metadata.published ?? found.published, modified: found.modified,
                author: metadata.author ?? found.author, authors: metadata.author.map { [$0] } ?? found.authors,
                language: found.language, description: found.description, captions: found.captions)
        }
    }
}
