import Foundation

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
