import Foundation

/// What a document says, stripped of page furniture: the unit everything downstream reads.
public struct Article: Codable, Sendable, Equatable {
    public var title: String?
    /// Body text: paragraphs separated by a blank line, no furniture, no mid-sentence line breaks.
    public var body: String
    /// The publishing site, e.g. "thedefensepost.com" or "Kyiv Independent".
    public var source: String?
    public var url: String?
    public var published: Date?
    public var author: String?
    public var language: String?

    public init(title: String? = nil, body: String, source: String? = nil, url: String? = nil,
                published: Date? = nil, author: String? = nil, language: String? = nil) {
        self.title = title
        self.body = body
        self.source = source
        self.url = url
        self.published = published
        self.author = author
        self.language = language
    }

    /// The article as one text: the title, a blank line, the body. Claim spans count Unicode
    /// scalars into this text.
    public var text: String {
        guard let title, !title.isEmpty else { return body }
        return title + "\n\n" + body
    }
}
