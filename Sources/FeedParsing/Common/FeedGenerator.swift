/// The software that wrote the feed.
public struct FeedGenerator: Sendable, Equatable {
    public var name: String
    public var uri: String?
    public var version: String?

    public init(name: String, uri: String? = nil, version: String? = nil) {
        self.name = name
        self.uri = uri
        self.version = version
    }
}
