/// A `JSONFeed` in the domain model. content_text, when it is all there is, is the content.
enum JSONFeedAdapter {
    static func feed(_ json: JSONFeed) -> ParsedFeed {
        ParsedFeed(format: .jsonFeed, version: json.shortVersion, title: json.title, siteURL: json.homePageURL, feedURL: json.feedURL,
                   entries: json.items.map { entry($0, feedAuthors: json.authors) })
    }

    static func entry(_ item: JSONFeedItem, feedAuthors: [FeedPerson]) -> FeedEntry {
        let authors = item.authors.isEmpty ? feedAuthors : item.authors
        return EntryIdentity.entry(
            id: item.id, url: item.url ?? item.externalURL, title: item.title,
            author: authors.lazy.compactMap(\.displayName).first,
            published: item.datePublished, updated: item.dateModified,
            summary: item.summary, content: item.contentHTML ?? item.contentText,
            categories: item.tags)
    }
}
