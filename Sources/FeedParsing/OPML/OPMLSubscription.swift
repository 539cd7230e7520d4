/// One subscription in an OPML file (what every feed reader exports).
public struct OPMLSubscription: Sendable, Equatable {
    public var feedURL: String
    public var title: String?
    public var siteURL: String?
    /// The enclosing outline folders and any `category` attribute, as tags.
    public var tags: [String]

    public init(feedURL: String, title: String? = nil, siteURL: String? = nil, tags: [String] = []) {
        self.feedURL = feedURL
        self.title = title
        self.siteURL = siteURL
        self.tags = tags
    }
}
