/// A media file attached to an entry (RSS enclosure, Atom rel="enclosure" link, JSON Feed attachment).
public struct FeedEnclosure: Sendable, Equatable {
    public var url: String
    public var length: String?
    public var type: String?

    public init(url: String, length: String? = nil, type: String? = nil) {
        self.url = url
        self.length = length
        self.type = type
    }
}
