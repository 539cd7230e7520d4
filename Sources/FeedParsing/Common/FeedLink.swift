/// A link as Atom states it (RSS's atom:link too): an absolute href and what it is to the feed.
public struct FeedLink: Sendable, Equatable {
    /// Absolute when it could be resolved.
    public var href: String
    /// "alternate" when the feed leaves it out.
    public var rel: String
    public var type: String?
    public var title: String?
    public var hreflang: String?
    public var length: String?

    public init(href: String, rel: String = "alternate", type: String? = nil, title: String? = nil, hreflang: String? = nil, length: String? = nil) {
        self.href = href
        self.rel = rel
        self.type = type
        self.title = title
        self.hreflang = hreflang
        self.length = length
    }
}

extension [FeedLink] {
    /// The page an entry or feed stands for: the first alternate link, HTML ones first.
    var alternate: FeedLink? {
        let alternates = filter { $0.rel == "alternate" }
        return alternates.first { $0.type == nil || $0.type == "text/html" || $0.type == "application/xhtml+xml" } ?? alternates.first
    }

    func first(rel: String) -> FeedLink? { first { $0.rel == rel } }
}
