import Foundation

/// A feed in the one domain model every format is adapted to. Codable, so a command can print
/// it as JSON for checking a feed by hand.
public struct ParsedFeed: Sendable, Equatable, Codable {
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
