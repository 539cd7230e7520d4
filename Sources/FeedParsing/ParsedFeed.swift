import Foundation

// CONTRACT STUB (skeleton): the feed parsers replace the bodies; keep these names.

public enum FeedFormat: String, Codable, Sendable {
    case rss
    case rdf
    case atom
    case jsonFeed = "json-feed"
}

/// A feed in the one domain model every format is adapted to.
public struct ParsedFeed: Sendable, Equatable {
    public var format: FeedFormat
    /// e.g. "rss20", "rss091u", "rss10", "atom03", "atom10", "json1".
    public var version: String?
    public var title: String?
    /// The site the feed belongs to (channel link, alternate link, home_page_url), absolute.
    public var siteURL: String?
    /// The feed's own address as it states it (self link, feed_url), absolute.
    public var feedURL: String?
    public var entries: [FeedEntry]
    /// The encoding the bytes were read in.
    public var encoding: String
    /// Problems recovered from (what feedparser calls "bozo"); empty for a clean feed.
    public var warnings: [String]

    public init(format: FeedFormat, version: String? = nil, title: String? = nil, siteURL: String? = nil, feedURL: String? = nil,
                entries: [FeedEntry] = [], encoding: String = "UTF-8", warnings: [String] = []) {
        self.format = format
        self.version = version
        self.title = title
        self.siteURL = siteURL
        self.feedURL = feedURL
        self.entries = entries
        self.encoding = encoding
        self.warnings = warnings
    }
}

public struct FeedEntry: Sendable, Equatable {
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

/// Why a feed could not be read; a problem for that feed only.
public struct FeedError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

public enum FeedParser {
    /// Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 or JSON Feed 1.x, told apart by content.
    /// `url` resolves relative links; `contentType` may carry the HTTP charset.
    public static func parse(_ bytes: [UInt8], url: String? = nil, contentType: String? = nil) throws(FeedError) -> ParsedFeed {
        throw FeedError("feed parsing is not written yet")
    }
}
