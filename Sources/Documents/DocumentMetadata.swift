public import Foundation

/// What the container says about a document before its content is read: a JSON envelope's
/// fields, or (later) a feed entry's.
public struct DocumentMetadata: Codable, Sendable, Equatable {
    public var url: String?
    public var title: String?
    public var published: Date?
    public var source: String?
    public var author: String?

    public init(url: String? = nil, title: String? = nil, published: Date? = nil, source: String? = nil, author: String? = nil) {
        self.url = url
        self.title = title
        self.published = published
        self.source = source
        self.author = author
    }
}

extension DocumentMetadata {
    /// These fields, with every field `other` states replacing the one here.
    public func overridden(by other: DocumentMetadata) -> DocumentMetadata {
        DocumentMetadata(url: other.url ?? url, title: other.title ?? title, published: other.published ?? published,
                         source: other.source ?? source, author: other.author ?? author)
    }
}
