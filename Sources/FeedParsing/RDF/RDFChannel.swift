/// An RSS 1.0 or RSS 0.90 document (RDF): a channel, and items, image and textinput beside it.
public struct RDFChannel: Sendable, Equatable {
    /// "rss10" or "rss090".
    public var version: String
    /// rdf:about: the channel's URI.
    public var about: String?
    public var title: TextConstruct?
    public var link: String?
    public var description: TextConstruct?
    public var image: RSSImage?
    public var textInput: RSSTextInput?
    public var atomLinks: [FeedLink] = []
    public var dublinCore = DublinCore()
    public var items: [RDFItem] = []
    public var base: String?

    public init(version: String) {
        self.version = version
    }
}

public struct RDFItem: Sendable, Equatable {
    /// rdf:about: the item's URI, its identity.
    public var about: String?
    public var title: TextConstruct?
    public var link: String?
    public var description: TextConstruct?
    public var contentEncoded: TextConstruct?
    public var xhtmlBody: TextConstruct?
    public var atomLinks: [FeedLink] = []
    public var license: String?
    public var dublinCore = DublinCore()
    public var base: String?

    public init() {}
}
