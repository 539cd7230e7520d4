/// An Atom 1.0 (RFC 4287) or Atom 0.3 feed, element for element. Atom 0.3's names are read into
/// their 1.0 successors (tagline -> subtitle, copyright -> rights, modified -> updated, issued ->
/// published); `info` and `created` exist only in 0.3.
public struct AtomFeed: Sendable, Equatable {
    /// "atom10", "atom03", or "atom" for a feed element in neither namespace.
    public var version: String
    public var metadata: AtomFeedMetadata
    public var entries: [AtomEntry]

    public init(version: String, metadata: AtomFeedMetadata = AtomFeedMetadata(), entries: [AtomEntry] = []) {
        self.version = version
        self.metadata = metadata
        self.entries = entries
    }
}

/// What describes a feed: the feed element's own children, and an entry's atom:source.
public struct AtomFeedMetadata: Sendable, Equatable {
    public var id: String?
    public var title: TextConstruct?
    public var subtitle: TextConstruct?
    public var rights: TextConstruct?
    public var info: TextConstruct?
    public var authors: [FeedPerson] = []
    public var contributors: [FeedPerson] = []
    public var links: [FeedLink] = []
    public var categories: [FeedCategory] = []
    public var generator: FeedGenerator?
    public var icon: String?
    public var logo: String?
    public var updated: FeedDate?
    /// The effective xml:base and xml:lang of the element.
    public var base: String?
    public var language: String?

    public init() {}
}

public struct AtomEntry: Sendable, Equatable {
    public var id: String?
    public var title: TextConstruct?
    public var summary: TextConstruct?
    public var content: AtomContent?
    public var links: [FeedLink] = []
    public var authors: [FeedPerson] = []
    public var contributors: [FeedPerson] = []
    public var categories: [FeedCategory] = []
    public var published: FeedDate?
    public var updated: FeedDate?
    public var created: FeedDate?
    public var rights: TextConstruct?
    public var source: AtomFeedMetadata?
    public var base: String?
    public var language: String?

    public init() {}
}

/// atom:content: inline text or markup, or a reference to content elsewhere (`src`).
public struct AtomContent: Sendable, Equatable {
    public var text: TextConstruct
    /// Absolute when it could be resolved.
    public var source: String?

    public init(text: TextConstruct, source: String? = nil) {
        self.text = text
        self.source = source
    }
}
