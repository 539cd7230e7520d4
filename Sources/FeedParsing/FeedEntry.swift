public import Foundation

/// One entry (item) of a feed in the domain model.
public struct FeedEntry: Sendable, Equatable, Codable {
    /// Stable identity within its feed: the guid/id, else the link, else a hash of title and content.
    public var key: String
    public var id: String?
    /// The entry's link, absolute.
    public var url: String?
    public var title: String?
    public var author: String?
    /// UTC.
    public var published: Date?
    public var updated: Date?
    /// The summary or description as given (HTML or text).
    public var summary: String?
    /// The full content (HTML) when the entry carries it.
    public var content: String?
    public var categories: [String]

    public init(key: String, id: String? = nil, url: String? = nil, title: String? = nil, author: String? = nil, published: Date? = nil,
                updated: Date? = nil, summary: String? = nil, content: String? = nil, categories: [String] = []) {
        self.key = key
        self.id = id
        self.url = url
        self.title = title
        self.author = author
        self.published = published
        self.updated = updated
        self.summary = summary
        self.content = content
        self.categories = categories
    }
}
