/// A JSON Feed 1.0 / 1.1 document (https://jsonfeed.org/version/1.1), member for member.
public struct JSONFeed: Sendable, Equatable {
    /// The `version` URL as given.
    public var version: String
    public var title: String?
    public var homePageURL: String?
    public var feedURL: String?
    public var description: String?
    public var icon: String?
    public var favicon: String?
    public var language: String?
    /// `authors` (1.1), or the single `author` of 1.0.
    public var authors: [FeedPerson] = []
    public var items: [JSONFeedItem] = []

    public init(version: String) {
        self.version = version
    }

    /// "json1" or "json11".
    public var shortVersion: String {
        version.hasSuffix("/1.1") ? "json11" : "json1"
    }
}

public struct JSONFeedItem: Sendable, Equatable {
    /// Numbers are accepted and written out as strings, as the spec asks of publishers.
    public var id: String?
    public var url: String?
    public var externalURL: String?
    public var title: String?
    public var contentHTML: String?
    public var contentText: String?
    public var summary: String?
    public var image: String?
    public var datePublished: FeedDate?
    public var dateModified: FeedDate?
    public var authors: [FeedPerson] = []
    public var tags: [String] = []
    public var attachments: [FeedEnclosure] = []
    public var language: String?

    public init() {}
}
