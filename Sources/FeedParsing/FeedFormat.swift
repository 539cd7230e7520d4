/// The feed formats Tally reads, told apart by content.
public enum FeedFormat: String, Codable, Sendable {
    case rss
    case rdf
    case atom
    case jsonFeed = "json-feed"
}
