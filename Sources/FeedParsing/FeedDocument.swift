/// A feed read into the struct faithful to its format, before adaptation to the domain model:
/// for callers that want what the domain model leaves out (subtitles, generators, enclosures...).
public struct FeedDocument: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case rss(RSSChannel)
        case rdf(RDFChannel)
        case atom(AtomFeed)
        case jsonFeed(JSONFeed)
    }

    public var content: Content
    /// The encoding the bytes were read in (WHATWG names: "UTF-8", "windows-1252", "ISO-8859-2"...).
    public var encoding: String
    /// What was recovered from while decoding and parsing; empty for a clean feed.
    public var warnings: [String]

    public init(content: Content, encoding: String, warnings: [String] = []) {
        self.content = content
        self.encoding = encoding
        self.warnings = warnings
    }

    /// The document in the domain model.
    public var parsedFeed: ParsedFeed {
        var feed: ParsedFeed
        switch content {
        case .rss(let channel): feed = RSSAdapter.feed(channel)
        case .rdf(let channel): feed = RDFAdapter.feed(channel)
        case .atom(let atom): feed = AtomAdapter.feed(atom)
        case .jsonFeed(let json): feed = JSONFeedAdapter.feed(json)
        }
        feed.encoding = encoding
        feed.warnings = warnings
        return feed
    }
}
