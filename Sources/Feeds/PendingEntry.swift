import FeedParsing
import Foundation

/// What is kept of a new entry until its document is recorded: enough to fetch its page and
/// ingest it again after a restart.
struct PendingEntry: Codable, Equatable {
    var key: String
    var url: String?
    var title: String?
    var author: String?
    var published: Date?
    var summary: String?
    var content: String?
    /// The feed's name, which becomes the article's source.
    var feedName: String

    init(_ entry: FeedEntry, feedName: String) {
        key = entry.key
        url = entry.url
        title = entry.title
        author = entry.author
        published = entry.published ?? entry.updated
        summary = entry.summary
        content = entry.content
        self.feedName = feedName
    }

    var json: String { String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self) }

    static func decode(_ json: String) -> PendingEntry? {
        try? JSONDecoder().decode(PendingEntry.self, from: Data(json.utf8))
    }
}
