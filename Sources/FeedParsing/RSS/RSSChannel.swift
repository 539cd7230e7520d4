/// An RSS 0.9x / 2.0 channel, element for element, with the modules feeds commonly add
/// (Dublin Core, content:encoded, atom:link, xhtml:body, Creative Commons).
public struct RSSChannel: Sendable, Equatable {
    /// "rss20", "rss091u", "rss091n", "rss092", "rss093", "rss094", or "rss" without a version.
    public var version: String
    public var title: TextConstruct?
    public var link: String?
    public var description: TextConstruct?
    public var language: String?
    public var copyright: String?
    public var managingEditor: String?
    /// Not in RSS 2.0, but common: the channel's author, written like an item's.
    public var author: String?
    public var webMaster: String?
    public var pubDate: FeedDate?
    public var lastBuildDate: FeedDate?
    public var categories: [FeedCategory] = []
    public var generator: String?
    public var docs: String?
    public var cloud: RSSCloud?
    public var ttl: String?
    public var image: RSSImage?
    public var textInput: RSSTextInput?
    /// atom:link elements (rel="self" names the feed's own address).
    public var atomLinks: [FeedLink] = []
    public var dublinCore = DublinCore()
    public var items: [RSSItem] = []
    /// The effective xml:base and xml:lang of the channel.
    public var base: String?
    public var xmlLanguage: String?

    public init(version: String) {
        self.version = version
    }
}

public struct RSSItem: Sendable, Equatable {
    public var title: TextConstruct?
    /// Absolute when it could be resolved.
    public var link: String?
    public var description: TextConstruct?
    public var author: String?
    public var categories: [FeedCategory] = []
    public var comments: String?
    public var enclosures: [FeedEnclosure] = []
    public var guid: RSSGUID?
    public var pubDate: FeedDate?
    public var expirationDate: FeedDate?
    public var source: RSSSource?
    /// content:encoded, the full HTML of the entry.
    public var contentEncoded: TextConstruct?
    /// xhtml:body, full XHTML content.
    public var xhtmlBody: TextConstruct?
    public var atomLinks: [FeedLink] = []
    /// cc:license or creativeCommons:license.
    public var license: String?
    public var dublinCore = DublinCore()
    public var base: String?
    public var xmlLanguage: String?

    public init() {}
}

public struct RSSGUID: Sendable, Equatable {
    public var value: String
    /// RSS 2.0: true unless the feed says isPermaLink="false".
    public var isPermaLink: Bool

    public init(value: String, isPermaLink: Bool = true) {
        self.value = value
        self.isPermaLink = isPermaLink
    }
}

public struct RSSSource: Sendable, Equatable {
    public var url: String?
    public var title: String?

    public init(url: String? = nil, title: String? = nil) {
        self.url = url
        self.title = title
    }
}

public struct RSSImage: Sendable, Equatable {
    public var url: String?
    public var title: String?
    public var link: String?
    public var width: String?
    public var height: String?
    public var description: String?

    public init() {}
}

public struct RSSTextInput: Sendable, Equatable {
    public var title: String?
    public var description: String?
    public var name: String?
    public var link: String?

    public init() {}
}

public struct RSSCloud: Sendable, Equatable {
    public var domain: String?
    public var port: String?
    public var path: String?
    public var registerProcedure: String?
    public var `protocol`: String?

    public init() {}
}
