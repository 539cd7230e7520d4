public import Foundation

/// What a document says, stripped of page furniture: the unit everything downstream reads.
public struct Article: Codable, Sendable, Equatable {
    public var title: String?
    /// Body text: paragraphs separated by a blank line, no furniture, no mid-sentence line breaks.
    public var body: String
    /// The publishing site, e.g. "thedefensepost.com" or "Kyiv Independent".
    public var source: String?
    public var url: String?
    /// When the article was first published, and last changed (UTC instants).
    public var published: Date?
    public var modified: Date?
    /// The authors as one line ("Jane Doe, John Roe"), as bylines show them.
    public var author: String?
    /// The authors one by one; empty when none is known, or only `author` was given.
    public var authors: [String]
    public var language: String?
    /// The summary the page gives of itself (its description meta), not a part of the body.
    public var description: String?
    /// Captions and credits of the article's pictures: about the pictures, not the story, so
    /// kept out of the body (their dates and counts are not the story's figures).
    public var captions: [String]

    public init(title: String? = nil, body: String, source: String? = nil, url: String? = nil,
                published: Date? = nil, modified: Date? = nil, author: String? = nil, authors: [String] = [],
                language: String? = nil, description: String? = nil, captions: [String] = []) {
        self.title = title
        self.body = body
        self.source = source
        self.url = url
        self.published = published
        self.modified = modified
        self.author = author
        self.authors = authors
        self.language = language
        self.description = description
        self.captions = captions
    }

    /// The article as one text: the title, a blank line, the body. Claim spans count Unicode
    /// scalars into this text.
    public var text: String {
        guard let title, !title.isEmpty else { return body }
        return title + "\n\n" + body
    }
}
